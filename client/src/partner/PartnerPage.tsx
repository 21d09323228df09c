import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../ui/States';
import { PartnerApplication } from './PartnerApplication';
import { PartnerSolutions } from './PartnerSolutions';
import './partner.css';

const NewSolutionPage = lazy(() => import('./NewSolutionPage'));
const SolutionEditorPage = lazy(() => import('./SolutionEditorPage'));
const PartnerRevenuePage = lazy(() => import('./PartnerRevenuePage'));
const SolutionHealthPage = lazy(() => import('./SolutionHealthPage'));
const SolutionAnalyticsPage = lazy(() => import('./SolutionAnalyticsPage'));

/**
 * The partner area (`/partner/*`, any signed-in user): partners get their solutions and the editor; everyone else
 * the application form and the status of their application.
 */
export default function PartnerPage() {
  const { hasRole } = useAuth();
  if (!hasRole('PARTNER')) {
    return (
      <main className="page partner">
        <title>Become a partner · Marketplace</title>
        <PartnerApplication />
      </main>
    );
  }
  return (
    <main className="page partner">
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<PartnerSolutions />} />
          <Route path="solutions/new" element={<NewSolutionPage />} />
          <Route path="solutions/:id" element={<SolutionEditorPage />} />
          <Route path="solutions/:id/health" element={<SolutionHealthPage />} />
          <Route path="solutions/:id/analytics" element={<SolutionAnalyticsPage />} />
          <Route path="revenue" element={<PartnerRevenuePage />} />
          <Route path="*" element={<PartnerSolutions />} />
        </Routes>
      </Suspense>
    </main>
  );
}
