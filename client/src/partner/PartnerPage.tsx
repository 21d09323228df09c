/** Placeholder for the partner area; the route (`/partner/*`) and its PARTNER check are already in the route table. */
export default function PartnerPage() {
  return (
    <main className="page">
      <title>Partner portal · Marketplace</title>
      <h1>Partner portal</h1>
      <p>Coming soon: list your APIs, set up tiers and endpoints, manage solution secrets and see usage.</p>
    </main>
  );
}
