import { Link } from 'react-router';

/** Any path the route table does not know. */
export default function NotFoundPage() {
  return (
    <main className="page">
      <title>Not found · Marketplace</title>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Browse the catalog</Link>.
      </p>
    </main>
  );
}
