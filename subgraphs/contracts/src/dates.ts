/**
 * How a calendar date is written everywhere a person reads one — the web app, invoices and credit notes, e-mails:
 * "2 Dec 2026". One rule, because `Intl`'s `en-GB` short months say "Sept" (ICU 72+) while a hand-written table says
 * "Sep", and a padded day ("02 Dec") crept into documents. Which calendar day an instant falls on is the caller's
 * choice (the browser's zone in the app; India's for tax documents and billing mail).
 */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar day: `month` 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** "2 Dec 2026": the day without a leading zero, the month's three letters, the full year. */
export function formatCalendarDay({ year, month, day }: CalendarDay): string {
  return `${day} ${MONTH_ABBREVIATIONS[month - 1]} ${year}`;
}

/** "Dec 2026": a month as the same rule writes it. */
export function formatCalendarMonth({ year, month }: Pick<CalendarDay, 'year' | 'month'>): string {
  return `${MONTH_ABBREVIATIONS[month - 1]} ${year}`;
}
