import type { ReactNode } from 'react';
import { useUrlParams } from '../ui/use-url-filters';
import { monthOf, validMonth } from './revenue';

/** Months shown when the URL names none: the last twelve, this one included (as the API defaults to). */
export const DEFAULT_MONTHS = 12;

/** The revenue pages' month range, kept in the URL (`?from=2026-01&to=2026-03`). */
export function useMonthRange() {
  const { params, setParam } = useUrlParams();
  const now = new Date();
  const from = validMonth(params.get('from')) || monthOf(now, 1 - DEFAULT_MONTHS);
  const to = validMonth(params.get('to')) || monthOf(now);
  return { from, to, params, set: setParam };
}

/** From / to month pickers (and any extra filters) for a revenue page; each change goes straight to the URL. */
export function RevenueFilters({ label, children }: { label: string; children?: ReactNode }) {
  const { from, to, set } = useMonthRange();
  return (
    <form className="revenue-filters" role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="revenue-from">From month</label>
        <input id="revenue-from" type="month" value={from} max={to || undefined} onChange={(event) => set('from', validMonth(event.target.value))} />
      </div>
      <div className="field">
        <label htmlFor="revenue-to">To month</label>
        <input id="revenue-to" type="month" value={to} min={from || undefined} onChange={(event) => set('to', validMonth(event.target.value))} />
      </div>
      {children}
    </form>
  );
}
