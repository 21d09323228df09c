import type { Notes } from './entities.ts';
import { invalidInput } from './errors.ts';

/**
 * Reading request bodies the way Razorpay's API does: unknown keys are refused, integers may arrive as numeric
 * strings (form posts), and every message names the field in Razorpay's wording ("The total count field is
 * required."). Each reader throws a RazorpayError before anything is written.
 */
export type Input = Record<string, unknown>;

const label = (field: string) => (field.split('.').pop() ?? field).replace(/_/g, ' ');

export function asInput(value: unknown, field: string | null = null): Input {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidInput(field ? `The ${label(field)} must be an object.` : 'The request body must be a JSON object.', field);
  }
  return value as Input;
}

export function onlyKeys(input: Input, allowed: readonly string[], prefix = ''): void {
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key)) throw invalidInput(`${prefix}${key} is/are not required and should not be sent`, `${prefix}${key}`);
  }
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

export function optionalString(input: Input, key: string, field = key, opts: { min?: number; max?: number } = {}): string | undefined {
  const value = input[key];
  if (!present(value)) return undefined;
  if (typeof value !== 'string') throw invalidInput(`The ${label(field)} must be a string.`, field);
  if (opts.min !== undefined && value.length < opts.min) {
    throw invalidInput(`The ${label(field)} must be at least ${opts.min} characters.`, field);
  }
  if (opts.max !== undefined && value.length > opts.max) {
    throw invalidInput(`The ${label(field)} may not be greater than ${opts.max} characters.`, field);
  }
  return value;
}

export function requiredString(input: Input, key: string, field = key, opts: { min?: number; max?: number } = {}): string {
  const value = optionalString(input, key, field, opts);
  if (value === undefined) throw invalidInput(`The ${label(field)} field is required.`, field);
  return value;
}

export function optionalInt(input: Input, key: string, field = key, opts: { min?: number; max?: number } = {}): number | undefined {
  const raw = input[key];
  if (!present(raw)) return undefined;
  const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw invalidInput(`The ${label(field)} must be an integer.`, field);
  if (opts.min !== undefined && value < opts.min) throw invalidInput(`The ${label(field)} must be at least ${opts.min}.`, field);
  if (opts.max !== undefined && value > opts.max) throw invalidInput(`The ${label(field)} may not be greater than ${opts.max}.`, field);
  return value;
}

export function requiredInt(input: Input, key: string, field = key, opts: { min?: number; max?: number } = {}): number {
  const value = optionalInt(input, key, field, opts);
  if (value === undefined) throw invalidInput(`The ${label(field)} field is required.`, field);
  return value;
}

/** true/false, 1/0 and their string forms, as Razorpay takes `customer_notify` and `cancel_at_cycle_end`. */
export function optionalBoolean(input: Input, key: string, field = key): boolean | undefined {
  const value = input[key];
  if (!present(value)) return undefined;
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false') return false;
  throw invalidInput(`The ${label(field)} field must be true or false.`, field);
}

export function oneOf<T extends string>(input: Input, key: string, values: readonly T[], field = key): T | undefined {
  const value = input[key];
  if (!present(value)) return undefined;
  if (typeof value !== 'string' || !values.includes(value as T)) throw invalidInput(`The selected ${label(field)} is invalid.`, field);
  return value as T;
}

export const MAX_NOTES = 15;
const MAX_NOTE_LENGTH = 256;

/** Up to 15 key-value pairs of at most 256 characters each; empty notes are `[]`, as Razorpay returns them. */
export function readNotes(input: Input, key = 'notes'): Notes | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.length === 0) return [];
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidInput('The notes must be an object of key-value pairs.', key);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_NOTES) throw invalidInput(`The notes may not have more than ${MAX_NOTES} items.`, key);
  const notes: Record<string, string | number> = {};
  for (const [name, note] of entries) {
    if (typeof note !== 'string' && typeof note !== 'number') throw invalidInput(`notes.${name} must be a string or a number.`, `${key}.${name}`);
    if (String(note).length > MAX_NOTE_LENGTH) {
      throw invalidInput(`notes.${name} may not be greater than ${MAX_NOTE_LENGTH} characters.`, `${key}.${name}`);
    }
    notes[name] = note;
  }
  return entries.length === 0 ? [] : notes;
}
