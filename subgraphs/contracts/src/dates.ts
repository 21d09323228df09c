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

/** "3 Nov": a day whose year the reader already knows (a chart's day axis, the start of a range in one year). */
export function formatDayAndMonth({ month, day }: Pick<CalendarDay, 'month' | 'day'>): string {
  return `${day} ${MONTH_ABBREVIATIONS[month - 1]}`;
}

/** "08:05": a time of day on the 24-hour clock, hours and minutes padded; the caller names the zone. */
export function formatTimeOfDay({ hour, minute }: { hour: number; minute: number }): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * A span of days, both included: "4 Nov – 1 Dec 2026"; the start keeps its year only when the years differ
 * ("30 Dec 2025 – 2 Jan 2026"); one day is written as that day.
 */
export function formatCalendarRange(from: CalendarDay, to: CalendarDay): string {
  if (from.year === to.year && from.month === to.month && from.day === to.day) return formatCalendarDay(to);
  return `${from.year === to.year ? formatDayAndMonth(from) : formatCalendarDay(from)} – ${formatCalendarDay(to)}`;
}
