import { Link } from 'react-router';
import { UpgradeButton } from '../billing/UpgradeButton';
import { usageLevel } from './UsageBar';

/** Where Enterprise requests go: an admin then makes the customer an offer, which they accept on the billing page. */
export const SALES_EMAIL = 'sales@marketplace.local';

/** What to do when the allowance is nearly or fully used (or the trial ended); nothing otherwise. */
export function NextStep({ tier, used, limit, trialEnded, solutionId, solutionName, solutionSlug }: {
  tier: string;
  solutionId: string;
  used: number;
  limit: number;
  trialEnded: boolean;
  solutionName: string;
  solutionSlug: string;
}) {
  const level = usageLevel(used, limit);
  if (level === 'ok' && !trialEnded) return null;
  const reason = trialEnded
    ? 'Your trial has ended.'
    : level === 'exhausted'
      ? 'You have used your whole allowance: further calls are refused.'
      : `You have used ${Math.floor((used / limit) * 100)}% of your allowance.`;
  const tone = level === 'exhausted' || trialEnded ? 'error' : 'warning';

  if (tier === 'ANONYMOUS') {
    return (
      <div className={`notice notice-${tone} next-step`} role="status">
        <p>{reason} Sign up free for more calls and your own API key.</p>
        <Link className="button" to={`/signup?solution=${solutionSlug}`}>
          Sign up free
        </Link>
      </div>
    );
  }
  if (tier === 'REGISTERED') {
    return (
      <div className={`notice notice-${tone} next-step`} role="status">
        <p>{reason} Upgrade to Pro for a monthly quota and higher rate limits.</p>
        <UpgradeButton solutionId={solutionId} tier="PRO" returnTo={`/dashboard/${solutionSlug}`} />
      </div>
    );
  }
  // Enterprise is an offer an admin makes; an Enterprise customer asks for a larger one.
  const enterprise = tier === 'ENTERPRISE';
  const subject = encodeURIComponent(`${enterprise ? 'A larger Enterprise quota' : 'Upgrade to Enterprise'}: ${solutionName}`);
  return (
    <div className={`notice notice-${tone} next-step`} role="status">
      <p>
        {reason} {enterprise ? 'Ask for a larger quota on your Enterprise plan.' : 'Upgrade to Enterprise for a monthly quota sized for your business.'}
      </p>
      <a className="button" href={`mailto:${SALES_EMAIL}?subject=${subject}`}>
        {enterprise ? 'Ask for more — contact sales' : 'Upgrade to Enterprise — contact sales'}
      </a>
    </div>
  );
}
