// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../routes';
import type { Auth, Role } from './AuthContext';

let roles: Role[] = [];
let loading = false;
vi.mock('./AuthContext', () => ({
  useAuth: (): Auth =>
    ({
      signedIn: true,
      loading,
      me: { __typename: 'User', id: 'usr_1', name: 'Ana Lyst', email: 'ana@example.com', roles },
      hasRole: (role: Role) => roles.includes(role),
    }) as unknown as Auth,
}));
vi.mock('../billing/TestModeBanner', () => ({ TestModeBanner: () => null }));
vi.mock('../admin/PlatformAnalyticsPage', () => ({ default: () => <h1>Platform analytics</h1> }));

afterEach(cleanup);

function renderAt(path: string, as: Role[], sessionLoading = false) {
  roles = as;
  loading = sessionLoading;
  return render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);
}

describe('the platform analytics for analysts', () => {
  it('an analyst without the admin role reads them at /analytics, linked from the header', async () => {
    renderAt('/analytics', ['CUSTOMER', 'ANALYST']);
    await screen.findByRole('heading', { name: 'Platform analytics' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.querySelector('a[href="/analytics"]')?.textContent).toBe('Analytics');
    expect(nav.querySelector('a[href="/admin"]')).toBeNull();
  });

  it('an admin reads them too (the admin console links them; the header does not twice)', async () => {
    renderAt('/analytics', ['ADMIN']);
    await screen.findByRole('heading', { name: 'Platform analytics' });
    expect(screen.getByRole('navigation', { name: 'Main' }).querySelector('a[href="/analytics"]')).toBeNull();
  });

  it('a customer is told the area is not theirs, and has no link to it', async () => {
    renderAt('/analytics', ['CUSTOMER']);
    await screen.findByRole('heading', { name: 'Not available' });
    expect(screen.queryByRole('heading', { name: 'Platform analytics' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Main' }).querySelector('a[href="/analytics"]')).toBeNull();
  });

  it('while the session loads, the spinner sits in the page frame (with its padding), not against the window edge', async () => {
    renderAt('/analytics', ['ANALYST'], true);
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Loading…');
    expect(status.closest('.page')).not.toBeNull();
  });
});
