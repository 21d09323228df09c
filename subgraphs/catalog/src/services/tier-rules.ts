/**
 * The rules of tier configuration, as pure functions: what a tier holds, the platform's defaults and bounds,
 * and the validation every change (and every approval) runs. No I/O here, so the reader, the services and
 * the tests share one copy of each rule.
 */
import type { FieldProblem } from '@marketplace/shared';

import { DEFAULT_ANONYMOUS_GUARD, NEW_CALLERS_PER_BLOCK_BOUNDS, type FeatureValue, graphqlTierName, isPaidTier, isWholePaise, type LimitMode, type Tier, TIERS } from '@marketplace/contracts';

export type FeatureType = 'boolean' | 'number' | 'string';

export interface FeatureRecord {
  key: string;
  type: FeatureType;
  value: FeatureValue;
}

/** One tier of one solution, as stored. Free tiers have trial days; paid tiers a monthly price. */
export interface TierRecord {
  tier: Tier;
  callAllowance: number;
  /** Free tiers: the trial window in days (from the first call). Null on paid tiers (monthly billing period). */
  trialDays: number | null;
  /** Calls per second; null means no per-second limit. */
  ratePerSecond: number | null;
  /** Paid tiers only, integer paise (INR). */
  monthlyPricePaise: number | null;
  /** Free tiers are always hard-limited. */
  limitMode: LimitMode;
  /** Soft limits only: the price of each call beyond the allowance, integer paise. */
  overagePricePaise: number | null;
  features: FeatureRecord[];
  highlights: string[];
  /** ANONYMOUS only (null elsewhere; absent on records saved before it existed: the default applies). */
  newCallersPerBlockPerDay?: number | null;
  /** ANONYMOUS only, as above. */
  refuseBots?: boolean | null;
}

/** The anonymous tier's protection against trial farming as it applies to a stored tier (defaults filled in). */
export function anonymousGuardOf(record: TierRecord): { newCallersPerBlockPerDay: number; refuseBots: boolean } | null {
  if (record.tier !== 'anonymous') return null;
  return {
    newCallersPerBlockPerDay: record.newCallersPerBlockPerDay ?? DEFAULT_ANONYMOUS_GUARD.newCallersPerBlockPerDay,
    refuseBots: record.refuseBots ?? DEFAULT_ANONYMOUS_GUARD.refuseBots,
  };
}

export interface FeatureInput {
  key: string;
  type: FeatureType;
  booleanValue?: boolean | null;
  numberValue?: number | null;
  stringValue?: string | null;
}

/** A tier as a partner sends it; absent optional fields take the platform default where there is one. */
export interface TierInput {
  tier: Tier;
  callAllowance: number;
  trialDays?: number | null;
  ratePerSecond?: number | null;
  monthlyPricePaise?: number | null;
  limitMode?: LimitMode | null;
  overagePricePaise?: number | null;
  features?: FeatureInput[] | null;
  highlights?: string[] | null;
  newCallersPerBlockPerDay?: number | null;
  refuseBots?: boolean | null;
}

/** The platform's default and bounds for one tier; admins edit them. */
export interface TierBounds {
  tier: Tier;
  defaultCallAllowance: number;
  minCallAllowance: number;
  maxCallAllowance: number;
  /** Free tiers only. */
  defaultTrialDays: number | null;
  minTrialDays: number | null;
  maxTrialDays: number | null;
  defaultRatePerSecond: number | null;
  /** Null: no platform bound (and a tier may then have no rate limit at all). */
  maxRatePerSecond: number | null;
  /** Paid tiers only. */
  defaultMonthlyPricePaise: number | null;
  minMonthlyPricePaise: number | null;
  maxMonthlyPricePaise: number | null;
}

export interface PlatformTierSettings {
  tiers: TierBounds[];
  /** 0 until an admin first saves settings (the built-in defaults apply). */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const MAX_FEATURES = 20;
export const MAX_HIGHLIGHTS = 6;
export const HIGHLIGHT_MAX_CHARS = 80;
export const FEATURE_STRING_MAX_CHARS = 200;
export const MAX_TRIAL_DAYS = 365;
/** The numbers the store keeps exactly: DynamoDB refuses magnitudes under 1e-130, its client integers past 2^53 − 1. */
const FEATURE_NUMBER_MAX = Number.MAX_SAFE_INTEGER;
const FEATURE_NUMBER_MIN_MAGNITUDE = 1e-130;
const FEATURE_KEY = /^[a-z][a-zA-Z0-9_.-]{0,39}$/;

/** The platform settings until an admin saves others: the defaults of the architecture's quota contract. */
export const DEFAULT_PLATFORM_TIER_SETTINGS: PlatformTierSettings = {
  version: 0,
  updatedAt: null,
  updatedBy: null,
  tiers: [
    {
      tier: 'anonymous',
      defaultCallAllowance: 10,
      minCallAllowance: 1,
      maxCallAllowance: 1_000,
      defaultTrialDays: 15,
      minTrialDays: 1,
      maxTrialDays: 30,
      defaultRatePerSecond: 10,
      maxRatePerSecond: null,
      defaultMonthlyPricePaise: null,
      minMonthlyPricePaise: null,
      maxMonthlyPricePaise: null,
    },
    {
      tier: 'registered',
      defaultCallAllowance: 100,
      minCallAllowance: 1,
      maxCallAllowance: 10_000,
      defaultTrialDays: 30,
      minTrialDays: 1,
      maxTrialDays: 90,
      defaultRatePerSecond: 20,
      maxRatePerSecond: null,
      defaultMonthlyPricePaise: null,
      minMonthlyPricePaise: null,
      maxMonthlyPricePaise: null,
    },
    {
      tier: 'pro',
      defaultCallAllowance: 10_000,
      minCallAllowance: 100,
      maxCallAllowance: 10_000_000,
      defaultTrialDays: null,
      minTrialDays: null,
      maxTrialDays: null,
      defaultRatePerSecond: 50,
      maxRatePerSecond: null,
      defaultMonthlyPricePaise: 99_900,
      minMonthlyPricePaise: 100,
      maxMonthlyPricePaise: 100_000_000,
    },
    {
      tier: 'enterprise',
      defaultCallAllowance: 1_000_000,
      minCallAllowance: 1_000,
      maxCallAllowance: 1_000_000_000,
      defaultTrialDays: null,
      minTrialDays: null,
      maxTrialDays: null,
      defaultRatePerSecond: 200,
      maxRatePerSecond: null,
      defaultMonthlyPricePaise: 999_900,
      minMonthlyPricePaise: 100,
      maxMonthlyPricePaise: 1_000_000_000,
    },
  ],
};

/** Counts as the web app writes them (Indian grouping: 1,00,00,000), so a message matches the form beside it. */
const count = (n: number) => n.toLocaleString('en-IN');

function boundsOf(settings: PlatformTierSettings, tier: Tier): TierBounds {
  const bounds = settings.tiers.find((b) => b.tier === tier);
  if (!bounds) throw new Error(`platform tier settings have no ${tier} tier`);
  return bounds;
}

/** A new solution's tiers: the platform defaults, with highlight lines that say what they mean. */
export function defaultTiers(settings: PlatformTierSettings): TierRecord[] {
  return TIERS.map((tier) => {
    const b = boundsOf(settings, tier);
    const paid = isPaidTier(tier);
    return {
      tier,
      callAllowance: b.defaultCallAllowance,
      trialDays: paid ? null : b.defaultTrialDays,
      ratePerSecond: b.defaultRatePerSecond,
      monthlyPricePaise: paid ? b.defaultMonthlyPricePaise : null,
      limitMode: 'hard',
      overagePricePaise: null,
      features: [],
      highlights: paid
        ? [`${count(b.defaultCallAllowance)} calls a month`]
        : [`${count(b.defaultCallAllowance)} calls over ${b.defaultTrialDays} days`],
      ...(tier === 'anonymous' ? DEFAULT_ANONYMOUS_GUARD : {}),
    };
  });
}

/** A stored tier as input again, e.g. to re-validate it against today's platform bounds on approval. */
export function toTierInput(record: TierRecord): TierInput {
  return {
    tier: record.tier,
    callAllowance: record.callAllowance,
    trialDays: record.trialDays,
    ratePerSecond: record.ratePerSecond,
    monthlyPricePaise: record.monthlyPricePaise,
    limitMode: record.limitMode,
    overagePricePaise: record.overagePricePaise,
    features: record.features.map((f) => ({
      key: f.key,
      type: f.type,
      booleanValue: f.type === 'boolean' ? (f.value as boolean) : null,
      numberValue: f.type === 'number' ? (f.value as number) : null,
      stringValue: f.type === 'string' ? (f.value as string) : null,
    })),
    highlights: record.highlights,
    newCallersPerBlockPerDay: record.newCallersPerBlockPerDay ?? null,
    refuseBots: record.refuseBots ?? null,
  };
}

export type TierValidation = { ok: true; tiers: TierRecord[] } | { ok: false; problems: FieldProblem[] };

/**
 * Validates a whole tier configuration (all four tiers at once) against the platform settings. Every
 * problem names its field (`tiers[2].monthlyPricePaise`, by input position) and its tier. On success the
 * tiers come back normalised, in tier order, with defaults filled in.
 */
export function validateTiers(inputs: readonly TierInput[], settings: PlatformTierSettings, prefix = 'tiers'): TierValidation {
  const problems: FieldProblem[] = [];
  const at = (i: number, field: string) => `${prefix}[${i}].${field}`;

  // The set: each tier exactly once.
  const indexOf = new Map<Tier, number>();
  inputs.forEach((input, i) => {
    if (!(TIERS as readonly string[]).includes(input.tier)) {
      problems.push({ field: at(i, 'tier'), message: `"${String(input.tier)}" is not a tier; use ANONYMOUS, REGISTERED, PRO or ENTERPRISE.` });
    } else if (indexOf.has(input.tier)) {
      problems.push({ field: at(i, 'tier'), message: `The ${graphqlTierName(input.tier)} tier is given twice.` });
    } else {
      indexOf.set(input.tier, i);
    }
  });
  const missing = TIERS.filter((t) => !indexOf.has(t));
  if (missing.length) {
    problems.push({
      field: prefix,
      message: `Give all four tiers, each once; missing: ${missing.map(graphqlTierName).join(', ')}.`,
    });
  }
  if (problems.length) return { ok: false, problems };

  // Each tier on its own.
  const records = new Map<Tier, TierRecord>();
  const fieldOk = new Map<Tier, Set<string>>();
  for (const tier of TIERS) {
    const i = indexOf.get(tier)!;
    const result = validateOneTier(inputs[i]!, boundsOf(settings, tier), (field) => at(i, field));
    problems.push(...result.problems);
    records.set(tier, result.record);
    fieldOk.set(tier, new Set(['callAllowance', 'ratePerSecond'].filter((f) => !result.problems.some((p) => p.field === at(i, f)))));
  }

  // Across tiers: allowances and rate limits never decrease; a feature has one type everywhere.
  for (let k = 1; k < TIERS.length; k++) {
    const lower = records.get(TIERS[k - 1]!)!;
    const higher = records.get(TIERS[k]!)!;
    const i = indexOf.get(higher.tier)!;
    const checkable = (field: string) => fieldOk.get(lower.tier)!.has(field) && fieldOk.get(higher.tier)!.has(field);
    if (checkable('callAllowance') && higher.callAllowance < lower.callAllowance) {
      problems.push({
        field: at(i, 'callAllowance'),
        message: `${graphqlTierName(higher.tier)} tier: the call allowance (${count(higher.callAllowance)}) is below the ${graphqlTierName(lower.tier)} tier's (${count(lower.callAllowance)}); allowances never decrease from ANONYMOUS to ENTERPRISE.`,
      });
    }
    if (checkable('ratePerSecond') && rateBelow(higher.ratePerSecond, lower.ratePerSecond)) {
      problems.push({
        field: at(i, 'ratePerSecond'),
        message:
          lower.ratePerSecond === null
            ? `${graphqlTierName(higher.tier)} tier: a rate limit of ${higher.ratePerSecond}/s is stricter than the ${graphqlTierName(lower.tier)} tier, which has none; rate limits never decrease from ANONYMOUS to ENTERPRISE.`
            : `${graphqlTierName(higher.tier)} tier: the rate limit (${higher.ratePerSecond}/s) is below the ${graphqlTierName(lower.tier)} tier's (${lower.ratePerSecond}/s); rate limits never decrease from ANONYMOUS to ENTERPRISE.`,
      });
    }
  }
  const typeOf = new Map<string, { type: FeatureType; tier: Tier }>();
  for (const tier of TIERS) {
    const i = indexOf.get(tier)!;
    records.get(tier)!.features.forEach((feature, j) => {
      const seen = typeOf.get(feature.key);
      if (!seen) typeOf.set(feature.key, { type: feature.type, tier });
      else if (seen.type !== feature.type) {
        problems.push({
          field: at(i, `features[${j}].type`),
          message: `${graphqlTierName(tier)} tier: feature "${feature.key}" is a ${feature.type.toUpperCase()} here but a ${seen.type.toUpperCase()} in the ${graphqlTierName(seen.tier)} tier; a feature has one type in every tier.`,
        });
      }
    });
  }

  if (problems.length) return { ok: false, problems: sortByField(problems) };
  return { ok: true, tiers: TIERS.map((t) => records.get(t)!) };
}

/** True when `higher` allows fewer calls per second than `lower` (null = unlimited). */
function rateBelow(higher: number | null, lower: number | null): boolean {
  if (higher === null) return false;
  return lower === null || higher < lower;
}

/** Problems in input order (`tiers[0]…` before `tiers[1]…`), so the first one reported is the first one met. */
function sortByField(problems: FieldProblem[]): FieldProblem[] {
  return [...problems].sort((a, b) => a.field.localeCompare(b.field, 'en', { numeric: true }));
}

function validateOneTier(
  input: TierInput,
  bounds: TierBounds,
  at: (field: string) => string,
): { record: TierRecord; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = `${graphqlTierName(input.tier)} tier`;
  const problem = (field: string, message: string) => problems.push({ field: at(field), message: `${name}: ${message}` });
  const paid = isPaidTier(input.tier);

  const callAllowance = input.callAllowance;
  if (!Number.isSafeInteger(callAllowance) || callAllowance < 1) {
    problem('callAllowance', 'the call allowance must be a whole number of at least 1.');
  } else if (callAllowance < bounds.minCallAllowance || callAllowance > bounds.maxCallAllowance) {
    problem('callAllowance', `the call allowance must be between ${count(bounds.minCallAllowance)} and ${count(bounds.maxCallAllowance)} (platform bounds).`);
  }

  let trialDays: number | null = null;
  if (paid) {
    if (input.trialDays != null) problem('trialDays', 'paid tiers are billed by the month and have no trial days.');
  } else {
    trialDays = input.trialDays ?? bounds.defaultTrialDays;
    const min = bounds.minTrialDays ?? 1;
    const max = bounds.maxTrialDays ?? MAX_TRIAL_DAYS;
    if (trialDays === null || !Number.isSafeInteger(trialDays) || trialDays < 1) {
      problem('trialDays', 'the trial must last a whole number of at least 1 day.');
    } else if (trialDays < min || trialDays > max) {
      problem('trialDays', `the trial must last between ${min} and ${max} days (platform bounds).`);
    }
  }

  const ratePerSecond = input.ratePerSecond ?? null;
  if (ratePerSecond !== null && (!Number.isSafeInteger(ratePerSecond) || ratePerSecond < 1)) {
    problem('ratePerSecond', 'a rate limit must be a whole number of at least 1 call per second (or none).');
  } else if (bounds.maxRatePerSecond !== null && (ratePerSecond === null || ratePerSecond > bounds.maxRatePerSecond)) {
    problem('ratePerSecond', `the rate limit must be at most ${count(bounds.maxRatePerSecond)} calls per second (platform bound).`);
  }

  const monthlyPricePaise = input.monthlyPricePaise ?? null;
  const limitMode: LimitMode = input.limitMode ?? 'hard';
  const overagePricePaise = input.overagePricePaise ?? null;
  if (!paid) {
    if (monthlyPricePaise !== null) problem('monthlyPricePaise', 'a free tier has no monthly price.');
    if (limitMode !== 'hard') problem('limitMode', 'free tiers have a hard limit.');
    if (overagePricePaise !== null) problem('overagePricePaise', 'free tiers have no overage price.');
  } else {
    if (monthlyPricePaise === null || !isWholePaise(monthlyPricePaise) || monthlyPricePaise === 0) {
      problem('monthlyPricePaise', 'a paid tier needs a monthly price above zero, in whole paise.');
    } else if (
      (bounds.minMonthlyPricePaise !== null && monthlyPricePaise < bounds.minMonthlyPricePaise) ||
      (bounds.maxMonthlyPricePaise !== null && monthlyPricePaise > bounds.maxMonthlyPricePaise)
    ) {
      problem(
        'monthlyPricePaise',
        `the monthly price must be between ${count(bounds.minMonthlyPricePaise ?? 1)} and ${count(bounds.maxMonthlyPricePaise ?? Number.MAX_SAFE_INTEGER)} paise (platform bounds).`,
      );
    }
    if (limitMode === 'soft') {
      if (overagePricePaise === null || !isWholePaise(overagePricePaise) || overagePricePaise === 0) {
        problem('overagePricePaise', 'a soft limit needs an overage price per call above zero, in whole paise.');
      }
    } else if (overagePricePaise !== null) {
      problem('overagePricePaise', 'an overage price needs limitMode SOFT; a hard limit refuses calls beyond the allowance.');
    }
  }

  let guard: { newCallersPerBlockPerDay: number; refuseBots: boolean } | null = null;
  if (input.tier === 'anonymous') {
    guard = {
      newCallersPerBlockPerDay: input.newCallersPerBlockPerDay ?? DEFAULT_ANONYMOUS_GUARD.newCallersPerBlockPerDay,
      refuseBots: input.refuseBots ?? DEFAULT_ANONYMOUS_GUARD.refuseBots,
    };
    const { min, max } = NEW_CALLERS_PER_BLOCK_BOUNDS;
    const n = guard.newCallersPerBlockPerDay;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      problem('newCallersPerBlockPerDay', `new callers per network block and day must be a whole number between ${min} and ${count(max)} (platform bounds).`);
    }
  } else {
    if (input.newCallersPerBlockPerDay != null) problem('newCallersPerBlockPerDay', 'only the ANONYMOUS tier caps new callers per network block.');
    if (input.refuseBots != null) problem('refuseBots', 'only the ANONYMOUS tier refuses bots; keyed callers are known accounts.');
  }

  const features: FeatureRecord[] = [];
  const featureInputs = input.features ?? [];
  if (featureInputs.length > MAX_FEATURES) problem('features', `at most ${MAX_FEATURES} feature flags.`);
  const keys = new Set<string>();
  featureInputs.slice(0, MAX_FEATURES).forEach((f, j) => {
    const field = (name: string) => `features[${j}].${name}`;
    if (!FEATURE_KEY.test(f.key)) {
      problem(field('key'), `feature key "${f.key}" must start with a lower-case letter and have at most 40 letters, digits, ".", "_" or "-".`);
      return;
    }
    if (keys.has(f.key)) {
      problem(field('key'), `feature "${f.key}" is given twice.`);
      return;
    }
    keys.add(f.key);
    const values = { boolean: f.booleanValue, number: f.numberValue, string: f.stringValue };
    const given = (Object.keys(values) as FeatureType[]).filter((t) => values[t] != null);
    if (given.length !== 1 || given[0] !== f.type) {
      problem(field(`${f.type}Value`), `feature "${f.key}" is a ${f.type.toUpperCase()} and needs exactly ${f.type}Value set.`);
      return;
    }
    const value = values[f.type] as FeatureValue;
    if (typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > FEATURE_NUMBER_MAX || (value !== 0 && Math.abs(value) < FEATURE_NUMBER_MIN_MAGNITUDE))) {
      problem(field('numberValue'), `feature "${f.key}" needs a number from -${FEATURE_NUMBER_MAX} to ${FEATURE_NUMBER_MAX} (and none closer to 0 than 1e-130).`);
      return;
    }
    if (typeof value === 'string' && [...value].length > FEATURE_STRING_MAX_CHARS) {
      problem(field('stringValue'), `feature "${f.key}" has at most ${FEATURE_STRING_MAX_CHARS} characters.`);
      return;
    }
    features.push({ key: f.key, type: f.type, value });
  });

  const highlights: string[] = [];
  const highlightInputs = input.highlights ?? [];
  if (highlightInputs.length > MAX_HIGHLIGHTS) problem('highlights', `at most ${MAX_HIGHLIGHTS} highlight lines.`);
  highlightInputs.slice(0, MAX_HIGHLIGHTS).forEach((raw, j) => {
    const line = raw.trim();
    if (!line || [...line].length > HIGHLIGHT_MAX_CHARS) {
      problem(`highlights[${j}]`, `a highlight line has 1 to ${HIGHLIGHT_MAX_CHARS} characters.`);
    } else highlights.push(line);
  });

  return {
    problems,
    record: {
      tier: input.tier,
      callAllowance,
      trialDays,
      ratePerSecond,
      monthlyPricePaise: paid ? monthlyPricePaise : null,
      limitMode: paid ? limitMode : 'hard',
      overagePricePaise: paid && limitMode === 'soft' ? overagePricePaise : null,
      features,
      highlights,
      ...(guard ?? {}),
    },
  };
}

/** Tier bounds as an admin sends them (all four tiers at once). */
export type TierBoundsInput = TierBounds;

/**
 * Validates new platform settings: each tier's bounds are ordered (min ≤ default ≤ max), free tiers have trial
 * days and no prices, paid tiers prices and no trial days, and the defaults form a valid configuration.
 */
export function validatePlatformSettings(inputs: readonly TierBoundsInput[], prefix = 'input.tiers'): { ok: true; tiers: TierBounds[] } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const at = (i: number, field: string) => `${prefix}[${i}].${field}`;
  const indexOf = new Map<Tier, number>();
  inputs.forEach((input, i) => {
    if (indexOf.has(input.tier)) problems.push({ field: at(i, 'tier'), message: `The ${graphqlTierName(input.tier)} tier is given twice.` });
    else indexOf.set(input.tier, i);
  });
  const missing = TIERS.filter((t) => !indexOf.has(t));
  if (missing.length) problems.push({ field: prefix, message: `Give all four tiers, each once; missing: ${missing.map(graphqlTierName).join(', ')}.` });
  if (problems.length) return { ok: false, problems };

  for (const tier of TIERS) {
    const i = indexOf.get(tier)!;
    const b = inputs[i]!;
    const name = `${graphqlTierName(tier)} tier`;
    const problem = (field: string, message: string) => problems.push({ field: at(i, field), message: `${name}: ${message}` });
    const ordered = (label: string, min: number | null, def: number | null, max: number | null, fields: [string, string, string], floor: number) => {
      if (min === null || def === null || max === null) {
        problem(fields[min === null ? 0 : def === null ? 1 : 2], `${label} needs a minimum, a default and a maximum.`);
      } else if (min < floor) problem(fields[0], `the minimum ${label} is at least ${floor}.`);
      else if (def < min) problem(fields[1], `the default ${label} (${count(def)}) is below the minimum (${count(min)}).`);
      else if (max < def) problem(fields[2], `the maximum ${label} (${count(max)}) is below the default (${count(def)}).`);
    };
    ordered('call allowance', b.minCallAllowance, b.defaultCallAllowance, b.maxCallAllowance, ['minCallAllowance', 'defaultCallAllowance', 'maxCallAllowance'], 1);
    if (isPaidTier(tier)) {
      for (const f of ['defaultTrialDays', 'minTrialDays', 'maxTrialDays'] as const) {
        if (b[f] !== null) problem(f, 'paid tiers are billed by the month and have no trial days.');
      }
      ordered('monthly price', b.minMonthlyPricePaise, b.defaultMonthlyPricePaise, b.maxMonthlyPricePaise, ['minMonthlyPricePaise', 'defaultMonthlyPricePaise', 'maxMonthlyPricePaise'], 1);
    } else {
      for (const f of ['defaultMonthlyPricePaise', 'minMonthlyPricePaise', 'maxMonthlyPricePaise'] as const) {
        if (b[f] !== null) problem(f, 'a free tier has no monthly price.');
      }
      ordered('trial length in days', b.minTrialDays, b.defaultTrialDays, b.maxTrialDays, ['minTrialDays', 'defaultTrialDays', 'maxTrialDays'], 1);
      if (b.maxTrialDays !== null && b.maxTrialDays > MAX_TRIAL_DAYS) problem('maxTrialDays', `a trial lasts at most ${MAX_TRIAL_DAYS} days.`);
    }
    if (b.defaultRatePerSecond !== null && b.defaultRatePerSecond < 1) problem('defaultRatePerSecond', 'a rate limit is at least 1 call per second (or none).');
    else if (b.maxRatePerSecond !== null && b.maxRatePerSecond < 1) problem('maxRatePerSecond', 'a rate limit is at least 1 call per second (or none).');
    else if (b.maxRatePerSecond !== null && (b.defaultRatePerSecond === null || b.defaultRatePerSecond > b.maxRatePerSecond)) {
      problem('defaultRatePerSecond', `the default rate limit must be at most the maximum (${count(b.maxRatePerSecond)}/s).`);
    }
  }
  if (problems.length) return { ok: false, problems };

  // The defaults must make a valid configuration themselves (monotonic allowances and rates).
  const settings: PlatformTierSettings = { tiers: TIERS.map((t) => inputs[indexOf.get(t)!]!), version: 0, updatedAt: null, updatedBy: null };
  const defaults = validateTiers(defaultTiers(settings), settings, prefix);
  if (!defaults.ok) {
    const rename: Record<string, string> = {
      callAllowance: 'defaultCallAllowance',
      ratePerSecond: 'defaultRatePerSecond',
      trialDays: 'defaultTrialDays',
      monthlyPricePaise: 'defaultMonthlyPricePaise',
    };
    return {
      ok: false,
      problems: defaults.problems.map((p) => {
        // validateTiers numbered the tiers in tier order; point back at the admin's input positions.
        const match = /^(.*)\[(\d+)\]\.(\w+)/.exec(p.field);
        if (!match) return p;
        const tier = TIERS[Number(match[2])]!;
        return { field: at(indexOf.get(tier)!, rename[match[3]!] ?? match[3]!), message: `Defaults: ${p.message}` };
      }),
    };
  }
  return { ok: true, tiers: settings.tiers };
}

/** A tier in the API's vocabulary, as audit snapshots record it. */
export function tierSnapshot(record: TierRecord): Record<string, unknown> {
  return {
    tier: graphqlTierName(record.tier),
    callAllowance: record.callAllowance,
    trialDays: record.trialDays,
    ratePerSecond: record.ratePerSecond,
    monthlyPricePaise: record.monthlyPricePaise,
    limitMode: record.limitMode.toUpperCase(),
    overagePricePaise: record.overagePricePaise,
    features: record.features.map((f) => ({ key: f.key, type: f.type.toUpperCase(), value: f.value })),
    highlights: record.highlights,
    ...(anonymousGuardOf(record) ?? {}),
  };
}

export function boundsSnapshot(bounds: TierBounds): Record<string, unknown> {
  return { ...bounds, tier: graphqlTierName(bounds.tier) };
}

/**
 * Structural equality of stored values, whatever the order of object keys (DynamoDB does not keep the order of
 * a map's keys), so saving the same thing again changes and records nothing.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
