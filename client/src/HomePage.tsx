/** Placeholder home page until the real marketplace app lands. */
export function HomePage() {
  return (
    <main className="home">
      <h1>Marketplace</h1>
      <p>An API marketplace with tiered access.</p>
      <nav aria-label="Developer links">
        <a href="/explorer">GraphQL Explorer</a>
        <a href="/healthz">Health check</a>
      </nav>
    </main>
  );
}
