/**
 * How far ahead an API key's expiry and an admin's tier grant may end: further out is a typo (year 9999) or
 * "forever", which is no end at all (leave it empty). Keys and quotas check it; the web app's date pickers offer
 * exactly the days it allows (`endDayRange`).
 */
export const FUTURE_END_MAX_YEARS = 2;

const DAY_MS = 86_400_000;

/** The latest end allowed when it is set at `now`: the same UTC calendar moment FUTURE_END_MAX_YEARS later. */
export function latestFutureEnd(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + FUTURE_END_MAX_YEARS);
  return latest;
}

/** The last instant of a day picked in a form (yyyy-mm-dd) in UTC, so a key "expiring on the 5th" works all of the 5th. */
export function endOfDayUtc(day: string): string {
  return `${day}T23:59:59.999Z`;
}

/**
 * The first and last day (yyyy-mm-dd, UTC) whose `endOfDayUtc` lies after `now` and at most at `latest`: a date
 * picker's `min` and `max`, so every day it offers is one the server accepts.
 */
export function endDayRange(now: Date, latest: Date): { min: string; max: string } {
  const today = now.toISOString().slice(0, 10);
  const min = Date.parse(endOfDayUtc(today)) > now.getTime() ? today : new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  // The last day whose end (its start + DAY_MS - 1) is still no later than `latest`.
  const max = new Date(latest.getTime() - (DAY_MS - 1)).toISOString().slice(0, 10);
  return { min, max };
}

/** How long an Enterprise offer may stay open: billing refuses a later end; the admin's form offers up to it. */
export const OFFER_OPEN_MAX_DAYS = 366;

/** The latest an Enterprise offer made at `now` may stay open until. */
export function latestOfferEnd(now: Date): Date {
  return new Date(now.getTime() + OFFER_OPEN_MAX_DAYS * DAY_MS);
}
