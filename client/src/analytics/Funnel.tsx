import { formatCount } from '../format/format';
import { formatRate, formatSeconds } from './analytics-format';

export interface FunnelFigures {
  anonymous: number;
  registered: number;
  paid: number;
  registeredRate?: number | null;
  paidRate?: number | null;
  medianSecondsToRegister?: number | null;
  medianSecondsToPay?: number | null;
}

/** The funnel's rows for tables and CSV: step, people, conversion from the step before, median time to get there. */
export function funnelRows(f: FunnelFigures): { step: string; people: number; rate: number | null; median: number | null }[] {
  return [
    { step: 'Anonymous trials started', people: f.anonymous, rate: null, median: null },
    { step: 'Registered (same client, with a key)', people: f.registered, rate: f.registeredRate ?? null, median: f.medianSecondsToRegister ?? null },
    { step: 'Paid (subscribed)', people: f.paid, rate: f.paidRate ?? null, median: f.medianSecondsToPay ?? null },
  ];
}

/**
 * anonymous → registered → paid as a list of steps, each with a bar as wide as its share of the first step. The
 * text carries every number (the bars are decoration), so it needs no table of its own.
 */
export function Funnel({ funnel }: { funnel: FunnelFigures }) {
  const rows = funnelRows(funnel);
  const top = Math.max(funnel.anonymous, 1);
  return (
    <ol className="funnel">
      {rows.map((row, i) => (
        <li key={row.step}>
          <div className="funnel-text">
            <strong>{row.step}</strong>
            <span>
              {formatCount(row.people)}
              {i > 0 && <> · {formatRate(row.rate)} of the step before · median {formatSeconds(row.median)} to get here</>}
            </span>
          </div>
          <div className="funnel-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(0.5, (row.people / top) * 100)}%` }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
