import { type Caller, DomainError, forbidden, signedIn } from '@marketplace/shared';
import type { DatasetDef, Scope } from '../datasets/datasets.ts';
import type { Filter } from '../datasets/query-builder.ts';

/** Analysts (read-only) and admins see the whole platform; never anyone's name or email. */
export const isPlatformReader = (caller: Caller) => caller.roles.includes('admin') || caller.roles.includes('analyst');

/**
 * The scope a dataset is read in: the one asked for if the caller may, else the widest they have (platform for
 * analysts and admins, their solutions for partners, their own usage for customers).
 */
export function scopeOf(caller: Caller, def: DatasetDef, requested: Scope | null | undefined): { kind: Scope; value?: string } {
  const { userId } = signedIn(caller);
  const mayRead = (kind: Scope) =>
    kind === 'PLATFORM' ? isPlatformReader(caller) : kind === 'PARTNER' ? caller.roles.includes('partner') || isPlatformReader(caller) : true;
  const kind: Scope =
    requested ?? (isPlatformReader(caller) ? 'PLATFORM' : caller.roles.includes('partner') && def.scopes.PARTNER ? 'PARTNER' : 'CUSTOMER');
  if (!mayRead(kind)) throw forbidden(`Reading ${def.name} in scope ${kind} needs the ${kind === 'PLATFORM' ? 'analyst or admin' : 'partner'} role.`);
  if (kind !== 'PLATFORM' && !def.scopes[kind]) {
    const where = Object.keys(def.scopes).length ? `only in scope ${[...Object.keys(def.scopes), 'PLATFORM'].join(' or ')}` : 'platform-wide only (analysts and admins)';
    throw new DomainError('FORBIDDEN', `${def.name} can be read ${where}.`, { field: 'scope' });
  }
  return kind === 'PLATFORM' ? { kind } : { kind, value: userId };
}

/** Every solution id a filter compares `solution` with (eq / in), with the path of the value. */
export function solutionsNamed(filter: Filter | null | undefined, at: string): { id: string; field: string }[] {
  if (!filter) return [];
  const found: { id: string; field: string }[] = [];
  if (filter.field === 'solution') {
    if (filter.op === 'eq' && filter.value != null) found.push({ id: filter.value, field: `${at}.value` });
    if (filter.op === 'in') (filter.values ?? []).forEach((id, i) => found.push({ id, field: `${at}.values[${i}]` }));
  }
  (filter.AND ?? []).forEach((inner, i) => found.push(...solutionsNamed(inner, `${at}.AND[${i}]`)));
  (filter.OR ?? []).forEach((inner, i) => found.push(...solutionsNamed(inner, `${at}.OR[${i}]`)));
  return found;
}
