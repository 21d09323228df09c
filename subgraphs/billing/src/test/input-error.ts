import { InputError } from '@marketplace/shared';
import { expect } from 'vitest';

/** Asserts that `run` refuses its input with an InputError naming `field` (and matching `message`). */
export function expectInputError(run: () => unknown, field: string, message?: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected an InputError on ${field}`).toBeInstanceOf(InputError);
  expect((caught as InputError).field).toBe(field);
  if (message) expect((caught as InputError).message).toMatch(message);
}

/** The async form of expectInputError. */
export async function expectInputErrorAsync(run: () => Promise<unknown>, field: string, message?: RegExp): Promise<void> {
  const caught = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught, `expected an InputError on ${field}`).toBeInstanceOf(InputError);
  expect((caught as InputError).field).toBe(field);
  if (message) expect((caught as InputError).message).toMatch(message);
}
