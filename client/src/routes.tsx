import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './layout/RouteError';

/**
 * The route table. Each page is its own chunk (React.lazy), so the catalog loads none of the dashboard's charts.
 * To add an area: add a lazy page here, an entry in `pages` (with `role` to require one) and, if it belongs in the
 * header, an entry in `layout/nav-links.ts`.
 */
const page = {
  catalog: lazy(() => import('./catalog/CatalogPage')),
  solution: lazy(() => import('./solution/SolutionPage')),
  login: lazy(() => import('./account/LoginPage')),
  signup: lazy(() => import('./account/SignupPage')),
  forgotPassword: lazy(() => import('./account/ForgotPasswordPage')),
  verifyEmail: lazy(() => import('./account/VerifyEmailRoute')),
  resetPassword: lazy(() => import('./account/ResetPasswordRoute')),
  socialComplete: lazy(() => import('./account/SocialCompletePage')),
  linkAccount: lazy(() => import('./account/LinkAccountPage')),
  signInMethods: lazy(() => import('./account/SignInMethodsPage')),
  dashboard: lazy(() => import('./dashboard/DashboardPage')),
  solutionDashboard: lazy(() => import('./dashboard/SolutionDashboardPage')),
  settings: lazy(() => import('./settings/SettingsPage')),
  confirmEmail: lazy(() => import('./settings/ConfirmEmailRoute')),
  billing: lazy(() => import('./billing/BillingPage')),
  checkoutReturn: lazy(() => import('./billing/CheckoutReturnPage')),
  partner: lazy(() => import('./partner/PartnerPage')),
  admin: lazy(() => import('./admin/AdminPage')),
  // Analysts read the platform's figures without the admin console (the same page as /admin/analytics).
  platformAnalytics: lazy(() => import('./admin/PlatformAnalyticsPage')),
  privacy: lazy(() => import('./privacy/PrivacyPage')),
  notFound: lazy(() => import('./layout/NotFoundPage')),
} satisfies Record<string, LazyExoticComponent<ComponentType>>;

interface PageRoute {
  path: string;
  Page: ComponentType;
  /** Signed-in users only; with a role (or a list), only users who have it (one of them). */
  auth?: true | Role | readonly Role[];
}

const pages: PageRoute[] = [
  { path: '/', Page: page.catalog },
  { path: '/solutions/:slug', Page: page.solution },
  { path: '/login', Page: page.login },
  { path: '/signup', Page: page.signup },
  { path: '/forgot-password', Page: page.forgotPassword },
  { path: '/verify-email', Page: page.verifyEmail },
  { path: '/reset-password', Page: page.resetPassword },
  { path: '/login/complete', Page: page.socialComplete },
  { path: '/link-account', Page: page.linkAccount },
  { path: '/account/sign-in-methods', Page: page.signInMethods, auth: true },
  { path: '/dashboard', Page: page.dashboard, auth: true },
  { path: '/dashboard/:slug', Page: page.solutionDashboard, auth: true },
  { path: '/settings', Page: page.settings, auth: true },
  { path: '/privacy', Page: page.privacy },
  { path: '/confirm-email', Page: page.confirmEmail },
  { path: '/billing', Page: page.billing, auth: true },
  { path: '/billing/checkout/return', Page: page.checkoutReturn, auth: true },
  { path: '/partner/*', Page: page.partner, auth: true },
  { path: '/admin/*', Page: page.admin, auth: 'ADMIN' },
  { path: '/analytics', Page: page.platformAnalytics, auth: ['ANALYST', 'ADMIN'] },
  { path: '*', Page: page.notFound },
];

/**
 * Every route has an error boundary: a page's renders inside the header and navigation, the root's catches a failure
 * of the layout itself. Neither ever shows react-router's developer screen.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    ErrorBoundary: RouteError,
    children: pages.map(({ path, Page, auth }) => ({
      path,
      ErrorBoundary: RouteError,
      element: auth ? (
        <RequireAuth role={auth === true ? undefined : auth}>
          <Page />
        </RequireAuth>
      ) : (
        <Page />
      ),
    })),
  },
];
