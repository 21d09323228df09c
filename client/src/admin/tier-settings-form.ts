import { rowOfPath, withMessage } from '../errors';
import { paiseToRupees, rupeesToPaise as parseRupees } from '../format/format';
import type { FieldProblem, Tier, TierBoundsInput } from '../gql/graphql';

/** The numbers of one tier's bounds, as the API names them. */
export const BOUND_FIELDS = [
  'defaultCallAllowance',
  'minCallAllowance',
  'maxCallAllowance',
  'defaultTrialDays',
  'minTrialDays',
  'maxTrialDays',
  'defaultRatePerSecond',
  'maxRatePerSecond',
  'defaultMonthlyPricePaise',
  'minMonthlyPricePaise',
  'maxMonthlyPricePaise',
] as const;
export type BoundField = (typeof BOUND_FIELDS)[number];

export const FREE_TIERS: readonly Tier[] = ['ANONYMOUS', 'REGISTERED'];
export const isFree = (tier: Tier) => FREE_TIERS.includes(tier);
export const isPrice = (field: BoundField) => field.endsWith('PricePaise');

/** Fields a tier has: trial days on free tiers, prices on paid ones. */
function fieldsOf(tier: Tier): BoundField[] {
  return BOUND_FIELDS.filter((field) => (field.endsWith('TrialDays') ? isFree(tier) : isPrice(field) ? !isFree(tier) : true));
}

/** What the inputs hold: text, prices in rupees. */
export type TierDraft = { tier: Tier } & Record<BoundField, string>;

/** A rupee amount → whole paise ("999.5" → 99950); undefined when empty or not an amount of at most 2 decimals. */
export function rupeesToPaise(text: string): number | undefined {
  return parseRupees(text) ?? undefined;
}

export function toDraft(bounds: { tier: Tier } & Partial<Record<BoundField, number | null>>): TierDraft {
  const draft = { tier: bounds.tier } as TierDraft;
  for (const field of BOUND_FIELDS) {
    const value = bounds[field];
    draft[field] = isPrice(field) ? paiseToRupees(value) : value == null ? '' : String(value);
  }
  return draft;
}

export type DraftErrors = Record<Tier, Partial<Record<BoundField, string>>>;

export function noErrors(): DraftErrors {
  return { ANONYMOUS: {}, REGISTERED: {}, PRO: {}, ENTERPRISE: {} };
}

/** The bound groups whose min ≤ default ≤ max the form checks before asking the server. */
const GROUPS = [
  { label: 'call allowance', min: 'minCallAllowance', def: 'defaultCallAllowance', max: 'maxCallAllowance' },
  { label: 'trial days', min: 'minTrialDays', def: 'defaultTrialDays', max: 'maxTrialDays' },
  { label: 'calls per second', min: null, def: 'defaultRatePerSecond', max: 'maxRatePerSecond' },
  { label: 'monthly price', min: 'minMonthlyPricePaise', def: 'defaultMonthlyPricePaise', max: 'maxMonthlyPricePaise' },
] as const;

/** Marks every bound out of order (min above max, default outside them) on its field; true when any was. */
function checkOrder(values: Partial<Record<BoundField, number | null>>, errors: Partial<Record<BoundField, string>>, fields: readonly BoundField[]): boolean {
  let found = false;
  for (const group of GROUPS) {
    if (!fields.includes(group.def)) continue;
    const min = group.min ? values[group.min] : null;
    const def = values[group.def];
    const max = values[group.max];
    if (group.min && min != null && max != null && min > max && !errors[group.min]) {
      errors[group.min] = `The minimum ${group.label} is above the maximum.`;
      found = true;
    }
    if (def != null && ((min != null && def < min) || (max != null && def > max)) && !errors[group.def]) {
      errors[group.def] = `The default ${group.label} must be between the minimum and the maximum.`;
      found = true;
    }
  }
  return found;
}

/**
 * The drafts as the mutation's input, or every field that is not a number or out of order. Empty optional fields are sent as null
 * (the server names any it requires).
 */
export function toInput(drafts: readonly TierDraft[]): { ok: true; tiers: TierBoundsInput[] } | { ok: false; errors: DraftErrors } {
  const errors = noErrors();
  let ok = true;
  const tiers = drafts.map((draft) => {
    const values: Partial<Record<BoundField, number | null>> = {};
    for (const field of fieldsOf(draft.tier)) {
      const text = draft[field].trim();
      if (!text) {
        values[field] = null;
        continue;
      }
      const value = isPrice(field) ? rupeesToPaise(text) : /^\d+$/.test(text) ? Number(text) : undefined;
      if (value === undefined || !Number.isSafeInteger(value)) {
        errors[draft.tier][field] = isPrice(field) ? 'Enter an amount in rupees, e.g. 999 or 999.50.' : 'Enter a whole number.';
        ok = false;
      } else values[field] = value;
    }
    if (checkOrder(values, errors[draft.tier], fieldsOf(draft.tier))) ok = false;
    return {
      tier: draft.tier,
      defaultCallAllowance: values.defaultCallAllowance ?? 0,
      minCallAllowance: values.minCallAllowance ?? 0,
      maxCallAllowance: values.maxCallAllowance ?? 0,
      defaultTrialDays: values.defaultTrialDays ?? null,
      minTrialDays: values.minTrialDays ?? null,
      maxTrialDays: values.maxTrialDays ?? null,
      defaultRatePerSecond: values.defaultRatePerSecond ?? null,
      maxRatePerSecond: values.maxRatePerSecond ?? null,
      defaultMonthlyPricePaise: values.defaultMonthlyPricePaise ?? null,
      minMonthlyPricePaise: values.minMonthlyPricePaise ?? null,
      maxMonthlyPricePaise: values.maxMonthlyPricePaise ?? null,
    } satisfies TierBoundsInput;
  });
  return ok ? { ok: true, tiers } : { ok: false, errors };
}

/**
 * Puts the problems of refused settings (`input.tiers[2].maxCallAllowance`, by position in what was sent) on the
 * fields of the right tier; anything that names no field goes to `form`.
 */
export function serverErrors(problems: readonly FieldProblem[], sent: readonly Tier[]): { fields: DraftErrors; form?: string } {
  const fields = noErrors();
  const rest: string[] = [];
  for (const problem of problems) {
    const row = rowOfPath(problem.field, 'tiers');
    const tier = row ? sent[row.index] : undefined;
    const field = BOUND_FIELDS.find((each) => each === row?.field);
    if (tier && field) fields[tier][field] = withMessage(fields[tier][field], problem.message);
    else rest.push(problem.message);
  }
  return rest.length ? { fields, form: rest.join(' ') } : { fields };
}

/** Every marked field in form order, for the error summary: tier, field and message. */
export function summaryOf(errors: DraftErrors, tiers: readonly Tier[]): { tier: Tier; field: BoundField; message: string }[] {
  return tiers.flatMap((tier) => BOUND_FIELDS.filter((field) => errors[tier][field]).map((field) => ({ tier, field, message: errors[tier][field]! })));
}

/** The id of a bound's input, so the error summary links to it. */
export const boundInputId = (tier: Tier, field: BoundField) => `bound-${tier.toLowerCase()}-${field}`;
