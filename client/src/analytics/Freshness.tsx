import { formatDateTime } from '../format/format';

/** How old the newest data is, in words: "just now", "4 minutes ago", "3 hours ago". */
export function ageText(freshAt: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - freshAt.getTime()) / 60_000);
  if (minutes < 1) return 'less than a minute ago';
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'} ago`;
  const days = Math.floor(hours / 24);
  return `${days} days ago`;
}

/**
 * Says how fresh a dashboard's data is: the time the newest event batch reached the analytics log (calls arrive
 * within about a minute), or that there is none yet.
 */
export function Freshness({ freshAt, now = new Date() }: { freshAt: string | null | undefined; now?: Date }) {
  if (!freshAt) return <p className="freshness">No usage data has arrived yet: calls show here about a minute after they are made.</p>;
  const at = new Date(freshAt);
  return (
    <p className="freshness">
      Data as of <time dateTime={at.toISOString()}>{formatDateTime(freshAt)}</time> ({ageText(at, now)}); new calls show within about a minute.
    </p>
  );
}
