import { dayTick } from '../format/format';
import type { HealthPeriod } from '../gql/graphql';

type Day = Pick<HealthPeriod, 'start' | 'checks' | 'up' | 'uptimePercent'>;

/** A day's bar colour: green all up, amber some down, red mostly down, grey no checks. */
function toneOf(day: Day): 'none' | 'up' | 'partial' | 'down' {
  if (day.uptimePercent == null) return 'none';
  if (day.uptimePercent >= 100) return 'up';
  return day.uptimePercent >= 50 ? 'partial' : 'down';
}

/** Status-page style: one bar per day, oldest left; each bar names its day and uptime for keyboard and screen readers. */
export function UptimeBars({ days }: { days: readonly Day[] }) {
  const checked = days.filter((d) => d.checks > 0);
  const checks = checked.reduce((sum, d) => sum + d.checks, 0);
  const up = checked.reduce((sum, d) => sum + d.up, 0);
  const overall = checks ? Math.round((up / checks) * 10_000) / 100 : null;
  return (
    <figure className="uptime">
      <figcaption>
        {overall == null ? (
          `No checks in the last ${days.length} days.`
        ) : checked.length === days.length ? (
          <><strong>{overall}%</strong> uptime over the last {days.length} days</>
        ) : (
          // Days before the first check are not downtime: say how many days the figure covers.
          <><strong>{overall}%</strong> uptime over the {checked.length === 1 ? 'one day' : `${checked.length} days`} with checks in the last {days.length}</>
        )}
      </figcaption>
      <ol className="uptime-bars" aria-label={`Uptime per day, last ${days.length} days`}>
        {days.map((day) => {
          const text = `${dayTick(day.start)}: ${day.uptimePercent == null ? 'no checks' : `${day.uptimePercent}% up (${day.up} of ${day.checks} checks)`}`;
          return (
            <li key={day.start} className={`uptime-bar uptime-${toneOf(day)}`} title={text}>
              <span className="visually-hidden">{text}</span>
            </li>
          );
        })}
      </ol>
      <div className="uptime-axis" aria-hidden="true">
        <span>{days.length} days ago</span>
        <span>Today</span>
      </div>
    </figure>
  );
}
