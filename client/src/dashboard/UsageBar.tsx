import { formatCount, formatDate, plural } from '../format/format';

/** At 80 % the bar turns amber (the quota shim starts sending upgrade prompts then), at 100 % red. */
export const WARNING_RATIO = 0.8;

export type UsageLevel = 'ok' | 'warning' | 'exhausted';

/** Whole percent used, 0 to 100 (a soft limit's overage still shows a full bar). */
export function usagePercent(used: number, limit: number): number {
  if (limit <= 0) return used > 0 ? 100 : 0;
  return Math.min(100, Math.floor((used / limit) * 100));
}

/** The percent as people read it: "<1%" while usage is too small to reach 1 %, so some use never reads as none. */
export function usagePercentText(used: number, limit: number): string {
  const percent = usagePercent(used, limit);
  return percent === 0 && used > 0 ? '<1%' : `${percent}%`;
}

export function usageLevel(used: number, limit: number): UsageLevel {
  if (limit <= 0 || used >= limit) return 'exhausted';
  return used >= limit * WARNING_RATIO ? 'warning' : 'ok';
}

export interface UsageWindow {
  windowKind: 'TRIAL' | 'MONTHLY';
  daysRemaining?: number | null;
  trialEnded?: boolean;
  /** Null for a trial that has not started (no call yet). */
  windowStart?: string | null;
}

/** "12 days left in your trial", "Trial ended", "3 days left in this billing period"… */
export function daysRemainingText({ windowKind, daysRemaining, trialEnded, windowStart }: UsageWindow): string {
  if (windowKind === 'TRIAL') {
    if (trialEnded) return 'Trial ended';
    if (daysRemaining == null) return '';
    if (!windowStart) return `Your ${daysRemaining}-day trial starts with your first call`;
    return `${plural(daysRemaining, 'day')} left in your trial`;
  }
  if (daysRemaining == null) return '';
  return `${plural(daysRemaining, 'day')} left in this billing period`;
}

/**
 * The window as a fact beside the bar: its dates once it runs; before a trial's first call its length ("30 days from
 * your first call"), since the bar's own line already says that the trial starts with the first call.
 */
export function windowSpanText({ windowStart, windowEnd, daysRemaining }: UsageWindow & { windowEnd?: string | null }): string {
  if (windowStart && windowEnd) return `${formatDate(windowStart)} – ${formatDate(windowEnd)}`;
  if (!windowStart && daysRemaining != null) return `${plural(daysRemaining, 'day')} from your first call`;
  return 'Starts with your first call';
}

export interface UsageBarProps extends UsageWindow {
  used: number;
  limit: number;
}

/** Used of limit as a coloured bar, with the numbers and the days left in the window as text. */
export function UsageBar({ used, limit, ...window }: UsageBarProps) {
  const percent = usagePercent(used, limit);
  const percentText = usagePercentText(used, limit);
  const level = usageLevel(used, limit);
  const days = daysRemainingText(window);
  const summary = `${formatCount(used)} of ${plural(limit, 'call')} used (${percentText === '<1%' ? 'less than 1%' : percentText})`;
  return (
    <div className={`usage usage-${level}`}>
      <div className="usage-numbers">
        <span>
          <strong>{formatCount(used)}</strong> / {plural(limit, 'call')}
        </span>
        <span>{percentText}</span>
      </div>
      <div
        className="usage-track"
        role="progressbar"
        aria-label="Calls used"
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.min(used, limit)}
        aria-valuetext={summary}
      >
        <div className="usage-fill" data-level={level} style={{ width: `${percent}%` }} />
      </div>
      {days && <p className="usage-days">{days}</p>}
    </div>
  );
}
