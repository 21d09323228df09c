import { DAY, InputError } from '@marketplace/shared';

/** Calendar days as the usage rollups bucket them: `yyyy-mm-dd` in UTC. */
const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** `value` if it is a real calendar day in `yyyy-mm-dd`, else an InputError on `field`. */
export function parseDay(field: string, value: string): string {
  if (DAY_FORMAT.test(value)) {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new InputError(field, `${field} must be a calendar day written yyyy-mm-dd, e.g. 2026-03-01.`);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY);
}

/** Every day from `from` to `to`, inclusive, oldest first. */
export function daysFrom(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}
