import type { FieldProblem } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLATFORM_TIER_SETTINGS as DEFAULTS,
  defaultTiers,
  type PlatformTierSettings,
  type TierBounds,
  type TierInput,
  toTierInput,
  validatePlatformSettings,
  validateTiers,
} from './tier-rules.ts';

/** A valid configuration in input form (the platform defaults plus a soft-limited PRO tier). */
function valid(): TierInput[] {
  return [
    { tier: 'anonymous', callAllowance: 10, trialDays: 15, ratePerSecond: 1 },
    { tier: 'registered', callAllowance: 100, trialDays: 30, ratePerSecond: 5 },
    { tier: 'pro', callAllowance: 10_000, ratePerSecond: 20, monthlyPricePaise: 99_900, limitMode: 'soft', overagePricePaise: 5 },
    { tier: 'enterprise', callAllowance: 1_000_000, ratePerSecond: 100, monthlyPricePaise: 999_900 },
  ];
}

function problemsOf(inputs: TierInput[], settings: PlatformTierSettings = DEFAULTS): FieldProblem[] {
  const result = validateTiers(inputs, settings);
  return result.ok ? [] : result.problems;
}

/** Applies `patch` to tier `index` of a valid configuration and returns the problems. */
function with_(index: number, patch: Partial<TierInput>, settings?: PlatformTierSettings): FieldProblem[] {
  const inputs = valid();
  inputs[index] = { ...inputs[index]!, ...patch };
  return problemsOf(inputs, settings);
}

describe('the platform defaults', () => {
  it('are 10 calls / 15 days anonymous, 100 / 30 days registered, monthly paid tiers with prices', () => {
    const tiers = defaultTiers(DEFAULTS);
    expect(tiers.map((t) => [t.tier, t.callAllowance, t.trialDays, t.monthlyPricePaise])).toEqual([
      ['anonymous', 10, 15, null],
      ['registered', 100, 30, null],
      ['pro', 10_000, null, 99_900],
      ['enterprise', 1_000_000, null, 999_900],
    ]);
    expect(tiers.every((t) => t.limitMode === 'hard' && t.highlights.length === 1)).toBe(true);
  });

  it('make a valid configuration, so a new solution is valid from the start', () => {
    expect(validateTiers(defaultTiers(DEFAULTS).map(toTierInput), DEFAULTS)).toEqual({ ok: true, tiers: defaultTiers(DEFAULTS) });
  });
});

describe('validateTiers', () => {
  it('accepts a valid configuration in any order, returns it in tier order, and fills default trial days', () => {
    const inputs = valid().reverse();
    delete inputs[3]!.trialDays; // anonymous, now last
    const result = validateTiers(inputs, DEFAULTS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tiers.map((t) => t.tier)).toEqual(['anonymous', 'registered', 'pro', 'enterprise']);
    expect(result.tiers[0]!.trialDays).toBe(15);
    expect(result.tiers[2]).toMatchObject({ limitMode: 'soft', overagePricePaise: 5 });
    expect(result.tiers[3]).toMatchObject({ limitMode: 'hard', overagePricePaise: null, trialDays: null });
  });

  it('needs all four tiers, each once', () => {
    expect(problemsOf(valid().slice(0, 3))).toEqual([{ field: 'tiers', message: expect.stringContaining('missing: ENTERPRISE') }]);
    const twice = valid();
    twice[3] = { ...twice[2]! };
    expect(problemsOf(twice)).toEqual([
      { field: 'tiers[3].tier', message: 'The PRO tier is given twice.' },
      { field: 'tiers', message: expect.stringContaining('missing: ENTERPRISE') },
    ]);
    expect(problemsOf([...valid(), { tier: 'gold' as never, callAllowance: 1 }])[0]).toEqual({
      field: 'tiers[4].tier',
      message: expect.stringContaining('"gold" is not a tier'),
    });
  });

  it.each([
    ['a negative allowance', 1, { callAllowance: -5 }, 'tiers[1].callAllowance', /REGISTERED tier: the call allowance must be a whole number of at least 1/],
    ['a zero allowance', 0, { callAllowance: 0 }, 'tiers[0].callAllowance', /ANONYMOUS tier/],
    ['an allowance above the platform maximum', 0, { callAllowance: 5_000 }, 'tiers[0].callAllowance', /between 1 and 1,000 \(platform bounds\)/],
    ['an allowance below the platform minimum', 2, { callAllowance: 50 }, 'tiers[2].callAllowance', /PRO tier: .*between 100 and 1,00,00,000/],
    ['trial days on a paid tier', 2, { trialDays: 14 }, 'tiers[2].trialDays', /PRO tier: paid tiers are billed by the month/],
    ['a trial longer than the platform allows', 0, { trialDays: 31 }, 'tiers[0].trialDays', /between 1 and 30 days/],
    ['a zero-day trial', 1, { trialDays: 0 }, 'tiers[1].trialDays', /at least 1 day/],
    ['a price on a free tier', 0, { monthlyPricePaise: 100 }, 'tiers[0].monthlyPricePaise', /ANONYMOUS tier: a free tier has no monthly price/],
    ['no price on a paid tier', 3, { monthlyPricePaise: null }, 'tiers[3].monthlyPricePaise', /ENTERPRISE tier: a paid tier needs a monthly price above zero/],
    ['a zero price on a paid tier', 2, { monthlyPricePaise: 0 }, 'tiers[2].monthlyPricePaise', /above zero/],
    ['a price above the platform maximum', 2, { monthlyPricePaise: 200_000_000 }, 'tiers[2].monthlyPricePaise', /platform bounds/],
    ['a soft limit on a free tier', 1, { limitMode: 'soft' }, 'tiers[1].limitMode', /free tiers have a hard limit/],
    ['an overage price on a free tier', 0, { overagePricePaise: 3 }, 'tiers[0].overagePricePaise', /free tiers have no overage price/],
    ['a soft limit without an overage price', 2, { overagePricePaise: null }, 'tiers[2].overagePricePaise', /soft limit needs an overage price/],
    ['an overage price with a hard limit', 3, { overagePricePaise: 7 }, 'tiers[3].overagePricePaise', /needs limitMode SOFT/],
    ['a zero rate limit', 0, { ratePerSecond: 0 }, 'tiers[0].ratePerSecond', /at least 1 call per second/],
  ])('refuses %s, naming the tier and field', (_what, index, patch, field, message) => {
    const problems = with_(index, patch as Partial<TierInput>);
    expect(problems[0]).toEqual({ field, message: expect.stringMatching(message) });
  });

  it('refuses allowances that decrease from anonymous to enterprise', () => {
    // Equal allowances in neighbouring tiers are fine.
    expect(with_(2, { callAllowance: 100 }, {
      ...DEFAULTS,
      tiers: DEFAULTS.tiers.map((b) => (b.tier === 'pro' ? { ...b, minCallAllowance: 1 } : b)),
    })).toEqual([]);
    const problems = with_(1, { callAllowance: 5 });
    expect(problems).toEqual([
      {
        field: 'tiers[1].callAllowance',
        message: "REGISTERED tier: the call allowance (5) is below the ANONYMOUS tier's (10); allowances never decrease from ANONYMOUS to ENTERPRISE.",
      },
    ]);
  });

  it('refuses rate limits that decrease, treating "none" as unlimited', () => {
    expect(with_(2, { ratePerSecond: 3 })[0]).toEqual({ field: 'tiers[2].ratePerSecond', message: expect.stringContaining("below the REGISTERED tier's (5/s)") });
    // No limit on registered, a limit on pro: pro would be stricter.
    expect(with_(1, { ratePerSecond: null })[0]).toEqual({ field: 'tiers[2].ratePerSecond', message: expect.stringContaining('which has none') });
    // No limit from some tier upwards is fine.
    const open = valid().map((t, i) => (i >= 2 ? { ...t, ratePerSecond: null } : t));
    expect(problemsOf(open)).toEqual([]);
  });

  it('applies a platform maximum rate limit, which then makes a rate limit required', () => {
    const capped: PlatformTierSettings = { ...DEFAULTS, tiers: DEFAULTS.tiers.map((b) => ({ ...b, maxRatePerSecond: 50 })) };
    expect(with_(3, { ratePerSecond: 100 }, capped)[0]).toEqual({ field: 'tiers[3].ratePerSecond', message: expect.stringContaining('at most 50 calls per second') });
    expect(with_(3, { ratePerSecond: null }, capped)[0]!.field).toBe('tiers[3].ratePerSecond');
    expect(with_(3, { ratePerSecond: 50 }, capped)).toEqual([]);
  });

  it('checks feature flags: key, uniqueness, value of the declared type, one type per key across tiers', () => {
    const f = (features: TierInput['features'], index = 1) => with_(index, { features });
    expect(f([{ key: 'Bad Key', type: 'boolean', booleanValue: true }])[0]!.field).toBe('tiers[1].features[0].key');
    expect(f([{ key: 'a', type: 'boolean', booleanValue: true }, { key: 'a', type: 'boolean', booleanValue: false }])[0]!.field).toBe('tiers[1].features[1].key');
    expect(f([{ key: 'a', type: 'number', booleanValue: true }])[0]).toEqual({ field: 'tiers[1].features[0].numberValue', message: expect.stringContaining('is a NUMBER') });
    expect(f([{ key: 'a', type: 'string', stringValue: 'x', numberValue: 1 }])[0]!.field).toBe('tiers[1].features[0].stringValue');
    expect(f([{ key: 'a', type: 'string', stringValue: 'x'.repeat(201) }])[0]!.field).toBe('tiers[1].features[0].stringValue');
    // Numbers the store cannot keep are the partner's to fix, not an INTERNAL error at the write.
    for (const numberValue of [1e20, -(2 ** 53), 1e-200, Infinity]) {
      expect(f([{ key: 'a', type: 'number', numberValue }])[0], String(numberValue)).toEqual({ field: 'tiers[1].features[0].numberValue', message: expect.stringContaining('from -9007199254740991 to 9007199254740991') });
    }
    for (const numberValue of [0, 0.000001, -5, Number.MAX_SAFE_INTEGER]) expect(f([{ key: 'a', type: 'number', numberValue }]), String(numberValue)).toEqual([]);
    expect(f(Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, type: 'boolean' as const, booleanValue: true })))[0]!.field).toBe('tiers[1].features');

    const mixed = valid();
    mixed[0]!.features = [{ key: 'maxWords', type: 'number', numberValue: 100 }];
    mixed[3]!.features = [{ key: 'maxWords', type: 'string', stringValue: 'unlimited' }];
    expect(problemsOf(mixed)).toEqual([
      {
        field: 'tiers[3].features[0].type',
        message: 'ENTERPRISE tier: feature "maxWords" is a STRING here but a NUMBER in the ANONYMOUS tier; a feature has one type in every tier.',
      },
    ]);
    const typed = valid();
    typed[2]!.features = [
      { key: 'priority', type: 'boolean', booleanValue: false },
      { key: 'maxWords', type: 'number', numberValue: 2.5 },
      { key: 'region', type: 'string', stringValue: 'in' },
    ];
    const ok = validateTiers(typed, DEFAULTS);
    expect(ok.ok && ok.tiers[2]!.features).toEqual([
      { key: 'priority', type: 'boolean', value: false },
      { key: 'maxWords', type: 'number', value: 2.5 },
      { key: 'region', type: 'string', value: 'in' },
    ]);
  });

  it('checks highlight lines: at most six, 1 to 80 characters each, trimmed', () => {
    expect(with_(0, { highlights: Array(7).fill('x') })[0]!.field).toBe('tiers[0].highlights');
    expect(with_(0, { highlights: ['ok', '  '] })[0]!.field).toBe('tiers[0].highlights[1]');
    expect(with_(0, { highlights: ['y'.repeat(81)] })[0]!.field).toBe('tiers[0].highlights[0]');
    const trimmed = valid();
    trimmed[0]!.highlights = ['  No sign-up needed  '];
    const ok = validateTiers(trimmed, DEFAULTS);
    expect(ok.ok && ok.tiers[0]!.highlights).toEqual(['No sign-up needed']);
  });

  it("keeps the anonymous tier's guard within platform bounds, defaults it, and refuses it on other tiers", () => {
    const ok = validateTiers(valid(), DEFAULTS);
    expect(ok.ok && ok.tiers[0]).toMatchObject({ tier: 'anonymous', newCallersPerBlockPerDay: 20, refuseBots: true });
    const set = validateTiers([{ ...valid()[0]!, newCallersPerBlockPerDay: 3, refuseBots: false }, ...valid().slice(1)], DEFAULTS);
    expect(set.ok && set.tiers[0]).toMatchObject({ newCallersPerBlockPerDay: 3, refuseBots: false });
    expect(set.ok && set.tiers[2]).not.toHaveProperty('newCallersPerBlockPerDay');
    for (const n of [0, 1001, 2.5]) {
      expect(with_(0, { newCallersPerBlockPerDay: n })).toEqual([
        { field: 'tiers[0].newCallersPerBlockPerDay', message: 'ANONYMOUS tier: new callers per network block and day must be a whole number between 1 and 1,000 (platform bounds).' },
      ]);
    }
    expect(with_(2, { newCallersPerBlockPerDay: 5, refuseBots: true }).map((p) => p.field)).toEqual(['tiers[2].newCallersPerBlockPerDay', 'tiers[2].refuseBots']);
  });

  it('reports every problem at once, in input order', () => {
    const inputs = valid();
    inputs[0] = { ...inputs[0]!, monthlyPricePaise: 5 };
    inputs[3] = { ...inputs[3]!, monthlyPricePaise: null, trialDays: 3 };
    expect(problemsOf(inputs).map((p) => p.field)).toEqual(['tiers[0].monthlyPricePaise', 'tiers[3].monthlyPricePaise', 'tiers[3].trialDays']);
  });
});

describe('validatePlatformSettings', () => {
  const bounds = (): TierBounds[] => DEFAULTS.tiers.map((b) => ({ ...b }));
  const problems = (tiers: TierBounds[]) => {
    const r = validatePlatformSettings(tiers);
    return r.ok ? [] : r.problems;
  };

  it('accepts the defaults and changed bounds that keep defaults valid', () => {
    expect(problems(bounds())).toEqual([]);
    const changed = bounds();
    changed[0]!.defaultCallAllowance = 20;
    changed[0]!.maxRatePerSecond = 15;
    expect(problems(changed)).toEqual([]);
  });

  it('refuses unordered bounds, prices on free tiers, trial days on paid tiers, and decreasing defaults', () => {
    const t = bounds();
    t[0]!.defaultCallAllowance = 5_000; // above its max of 1,000
    expect(problems(t)).toEqual([{ field: 'input.tiers[0].maxCallAllowance', message: expect.stringContaining('ANONYMOUS tier: the maximum call allowance (1,000) is below the default (5,000)') }]);
    const price = bounds();
    price[1]!.defaultMonthlyPricePaise = 100;
    expect(problems(price)[0]!.field).toBe('input.tiers[1].defaultMonthlyPricePaise');
    const trial = bounds();
    trial[3]!.defaultTrialDays = 7;
    expect(problems(trial)[0]!.field).toBe('input.tiers[3].defaultTrialDays');
    const noPrice = bounds();
    noPrice[2]!.minMonthlyPricePaise = null;
    expect(problems(noPrice)[0]!.field).toBe('input.tiers[2].minMonthlyPricePaise');
    const decreasing = bounds();
    decreasing[1]!.defaultCallAllowance = 5;
    expect(problems(decreasing)).toEqual([{ field: 'input.tiers[1].defaultCallAllowance', message: expect.stringContaining('Defaults: REGISTERED tier: the call allowance (5) is below') }]);
    const rate = bounds();
    rate[2]!.maxRatePerSecond = 10; // below its default of 20
    expect(problems(rate)[0]!.field).toBe('input.tiers[2].defaultRatePerSecond');
  });
});
