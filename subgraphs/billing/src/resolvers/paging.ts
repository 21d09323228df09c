import { InputError } from '@marketplace/shared';

/** `first` of a connection: 1 to 100. */
export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new InputError('first', 'first must be between 1 and 100.');
  return first;
}
