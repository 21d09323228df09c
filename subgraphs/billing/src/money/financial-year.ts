import { formatCalendarDay } from '@marketplace/contracts';

/**
 * Indian dates for tax documents. India keeps one time zone without daylight saving (IST, UTC+05:30), and the
 * financial year runs 1 April – 31 March, so a payment at 20:00 UTC on 31 March is already in the next year.
 */
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

export interface IstDate {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
}

export function istDate(at: Date): IstDate {
  const shifted = new Date(at.getTime() + IST_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `2026-04-15`: the calendar date in India. */
export function istDateString(at: Date): string {
  const d = istDate(at);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** `5 Apr 2026`: the date in India, written as the web app writes dates (`formatCalendarDay`); invoices and billing mail. */
export function formatIstDate(at: Date): string {
  return formatCalendarDay(istDate(at));
}

export interface FinancialYear {
  /** The calendar year it starts in (April). */
  startYear: number;
  /** `2026-27`. */
  label: string;
  /** `26-27`: the short form document numbers carry. */
  shortLabel: string;
}

/** The Indian financial year an instant falls in (by the date in India). */
export function financialYearOf(at: Date): FinancialYear {
  const d = istDate(at);
  const startYear = d.month >= 4 ? d.year : d.year - 1;
  const end = String((startYear + 1) % 100).padStart(2, '0');
  return {
    startYear,
    label: `${startYear}-${end}`,
    shortLabel: `${String(startYear % 100).padStart(2, '0')}-${end}`,
  };
}
