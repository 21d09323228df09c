import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { TestModeBanner } from '../billing/TestModeBanner';
import { Loading } from '../ui/States';
import { navLinks } from './nav-links';

/** The frame of every page: a skip link, the header with the navigation and the account menu, and the page. */
export function AppLayout() {
  const auth = useAuth();
  const navigate = useNavigate();
  const links = navLinks.filter((link) => !link.visible || link.visible(auth));

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TestModeBanner />
      <header className="app-header">
        <Link to="/" className="brand">
          Marketplace
        </Link>
        <nav aria-label="Main" className="app-nav">
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} end={link.to === '/'}>
              {link.label}
            </NavLink>
          ))}
          {/* The Explorer is its own page (index.html never loads GraphiQL), so a full navigation; it is for
              signed-in users (partners and analysts query their own data), so it is offered only to them. */}
          {auth.signedIn && <a href="/explorer">Explorer</a>}
        </nav>
        <div className="app-account">
          {auth.signedIn ? (
            <>
              {auth.me && (
                <Link to="/account/sign-in-methods" className="app-user" title={`${auth.me.email ?? ''} · sign-in methods`}>
                  {auth.me.name}
                </Link>
              )}
              <button
                type="button"
                className="button button-secondary"
                onClick={async () => {
                  await auth.signOut();
                  navigate('/');
                }}
              >
                Sign out
              </button>
            </>
          ) : (
            <>
              <Link to="/login" className="button button-secondary">
                Sign in
              </Link>
              <Link to="/signup" className="button">
                Sign up
              </Link>
            </>
          )}
        </div>
      </header>
      <div id="main" tabIndex={-1} className="app-main">
        <Suspense
          fallback={
            <div className="page">
              <Loading />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </div>
    </>
  );
}
