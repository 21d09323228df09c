import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../ui/States';
import { useAuth, type Role } from './AuthContext';

/** `/login?next=<this page>`: where a signed-out visitor goes, and comes back from. */
export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}

/**
 * Renders its children for a signed-in user (with `role`, when given: that role, or any one of a list); sends anyone
 * else to sign in.
 */
export function RequireAuth({ role, children }: { role?: Role | readonly Role[]; children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  if (!auth.signedIn) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  if (auth.loading) {
    // In the page's frame, where the page will be: not against the window's edge.
    return (
      <main className="page">
        <Loading />
      </main>
    );
  }
  if (role && !(typeof role === 'string' ? [role] : role).some((r) => auth.hasRole(r))) {
    return (
      <main className="page">
        <h1>Not available</h1>
        <p>Your account does not have access to this area.</p>
      </main>
    );
  }
  return children;
}
