import { useSearchParams } from 'react-router';
import { VerifyEmailPage } from './VerifyEmailPage';

/** `/verify-email?token=…`, the link in the verification email. */
export default function VerifyEmailRoute() {
  const [params] = useSearchParams();
  return <VerifyEmailPage token={params.get('token') || undefined} />;
}
