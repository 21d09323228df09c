import { InputError, randomToken, refuseControlCharacters } from '@marketplace/shared';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 100;
/** The longest address anyone can register (RFC 5321's path limit); a longer one has no account. */
export const EMAIL_MAX = 254;
// Letters, digits and the usual specials before the @; a dotted domain of DNS labels after it.
const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Emails are compared trimmed and lower-cased everywhere (claims, throttles, lookups). */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The normalised email, or an InputError on `field`. */
export function validEmail(field: string, raw: string): string {
  const email = normalizeEmail(raw);
  if (email.length > EMAIL_MAX || !EMAIL_PATTERN.test(email)) {
    throw new InputError(field, 'Enter a valid email address.');
  }
  return email;
}

/** The trimmed display name, or an InputError on `field`. */
export function validName(field: string, raw: string): string {
  const name = raw.trim();
  if (name.length === 0) throw new InputError(field, 'Enter your name.');
  if ([...name].length > NAME_MAX) throw new InputError(field, `A name has at most ${NAME_MAX} characters.`);
  refuseControlCharacters(field, name, 'A name');
  return name;
}

/** Throws an InputError on `field` unless `password` is acceptable for the account with `email`. */
export function checkPassword(field: string, password: string, email: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN) throw new InputError(field, `A password needs at least ${PASSWORD_MIN} characters.`);
  if (length > PASSWORD_MAX) throw new InputError(field, `A password has at most ${PASSWORD_MAX} characters.`);
  if (password.trim().toLowerCase() === email.toLowerCase()) {
    throw new InputError(field, 'The password must not be your email address.');
  }
}

// `Algorithm` is an ambient const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** argon2id with the library's defaults (19 MiB, t=2, p=1: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time a real verification would, for an unknown email; always false. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomToken(16));
  await verifyPassword(await dummyHash, password);
  return false;
}
