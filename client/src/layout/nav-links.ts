import type { Auth } from '../auth/AuthContext';

/** Links in the header; `visible` hides one from users it is not for. Pages live in `routes.tsx`. */
export const navLinks: ReadonlyArray<{ to: string; label: string; visible?: (auth: Auth) => boolean }> = [
  { to: '/', label: 'Catalog' },
  { to: '/dashboard', label: 'Dashboard', visible: (auth) => auth.signedIn },
  { to: '/billing', label: 'Billing', visible: (auth) => auth.signedIn },
  // Signed-in customers find the partner application there; partners, their portal.
  { to: '/partner', label: 'Partner', visible: (auth) => auth.signedIn },
  { to: '/admin', label: 'Admin', visible: (auth) => auth.hasRole('ADMIN') },
  // Admins find the same page in the admin console.
  { to: '/analytics', label: 'Analytics', visible: (auth) => auth.hasRole('ANALYST') && !auth.hasRole('ADMIN') },
  { to: '/settings', label: 'Settings', visible: (auth) => auth.signedIn },
];
