import { InputError, invalidInput, refuseControlCharacters } from '@marketplace/shared';

/**
 * Checks of single input values. Each returns the normalised value or throws an InputError naming the field,
 * and runs before anything is read or written, so a refused input leaves nothing half-written.
 */

export const PAGE_MAX = 100;
export const NAME_MAX = 80;
export const SUMMARY_MAX = 200;
export const DESCRIPTION_MAX = 20_000;
export const REASON_MAX = 500;
export const URL_MAX = 2048;
export const TAGS_MAX = 10;
export const TAG_MAX = 30;
export const SEARCH_MAX = 100;
export const SLUG_MIN = 3;
export const SLUG_MAX = 60;

/** The catalog's categories; a solution is in exactly one. */
export const CATEGORIES = [
  'AI & Machine Learning',
  'Communication',
  'Data & Analytics',
  'Developer Tools',
  'Finance & Payments',
  'Location & Maps',
  'Media',
  'Security & Identity',
  'Other',
] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

const length = (s: string) => [...s].length;

/** Trimmed text of 1 to `max` characters. */
export function requiredText(field: string, raw: string, max: number, what: string): string {
  const text = raw.trim();
  if (!text) throw new InputError(field, `Enter ${what}.`);
  if (length(text) > max) throw new InputError(field, `${capitalise(what)} has at most ${max.toLocaleString('en-US')} characters.`);
  refuseControlCharacters(field, text, capitalise(what));
  return text;
}

/** Trimmed text of at most `max` characters; empty or absent is null. */
export function optionalText(field: string, raw: string | null | undefined, max: number, what: string): string | null {
  const text = raw?.trim() ?? '';
  if (!text) return null;
  if (length(text) > max) throw new InputError(field, `${capitalise(what)} has at most ${max.toLocaleString('en-US')} characters.`);
  refuseControlCharacters(field, text, capitalise(what));
  return text;
}

/** A slug exactly as given: lower-case letters and digits in dash-separated words, 3 to 60 characters. */
export function validSlug(field: string, raw: string): string {
  if (raw.length < SLUG_MIN || raw.length > SLUG_MAX || !SLUG.test(raw)) {
    throw new InputError(
      field,
      `A slug has ${SLUG_MIN} to ${SLUG_MAX} lower-case letters, digits and single dashes between words (no spaces or upper case), e.g. "text-summarizer".`,
    );
  }
  return raw;
}

/** An absolute http(s) URL without credentials. */
export function validUrl(field: string, raw: string): string {
  const text = raw.trim();
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || text.length > URL_MAX) {
    throw new InputError(field, 'Enter an absolute http:// or https:// URL.');
  }
  if (url.username || url.password) throw new InputError(field, 'A URL must not contain a user name or password.');
  return text;
}

export function optionalUrl(field: string, raw: string | null | undefined): string | null {
  return raw == null || raw.trim() === '' ? null : validUrl(field, raw);
}

export function validEmail(field: string, raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw new InputError(field, 'Enter a valid email address.');
  return email;
}

/** Up to 10 tags, lower-cased, each a dash-separated word list of at most 30 characters; duplicates dropped. */
export function validTags(field: string, raw: readonly string[]): string[] {
  const tags = [...new Set(raw.map((t) => t.trim().toLowerCase()))];
  if (tags.length > TAGS_MAX) throw new InputError(field, `At most ${TAGS_MAX} tags.`);
  // Every bad tag, each named: a form shows them all in one box.
  const named = (tag: string) => (tag ? `"${tag.length > TAG_MAX ? `${tag.slice(0, TAG_MAX)}…` : tag}"` : 'An empty tag');
  const problems = tags.flatMap((tag, i) =>
    tag && tag.length <= TAG_MAX && TAG.test(tag)
      ? []
      : [{ field: `${field}[${i}]`, message: `${named(tag)} is not a tag: a tag has 1 to ${TAG_MAX} letters and digits in dash-separated words, e.g. "speech-to-text".` }],
  );
  if (problems.length) throw invalidInput(problems);
  return tags;
}

export function validCategory(field: string, raw: string): string {
  const category = CATEGORIES.find((c) => c.toLowerCase() === raw.trim().toLowerCase());
  if (!category) throw new InputError(field, `Choose one of the categories: ${CATEGORIES.join(', ')}.`);
  return category;
}

/** The reason an admin gives for a refusal; the partner or applicant receives it by email. */
export function validReason(field: string, raw: string): string {
  const reason = raw.trim();
  if (!reason) throw new InputError(field, 'Give a reason; it is sent by email.');
  if (length(reason) > REASON_MAX) throw new InputError(field, `A reason has at most ${REASON_MAX} characters.`);
  refuseControlCharacters(field, reason, 'A reason');
  return reason;
}

/** Throws an InputError on `field` unless 1 ≤ first ≤ 100. */
export function checkPageSize(first: number, field = 'first'): void {
  if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) {
    throw new InputError(field, `${field} must be between 1 and ${PAGE_MAX}.`);
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
