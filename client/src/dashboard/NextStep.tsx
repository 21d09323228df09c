import { Link } from 'react-router';
import { usageLevel } from './UsageBar';

/** Where upgrade requests go until the platform bills by itself. */
export const SALES_EMAIL = 'sales@marketplace.local';

/** What to do when the allowance is nearly or fully used (or the trial ended); nothing otherwise. */
export function NextStep({ tier, used, limit, trialEnded, solutionName, solutionSlug }: {
  tier: string;
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
  const target = tier === 'PRO' ? 'Enterprise' : 'Pro';
  const subject = encodeURIComponent(`Upgrade to ${target}: ${solutionName}`);
  return (
    <div className={`notice notice-${tone} next-step`} role="status">
      <p>
        {reason} Upgrade to {target} for a monthly quota{tier === 'PRO' ? ' sized for your business' : ' and higher rate limits'}.
      </p>
      <a className="button" href={`mailto:${SALES_EMAIL}?subject=${subject}`}>
        Upgrade to {target} — contact sales
      </a>
    </div>
  );
}
