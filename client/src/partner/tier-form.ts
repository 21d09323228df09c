import { rowOfPath, withMessage } from '../errors';
import { formatCount, formatPaise, paiseToRupees, rupeesToPaise } from '../format/format';
import type { FeatureFlagType, FieldProblem, LimitMode, Tier, TierConfigInput } from '../gql/graphql';

/** The four tiers, in the order the API stores and validates them (problem indexes follow this order). */
export const TIER_ORDER: readonly Tier[] = ['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE'];

/** PRO and ENTERPRISE are billed monthly; the free tiers have a trial window instead. */
export function isPaidTier(tier: Tier): boolean {
  return tier === 'PRO' || tier === 'ENTERPRISE';
}

/** One feature flag as typed: its value is text whatever its type (`"true"`/`"false"` for booleans). */
export interface FlagDraft {
  key: string;
  type: FeatureFlagType;
  value: string;
}

/** One tier as the editor holds it: every number as the text in its input, so nothing typed is lost on an error. */
export interface TierDraft {
  tier: Tier;
  callAllowance: string;
  trialDays: string;
  /** Empty: no per-second limit. */
  ratePerSecond: string;
  /** Rupees, e.g. "999" or "999.50". */
  monthlyPrice: string;
  limitMode: LimitMode;
  /** Rupees per call beyond the allowance, e.g. "0.05". */
  overagePrice: string;
  /** One highlight per line. */
  highlights: string;
  features: FlagDraft[];
  /** ANONYMOUS only: new callers admitted per network block and day, as typed (empty elsewhere). */
  newCallersPerBlockPerDay: string;
  /** ANONYMOUS only: refuse empty and known-bot user agents. */
  refuseBots: boolean;
}

/** A tier as the API returns it (the fields the editor needs). */
export interface TierConfigLike {
  tier: Tier;
  callAllowance: number;
  trialDays?: number | null;
  ratePerSecond?: number | null;
  monthlyPricePaise?: number | null;
  limitMode: LimitMode;
  overagePricePaise?: number | null;
  highlights: readonly string[];
  features: ReadonlyArray<{
    key: string;
    type: FeatureFlagType;
    booleanValue?: boolean | null;
    numberValue?: number | null;
    stringValue?: string | null;
  }>;
  /** ANONYMOUS only (null elsewhere); the stored value with the platform default filled in. */
  newCallersPerBlockPerDay?: number | null;
  refuseBots?: boolean | null;
}

/** The editor's text for a tier from the API. */
export function draftFromTier(tier: TierConfigLike): TierDraft {
  return {
    tier: tier.tier,
    callAllowance: String(tier.callAllowance),
    trialDays: tier.trialDays == null ? '' : String(tier.trialDays),
    ratePerSecond: tier.ratePerSecond == null ? '' : String(tier.ratePerSecond),
    monthlyPrice: paiseToRupees(tier.monthlyPricePaise),
    limitMode: tier.limitMode,
    overagePrice: paiseToRupees(tier.overagePricePaise),
    highlights: tier.highlights.join('\n'),
    features: tier.features.map((flag) => ({
      key: flag.key,
      type: flag.type,
      value:
        flag.type === 'BOOLEAN'
          ? String(Boolean(flag.booleanValue))
          : flag.type === 'NUMBER'
            ? flag.numberValue == null ? '' : String(flag.numberValue)
            : (flag.stringValue ?? ''),
    })),
    newCallersPerBlockPerDay: tier.newCallersPerBlockPerDay == null ? '' : String(tier.newCallersPerBlockPerDay),
    refuseBots: tier.refuseBots ?? true,
  };
}

/** The anonymous guard's platform bounds, as `TierBounds` gives them for the ANONYMOUS tier. */
export interface GuardBounds {
  minNewCallersPerBlockPerDay?: number | null;
  maxNewCallersPerBlockPerDay?: number | null;
}

/**
 * Field errors of one tier, keyed by the API's field name within the tier: `callAllowance`, `monthlyPricePaise`,
 * `features[0].key`, `features[0].value` (any of the flag's value fields), `highlights`, `tier` (the tier as a whole).
 */
export type TierFieldErrors = Partial<Record<string, string>>;

export interface TierFormErrors {
  /** One entry per tier, in TIER_ORDER. */
  tiers: TierFieldErrors[];
  /** Problems that name no field of a tier. */
  form?: string;
}

function emptyErrors(): TierFormErrors {
  return { tiers: TIER_ORDER.map(() => ({})) };
}

/** True when any tier or the form has an error. */
export function hasTierErrors(errors: TierFormErrors): boolean {
  return Boolean(errors.form) || errors.tiers.some((tier) => Object.keys(tier).length > 0);
}

/** The key an input shows the error under, for a field path within one tier as the API names it. */
export function fieldKey(path: string): string {
  const flag = /^features\[(\d+)\]\.(\w+)$/.exec(path);
  if (flag) return `features[${flag[1]}].${flag[2] === 'key' || flag[2] === 'type' ? flag[2] : 'value'}`;
  if (/^highlights(\[\d+\])?$/.test(path)) return 'highlights';
  return path;
}

function addProblem(errors: TierFormErrors, field: string, message: string, formMessages: string[]) {
  const row = rowOfPath(field, 'tiers');
  const tier = row ? errors.tiers[row.index] : undefined;
  if (!row || !tier) {
    formMessages.push(message);
    return;
  }
  const key = fieldKey(row.field);
  tier[key] = withMessage(tier[key], message);
}

/**
 * Spreads the problems of a refused `setSolutionTiers` over the editor: each onto the tier and field it names
 * (`tiers[2].monthlyPricePaise`), the rest into `form`.
 */
export function tierErrorsFromProblems(problems: readonly FieldProblem[]): TierFormErrors {
  const errors = emptyErrors();
  const formMessages: string[] = [];
  for (const problem of problems) addProblem(errors, problem.field, problem.message, formMessages);
  if (formMessages.length) errors.form = formMessages.join(' ');
  return errors;
}

/** The largest value a GraphQL Int carries; larger numbers are refused by the schema before any rule runs. */
export const MAX_INT = 2_147_483_647;

/** A whole number from an input, null for empty, undefined when the text is not one. */
function wholeNumber(text: string): number | null | undefined {
  const clean = text.trim().replaceAll(',', '');
  if (clean === '') return null;
  return /^\d+$/.test(clean) && Number.isSafeInteger(Number(clean)) ? Number(clean) : undefined;
}

/**
 * The `setSolutionTiers` input for the drafts, or the fields the browser can already tell are not numbers (the
 * server checks everything else: bounds, order between tiers, flags).
 */
export function tierInputsFromDrafts(
  drafts: readonly TierDraft[],
  guardBounds: GuardBounds = {},
): { ok: true; tiers: TierConfigInput[] } | { ok: false; errors: TierFormErrors } {
  const errors = emptyErrors();
  const tiers = drafts.map((draft, i): TierConfigInput => {
    const problems = errors.tiers[i]!;
    const paid = isPaidTier(draft.tier);
    const number = (key: string, text: string, required: boolean): number | null => {
      const value = wholeNumber(text);
      if (value === undefined) problems[key] = 'Enter a whole number.';
      else if (value === null && required) problems[key] = 'Required.';
      else if (value !== null && value > MAX_INT) problems[key] = `At most ${formatCount(MAX_INT)}.`;
      return value ?? null;
    };
    const money = (key: string, text: string, required: boolean): number | null => {
      const value = rupeesToPaise(text);
      if (value === undefined) problems[key] = 'Enter an amount in rupees with at most two decimals, e.g. 999 or 0.50.';
      else if (value === null && required) problems[key] = 'Required.';
      else if (value !== null && value > MAX_INT) problems[key] = `At most ${formatPaise(MAX_INT)}.`;
      return value ?? null;
    };
    const input: TierConfigInput = {
      tier: draft.tier,
      callAllowance: number('callAllowance', draft.callAllowance, true) ?? 0,
      ratePerSecond: number('ratePerSecond', draft.ratePerSecond, false),
      highlights: draft.highlights.split('\n').map((line) => line.trim()).filter(Boolean),
      features: draft.features.map((flag, j) => {
        const base = { key: flag.key.trim(), type: flag.type };
        if (flag.type === 'BOOLEAN') return { ...base, booleanValue: flag.value === 'true' };
        if (flag.type === 'STRING') return { ...base, stringValue: flag.value };
        const value = Number(flag.value.trim());
        if (flag.value.trim() === '' || !Number.isFinite(value)) problems[`features[${j}].value`] = 'Enter a number.';
        return { ...base, numberValue: value };
      }),
    };
    if (paid) {
      input.monthlyPricePaise = money('monthlyPricePaise', draft.monthlyPrice, true);
      input.limitMode = draft.limitMode;
      if (draft.limitMode === 'SOFT') input.overagePricePaise = money('overagePricePaise', draft.overagePrice, true);
    } else {
      const trialDays = number('trialDays', draft.trialDays, false);
      if (trialDays !== null) input.trialDays = trialDays;
    }
    if (draft.tier === 'ANONYMOUS') {
      // Sent every time: an absent value would put the platform default back (the server's rule for absent fields).
      const perBlock = number('newCallersPerBlockPerDay', draft.newCallersPerBlockPerDay, true);
      const { minNewCallersPerBlockPerDay: min, maxNewCallersPerBlockPerDay: max } = guardBounds;
      if (perBlock !== null && ((min != null && perBlock < min) || (max != null && perBlock > max))) {
        problems['newCallersPerBlockPerDay'] = `Platform bounds: ${formatCount(min ?? 0)} – ${formatCount(max ?? MAX_INT)}.`;
      }
      input.newCallersPerBlockPerDay = perBlock;
      input.refuseBots = draft.refuseBots;
    }
    return input;
  });
  return hasTierErrors(errors) ? { ok: false, errors } : { ok: true, tiers };
}
