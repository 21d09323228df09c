import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Alert } from '../ui/Alert';
import { safeNext } from './safe-next';

/**
 * Where the gateway sends the browser after a provider signed the user in: the refresh cookie is set (HttpOnly), so
 * this page spends it once for an access token, as a reload would, and goes on to `?next=`.
 */
export default function SocialCompletePage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const auth = useAuth();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const res = await fetch('/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        const body = (await res.json()) as { accessToken?: unknown; accessTokenExpiresAt?: unknown };
        if (res.ok && typeof body.accessToken === 'string' && typeof body.accessTokenExpiresAt === 'string') {
          await auth.signIn({ accessToken: body.accessToken, accessTokenExpiresAt: body.accessTokenExpiresAt });
          navigate(next, { replace: true });
          return;
        }
      } catch {
        // Shown below.
      }
      setFailed(true);
    })();
  }, [auth, navigate, next]);

  return (
    <main className="card">
      <title>Signing in · Marketplace</title>
      <h1>Signing in</h1>
      <div className="card-status" aria-live="polite">
        {failed ? (
          <Alert tone="error">
            We could not finish signing you in. <Link to="/login">Sign in again</Link>.
          </Alert>
        ) : (
          <p>Finishing sign-in…</p>
        )}
      </div>
    </main>
  );
}
