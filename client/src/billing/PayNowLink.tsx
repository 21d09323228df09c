import { useAuth } from '../auth/AuthContext';
import { checkoutRedirectUrl } from './checkout-url';

/** "Pay now" for a subscription whose renewal failed: its payment page, returning to the checkout return page. */
export function PayNowLink({ paymentUrl, className = 'button', label = 'Pay now' }: { paymentUrl: string; className?: string; label?: string }) {
  const { me } = useAuth();
  return (
    <a className={className} href={checkoutRedirectUrl(paymentUrl, window.location.origin, { name: me?.name, email: me?.email })}>
      {label}
    </a>
  );
}
