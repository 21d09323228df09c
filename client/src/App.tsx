import { ResetPasswordPage } from './account/ResetPasswordPage';
import { VerifyEmailPage } from './account/VerifyEmailPage';
import { HomePage } from './HomePage';

/**
 * Picks the page from the address bar, standing in for a router: the gateway serves index.html for every
 * non-API path, and the platform's emails link to `/verify-email?token=…` and `/reset-password?token=…`.
 */
export function App() {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  const token = new URLSearchParams(window.location.search).get('token') || undefined;

  if (path === '/verify-email') return <VerifyEmailPage token={token} />;
  if (path === '/reset-password') return <ResetPasswordPage token={token} />;
  return <HomePage />;
}
