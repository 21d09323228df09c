// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { lazy, Suspense, type ComponentType } from 'react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../routes';
import { CHUNK_RELOAD_GUARD_MS, isChunkLoadError, mayReloadForChunk, rememberChunkReload, reloadPage } from './chunk-reload';
import { RouteError } from './RouteError';

vi.mock('./chunk-reload', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./chunk-reload')>()),
  reloadPage: vi.fn(),
}));

/** What Chromium rejects `import()` with when the chunk is gone after a redeploy. */
const chunkGone = () => new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/CatalogPage-1a2b3c.js');

function Layout() {
  return (
    <>
      <header>Marketplace header</header>
      <Suspense fallback={<p>Loading page…</p>}>
        <Outlet />
      </Suspense>
    </>
  );
}

/** The app's shape: a layout route and a page route, each with the boundary, at `/`. */
function renderApp(Page: ComponentType) {
  const router = createMemoryRouter(
    [{ element: <Layout />, ErrorBoundary: RouteError, children: [{ path: '/', ErrorBoundary: RouteError, element: <Page /> }] }],
    { initialEntries: ['/'] },
  );
  return render(<RouterProvider router={router} />);
}

const failingChunk = () => lazy(() => Promise.reject(chunkGone()));

beforeEach(() => {
  sessionStorage.clear();
  vi.mocked(reloadPage).mockClear();
  // React and react-router report every caught error on the console; the assertions below are about the page.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a page whose chunk fails to load', () => {
  it('reloads the page once, then shows the error page with Retry inside the layout', async () => {
    renderApp(failingChunk());
    await screen.findByText('Loading the latest version…');
    // The reload is an effect after that render: wait for it rather than race it on a busy machine.
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));

    // The reloaded tab: its chunk fails again, within the guard time.
    cleanup();
    renderApp(failingChunk());
    expect(await screen.findByRole('heading', { name: 'This page could not load' })).toBeTruthy();
    expect(screen.getByText('Marketplace header')).toBeTruthy();
    expect(screen.queryByText(/Unexpected Application Error/)).toBeNull();
    expect(reloadPage).toHaveBeenCalledTimes(1);
    // Focus moves in an effect after the render: wait for it rather than race it on a busy machine.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'This page could not load' })));

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(reloadPage).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('link', { name: 'Go to the catalog' }).getAttribute('href')).toBe('/');
  });

  it('reloads on its own again once the guard time has passed', async () => {
    rememberChunkReload(Date.now() - CHUNK_RELOAD_GUARD_MS - 1);
    renderApp(failingChunk());
    await screen.findByText('Loading the latest version…');
    // The reload is an effect after that render: wait for it rather than race it on a busy machine.
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
  });
});

describe('a page that fails to render', () => {
  it('shows the error page without reloading, and Retry renders the page again', async () => {
    let broken = true;
    function Flaky() {
      if (broken) throw new Error("Cannot read properties of undefined (reading 'tiers')");
      return <h1>Solution page</h1>;
    }
    renderApp(Flaky);
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
    expect(reloadPage).not.toHaveBeenCalled();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Solution page' })).toBeTruthy();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('catches a failure of the layout itself at the root', async () => {
    function BrokenLayout(): never {
      throw new Error('layout exploded');
    }
    const router = createMemoryRouter(
      [{ element: <BrokenLayout />, ErrorBoundary: RouteError, children: [{ path: '/', ErrorBoundary: RouteError, element: <p>page</p> }] }],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
  });
});

describe('the route table', () => {
  it('puts the error boundary on the root and on every page route', () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const root of routes) {
      expect(root.ErrorBoundary).toBe(RouteError);
      expect(root.children?.length).toBeGreaterThan(0);
      for (const child of root.children ?? []) expect([child.path, child.ErrorBoundary]).toEqual([child.path, RouteError]);
    }
  });
});

describe('chunk reload rules', () => {
  it('recognises a failed chunk as each browser and Vite word it, and nothing else', () => {
    expect(isChunkLoadError(chunkGone())).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('allows one reload per guard time, and none without storage', () => {
    const now = 1_000_000;
    expect(mayReloadForChunk(now)).toBe(true);
    rememberChunkReload(now);
    expect(mayReloadForChunk(now + 1000)).toBe(false);
    expect(mayReloadForChunk(now + CHUNK_RELOAD_GUARD_MS)).toBe(true);
    const broken = { getItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(mayReloadForChunk(now, broken)).toBe(false);
  });
});
