/** Placeholder for the admin area; the route (`/admin/*`) and its ADMIN check are already in the route table. */
export default function AdminPage() {
  return (
    <main className="page">
      <title>Admin console · Marketplace</title>
      <h1>Admin console</h1>
      <p>Coming soon: review partner applications and solutions, manage users and platform tiers.</p>
    </main>
  );
}
