import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { Loading } from '../ui/States';
import { isChunkLoadError, mayReloadForChunk, rememberChunkReload, reloadPage } from './chunk-reload';

/**
 * What a route shows instead of react-router's developer screen when rendering it failed. A page chunk that failed
 * to load (a redeploy while the tab was open) reloads the page once; otherwise a friendly page with Retry: a reload
 * for a chunk, a fresh render of the route for anything else.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const chunk = isChunkLoadError(error);
  // Decided once, on the first render; the reload itself happens in the effect.
  const [reloading] = useState(() => chunk && mayReloadForChunk(Date.now()));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!reloading) return;
    rememberChunkReload(Date.now());
    reloadPage();
  }, [reloading]);
  useEffect(() => {
    if (!reloading) heading.current?.focus();
  }, [reloading]);

  if (reloading) return <Loading label="Loading the latest version…" />;

  const retry = chunk
    ? reloadPage
    : // A navigation to the same address gives the route a new location, which clears its error and renders it again.
      () => navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: location.state });

  return (
    <main className="page error-page">
      <title>Something went wrong · Marketplace</title>
      <h1 ref={heading} tabIndex={-1}>
        {chunk ? 'This page could not load' : 'Something went wrong'}
      </h1>
      <p>
        {chunk
          ? 'The marketplace may have just been updated, or the connection dropped. Retry to load the latest version.'
          : 'This page ran into a problem on our side. Retry, or go back to the catalog.'}
      </p>
      <div className="error-page-actions">
        <button type="button" className="button" onClick={retry}>
          Retry
        </button>
        <Link to="/" className="button button-secondary">
          Go to the catalog
        </Link>
      </div>
    </main>
  );
}
