import { useSearchParams } from 'react-router';
import { ResetPasswordPage } from './ResetPasswordPage';

/** `/reset-password?token=…`, the link in the reset email. */
export default function ResetPasswordRoute() {
  const [params] = useSearchParams();
  return <ResetPasswordPage token={params.get('token') || undefined} />;
}
