import { randomBytes } from 'node:crypto';

/** A table prefix of its own for each test file (or platform), so they never see each other's data. */
export function randomTablePrefix(label = 't'): string {
  return `${label}-${randomBytes(4).toString('hex')}-`;
}
