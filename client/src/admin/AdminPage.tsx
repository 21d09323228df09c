import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { Loading } from '../ui/States';
import NotFoundPage from '../layout/NotFoundPage';
import './admin.css';

/** Each admin page is its own chunk, like the app's top-level pages. */
const adminPage = {
  overview: lazy(() => import('./AdminOverviewPage')),
  applications: lazy(() => import('./ApplicationsPage')),
  solutions: lazy(() => import('./AdminSolutionsPage')),
  users: lazy(() => import('./UsersPage')),
  user: lazy(() => import('./UserPage')),
  audit: lazy(() => import('./AuditPage')),
  tiers: lazy(() => import('./TierSettingsPage')),
  revenue: lazy(() => import('./RevenuePage')),
  analytics: lazy(() => import('./PlatformAnalyticsPage')),
  health: lazy(() => import('./AdminHealthPage')),
  solutionHealth: lazy(() => import('./AdminSolutionHealthPage')),
};

const sections = [
  { to: '/admin', label: 'Overview' },
  { to: '/admin/applications', label: 'Applications' },
  { to: '/admin/solutions', label: 'Solutions' },
  { to: '/admin/health', label: 'Health' },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/audit', label: 'Audit trail' },
  { to: '/admin/tiers', label: 'Tier settings' },
  { to: '/admin/revenue', label: 'Revenue' },
  { to: '/admin/analytics', label: 'Analytics' },
];

/** The admin console (`/admin/*`, ADMIN only by the route table): its section links and its pages. */
export default function AdminPage() {
  return (
    <div className="admin">
      <nav aria-label="Admin" className="admin-nav">
        {sections.map((section) => (
          <NavLink key={section.to} to={section.to} end={section.to === '/admin'}>
            {section.label}
          </NavLink>
        ))}
      </nav>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<adminPage.overview />} />
          <Route path="applications" element={<adminPage.applications />} />
          <Route path="solutions" element={<adminPage.solutions />} />
          <Route path="users" element={<adminPage.users />} />
          <Route path="users/:id" element={<adminPage.user />} />
          <Route path="audit" element={<adminPage.audit />} />
          <Route path="tiers" element={<adminPage.tiers />} />
          <Route path="revenue" element={<adminPage.revenue />} />
          <Route path="analytics" element={<adminPage.analytics />} />
          <Route path="health" element={<adminPage.health />} />
          <Route path="health/:id" element={<adminPage.solutionHealth />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
