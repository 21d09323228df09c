// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TierConfigInput } from '../gql/graphql';
import { tierChangeSummary } from './tier-history';
import { TierEditor } from './TierEditor';
import { priceChangeSentence } from './PriceChangeNotice';
import { paiseToRupees, rupeesToPaise } from '../format/format';
import { fieldKey, tierErrorsFromProblems, type TierConfigLike } from './tier-form';

afterEach(cleanup);

const free = (tier: 'ANONYMOUS' | 'REGISTERED', callAllowance: number): TierConfigLike => ({
  tier,
  callAllowance,
  trialDays: 14,
  ratePerSecond: 1,
  monthlyPricePaise: null,
  limitMode: 'HARD',
  overagePricePaise: null,
  highlights: [],
  features: [],
});

const TIERS: TierConfigLike[] = [
  // A guard away from the platform defaults (20, refuse), so a save that dropped it would show.
  { ...free('ANONYMOUS', 50), newCallersPerBlockPerDay: 5, refuseBots: false },
  free('REGISTERED', 500),
  { tier: 'PRO', callAllowance: 10_000, trialDays: null, ratePerSecond: 10, monthlyPricePaise: 99_900, limitMode: 'SOFT', overagePricePaise: 5, highlights: ['Email support'], features: [] },
  {
    tier: 'ENTERPRISE',
    callAllowance: 1_000_000,
    trialDays: null,
    ratePerSecond: null,
    monthlyPricePaise: 4_999_950,
    limitMode: 'HARD',
    overagePricePaise: null,
    highlights: [],
    features: [{ key: 'sla', type: 'BOOLEAN', booleanValue: true }],
  },
];

const failed = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) => new CombinedGraphQLErrors({ errors });

const tier = (name: string) => screen.getByRole('group', { name: `${name} tier` });

describe('₹ ↔ paise', () => {
  it('reads rupees from the digits, never through a float', () => {
    expect(rupeesToPaise('999')).toBe(99_900);
    expect(rupeesToPaise('999.5')).toBe(99_950);
    expect(rupeesToPaise('0.29')).toBe(29);
    expect(rupeesToPaise('0.05')).toBe(5);
    expect(rupeesToPaise(' ₹1,499.50 ')).toBe(149_950);
    expect(rupeesToPaise('')).toBeNull();
    expect(rupeesToPaise('1.234')).toBeUndefined();
    expect(rupeesToPaise('-5')).toBeUndefined();
    expect(rupeesToPaise('ten')).toBeUndefined();
  });
  it('shows paise as rupees, with two decimals only when there are any', () => {
    expect(paiseToRupees(99_900)).toBe('999');
    expect(paiseToRupees(99_950)).toBe('999.50');
    expect(paiseToRupees(5)).toBe('0.05');
    expect(paiseToRupees(null)).toBe('');
  });
});

describe('tierErrorsFromProblems', () => {
  it('puts every problem on the tier and field it names, the rest in the form', () => {
    const errors = tierErrorsFromProblems([
      { field: 'tiers[0].callAllowance', message: 'Anonymous tier: too many.' },
      { field: 'tiers[2].monthlyPricePaise', message: 'Pro tier: too cheap.' },
      { field: 'tiers[3].features[0].booleanValue', message: 'Enterprise tier: needs a value.' },
      { field: 'tiers[1].highlights[2]', message: 'Registered tier: too long.' },
      { field: 'tiers', message: 'Give all four tiers.' },
    ]);
    expect(errors.tiers).toEqual([
      { callAllowance: 'Anonymous tier: too many.' },
      { highlights: 'Registered tier: too long.' },
      { monthlyPricePaise: 'Pro tier: too cheap.' },
      { 'features[0].value': 'Enterprise tier: needs a value.' },
    ]);
    expect(errors.form).toBe('Give all four tiers.');
  });
  it('maps the server’s field names onto the editor’s inputs', () => {
    expect(fieldKey('features[3].type')).toBe('features[3].type');
    expect(fieldKey('features[3].stringValue')).toBe('features[3].value');
  });
});

describe('TierEditor', () => {
  it('shows the saved tiers in rupees and sends all four in paise', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[]) => []);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} />);
    const pro = within(tier('Pro'));
    expect((pro.getByLabelText('Monthly price (₹)') as HTMLInputElement).value).toBe('999');
    expect((pro.getByLabelText('Overage price per call (₹)') as HTMLInputElement).value).toBe('0.05');
    expect((within(tier('Enterprise')).getByLabelText('Monthly price (₹)') as HTMLInputElement).value).toBe('49999.50');

    fireEvent.change(pro.getByLabelText('Monthly price (₹)'), { target: { value: '1,499.5' } });
    fireEvent.change(within(tier('Anonymous')).getByLabelText('Calls per second'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));

    await screen.findByText(/Tiers saved/);
    const sent = onSave.mock.calls[0]![0];
    expect(sent.map((each) => each.tier)).toEqual(['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE']);
    expect(sent[0]).toMatchObject({ callAllowance: 50, trialDays: 14, ratePerSecond: null });
    expect(sent[0]).not.toHaveProperty('monthlyPricePaise');
    expect(sent[2]).toMatchObject({ monthlyPricePaise: 149_950, limitMode: 'SOFT', overagePricePaise: 5, highlights: ['Email support'] });
    expect(sent[3]).toMatchObject({ monthlyPricePaise: 4_999_950, limitMode: 'HARD', features: [{ key: 'sla', type: 'BOOLEAN', booleanValue: true }] });
    expect(sent[3]).not.toHaveProperty('overagePricePaise');
  });

  it('keeps the anonymous guard on save, and sends it only with the ANONYMOUS tier', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[]) => []);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} />);
    const anonymous = within(tier('Anonymous'));
    expect((anonymous.getByLabelText('New callers per network per day') as HTMLInputElement).value).toBe('5');
    const bots = anonymous.getByLabelText('Automated callers') as HTMLSelectElement;
    expect(bots.value).toBe('allow');
    // Options short enough for the narrow card (a longer one was cut off at 1280 px); the hint says who they are.
    expect([...bots.options].map((option) => option.text)).toEqual(['Refuse them', 'Allow them']);
    expect(anonymous.getByText(/Callers with an empty or a bot's user agent/)).toBeTruthy();
    expect(within(tier('Registered')).queryByLabelText('New callers per network per day')).toBeNull();
    fireEvent.change(within(tier('Pro')).getByLabelText('Call allowance'), { target: { value: '20000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));

    await screen.findByText(/Tiers saved/);
    const sent = onSave.mock.calls[0]![0];
    expect(sent[0]).toMatchObject({ tier: 'ANONYMOUS', newCallersPerBlockPerDay: 5, refuseBots: false });
    for (const other of sent.slice(1)) {
      expect(other).not.toHaveProperty('newCallersPerBlockPerDay');
      expect(other).not.toHaveProperty('refuseBots');
    }
  });

  it('edits the guard, checks it against the platform bounds and reports every problem at once', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[]) => []);
    const anonymousBounds = {
      tier: 'ANONYMOUS' as const,
      defaultCallAllowance: 10,
      minCallAllowance: 1,
      maxCallAllowance: 1000,
      defaultNewCallersPerBlockPerDay: 20,
      minNewCallersPerBlockPerDay: 1,
      maxNewCallersPerBlockPerDay: 1000,
      defaultRefuseBots: true,
    };
    render(<TierEditor tiers={TIERS} bounds={[anonymousBounds]} onSave={onSave} />);
    const anonymous = within(tier('Anonymous'));
    expect(anonymous.getByText(/Platform: 1 – 1,000; default 20/)).toBeTruthy();
    fireEvent.change(anonymous.getByLabelText('New callers per network per day'), { target: { value: '5000' } });
    fireEvent.change(within(tier('Pro')).getByLabelText('Call allowance'), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(anonymous.getByText('Platform bounds: 1 – 1,000.')).toBeTruthy();
    expect(within(tier('Pro')).getByText('Enter a whole number.')).toBeTruthy();
    expect(screen.getByText(/2 fields need attention/)).toBeTruthy();

    fireEvent.change(anonymous.getByLabelText('New callers per network per day'), { target: { value: '40' } });
    fireEvent.change(anonymous.getByLabelText('Automated callers'), { target: { value: 'refuse' } });
    fireEvent.change(within(tier('Pro')).getByLabelText('Call allowance'), { target: { value: '10000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    await screen.findByText(/Tiers saved/);
    expect(onSave.mock.calls[0]![0][0]).toMatchObject({ newCallersPerBlockPerDay: 40, refuseBots: true });
  });

  it('shows the server’s guard problem on its field', async () => {
    const onSave = vi.fn(async () => [{ field: 'tiers[0].newCallersPerBlockPerDay', message: 'Anonymous tier: new callers per network block and day must be a whole number between 1 and 1,000 (platform bounds).' }]);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    expect(await within(tier('Anonymous')).findByText(/between 1 and 1,000/)).toBeTruthy();
    expect(within(tier('Anonymous')).getByLabelText('New callers per network per day').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows each server problem on the field it names and keeps what was typed', async () => {
    const onSave = vi.fn(async () => [
      { field: 'tiers[1].callAllowance', message: 'Registered tier: must be at least the Anonymous tier’s.' },
      { field: 'tiers[2].monthlyPricePaise', message: 'Pro tier: the monthly price must be between 100 and 10,00,000 paise.' },
    ]);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} />);
    const price = within(tier('Pro')).getByLabelText('Monthly price (₹)') as HTMLInputElement;
    fireEvent.change(price, { target: { value: '0.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));

    expect(await within(tier('Pro')).findByText(/monthly price must be between/)).toBeTruthy();
    expect(price.getAttribute('aria-invalid')).toBe('true');
    expect(price.getAttribute('aria-describedby')).toContain('-error');
    expect(price.value).toBe('0.50');
    const registered = within(tier('Registered')).getByLabelText('Call allowance');
    expect(registered.getAttribute('aria-invalid')).toBe('true');
    expect(within(tier('Registered')).getByText(/at least the Anonymous/)).toBeTruthy();
    expect(within(tier('Anonymous')).getByLabelText('Call allowance').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText(/2 fields need attention/)).toBeTruthy();
    expect(screen.queryByText(/Tiers saved/)).toBeNull();
    // The summary takes focus after the failed save, and again after a second one with the same problems.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/2 fields need attention/));
    price.focus();
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/2 fields need attention/));
  });

  it('explains an error that names no tier (a solution in review, a network failure) above the form', async () => {
    const onSave = vi.fn(async () => Promise.reject(failed({ message: 'A solution in review cannot be edited.', extensions: { code: 'BAD_USER_INPUT', field: 'solutionId' } })));
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    expect(await screen.findByText(/A solution in review cannot be edited/)).toBeTruthy();
    cleanup();
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={async () => Promise.reject(new TypeError('Failed to fetch'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    expect(await screen.findByText(/The marketplace is not reachable right now/)).toBeTruthy();
  });

  it('catches text that is not a number before sending', () => {
    const onSave = vi.fn(async () => []);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} />);
    fireEvent.change(within(tier('Pro')).getByLabelText('Call allowance'), { target: { value: 'lots' } });
    fireEvent.change(within(tier('Enterprise')).getByLabelText('Monthly price (₹)'), { target: { value: '12.345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(within(tier('Pro')).getByText('Enter a whole number.')).toBeTruthy();
    expect(within(tier('Enterprise')).getByText(/at most two decimals/)).toBeTruthy();
  });

  it('shows the platform bounds as hints', () => {
    render(
      <TierEditor
        tiers={TIERS}
        bounds={[
          {
            tier: 'PRO',
            defaultCallAllowance: 10_000,
            minCallAllowance: 1_000,
            maxCallAllowance: 1_00_000,
            defaultTrialDays: null,
            minTrialDays: null,
            maxTrialDays: null,
            defaultRatePerSecond: 10,
            maxRatePerSecond: 50,
            defaultMonthlyPricePaise: 99_900,
            minMonthlyPricePaise: 10_000,
            maxMonthlyPricePaise: 10_00_000,
          },
        ]}
        onSave={async () => []}
      />,
    );
    const pro = within(tier('Pro'));
    expect(pro.getByText(/Platform: 1,000 – 1,00,000; default 10,000/)).toBeTruthy();
    expect(pro.getByText('Platform: ₹100 – ₹10,000.')).toBeTruthy();
    expect(pro.getByText('Platform: at most 50.')).toBeTruthy();
  });
});

describe('tierChangeSummary', () => {
  it('lists what changed per tier', () => {
    const before = { tiers: [{ tier: 'PRO', callAllowance: 10_000, monthlyPricePaise: 99_900, limitMode: 'HARD', features: [], highlights: [] }] };
    const after = { tiers: [{ tier: 'PRO', callAllowance: 20_000, monthlyPricePaise: 149_900, limitMode: 'HARD', features: [], highlights: ['New'] }] };
    expect(tierChangeSummary(before, after)).toEqual([
      'Pro: allowance 10,000 calls → 20,000 calls; price ₹999/month → ₹1,499/month; highlights changed',
    ]);
  });
});

describe('a new price for a paid tier with subscribers', () => {
  const previewing = (subscribers: number, reach = { now: subscribers, whenActiveAgain: 0, ifResumed: 0, whenStarted: 0 }) => ({
    preview: vi.fn(async (tier: 'PRO' | 'ENTERPRISE' | 'ANONYMOUS' | 'REGISTERED', newPricePaise: number) => ({
      tier,
      subscribers,
      reach,
      currentPricePaise: 99_900,
      newPricePaise,
      effectiveAt: '2026-05-01T10:00:00.000Z',
      confirmation: `seal-of-${tier}-${newPricePaise}`,
    })),
  });

  it('shows who keeps what until when before saving, and saves only once confirmed, with the preview’s confirmation (the server then tells them)', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[], _confirmations: string[]) => []);
    const priceChanges = previewing(3);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} priceChanges={priceChanges} />);
    fireEvent.change(within(tier('Pro')).getByLabelText('Monthly price (₹)'), { target: { value: '1,499' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    const confirm = await screen.findByRole('group', { name: 'Confirm the price change' });
    expect(confirm.textContent).toMatch(/3 current subscribers keep ₹999 until .*2026, then pay ₹1,499; they are emailed today\./);
    expect(priceChanges.preview).toHaveBeenCalledTimes(1);
    expect(priceChanges.preview).toHaveBeenCalledWith('PRO', 149_900);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Confirm and save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].find((t) => t.tier === 'PRO')!.monthlyPricePaise).toBe(149_900);
    expect(onSave.mock.calls[0]![1]).toEqual(['seal-of-PRO-149900']);
    expect(await screen.findByText(/Tiers saved/)).toBeTruthy();
  });

  it('counts those told later too (past due, halted or paused, ending, starting later), so the partner confirms everyone it reaches', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[], _confirmations: string[]) => []);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} priceChanges={previewing(7, { now: 3, whenActiveAgain: 2, ifResumed: 1, whenStarted: 1 })} />);
    fireEvent.change(within(tier('Pro')).getByLabelText('Monthly price (₹)'), { target: { value: '1,499' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    const confirm = await screen.findByRole('group', { name: 'Confirm the price change' });
    expect(confirm.textContent).toMatch(/Pro: 7 subscribers in all\. 3 current subscribers keep ₹999 until .*2026, then pay ₹1,499; they are emailed today\./);
    expect(confirm.textContent).toMatch(/2 past due, halted or paused subscribers are emailed once they pay or resume, and pay the new price 30 days after that at the earliest\./);
    expect(confirm.textContent).toMatch(/1 subscriber ending at the period end is emailed only if they resume\. 1 subscription starting later is told when it starts\./);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says of a decrease that the past due, halted or paused emailed today pay it once active again, and names no old price some do not pay', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[], _confirmations: string[]) => []);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} priceChanges={previewing(3)} />);
    fireEvent.change(within(tier('Pro')).getByLabelText('Monthly price (₹)'), { target: { value: '799' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    const confirm = await screen.findByRole('group', { name: 'Confirm the price change' });
    expect(confirm.textContent).toContain(
      'Pro: 3 current subscribers keep their price until 1 May 2026, then pay ₹799 (those past due, halted or paused: from when they are active again, should that be later); they are emailed today.',
    );
    expect(confirm.textContent).not.toContain('₹999');
  });

  it('writes one subscriber told today in the singular, of an increase and of a decrease', () => {
    const change = { tier: 'PRO' as const, subscribers: 1, reach: { now: 1, whenActiveAgain: 0, ifResumed: 0, whenStarted: 0 }, currentPricePaise: 99_900, effectiveAt: '2026-05-01T10:00:00.000Z', confirmation: 'seal' };
    expect(priceChangeSentence({ ...change, newPricePaise: 149_900 })).toBe('Pro: 1 current subscriber keeps ₹999 until 1 May 2026, then pays ₹1,499; they are emailed today.');
    expect(priceChangeSentence({ ...change, newPricePaise: 79_900 })).toBe(
      'Pro: 1 current subscriber keeps their price until 1 May 2026, then pays ₹799 (if past due, halted or paused: from when they are active again, should that be later); they are emailed today.',
    );
  });

  it('names every state billing holds an increase for (past due, halted, paused) in the sentence of those told later', () => {
    const change = { tier: 'PRO' as const, subscribers: 1, reach: { now: 0, whenActiveAgain: 1, ifResumed: 0, whenStarted: 0 }, currentPricePaise: 99_900, newPricePaise: 149_900, effectiveAt: '2026-05-01T10:00:00.000Z', confirmation: 'seal' };
    expect(priceChangeSentence(change)).toBe('Pro: 1 past due, halted or paused subscriber is emailed once they pay or resume, and pay the new price 30 days after that at the earliest.');
    expect(priceChangeSentence({ ...change, subscribers: 4, reach: { ...change.reach, whenActiveAgain: 4 } })).toBe(
      'Pro: 4 past due, halted or paused subscribers are emailed once they pay or resume, and pay the new price 30 days after that at the earliest.',
    );
  });

  it('confirms a new price that reaches only subscribers told later', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[], _confirmations: string[]) => []);
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} priceChanges={previewing(1, { now: 0, whenActiveAgain: 1, ifResumed: 0, whenStarted: 0 })} />);
    fireEvent.change(within(tier('Pro')).getByLabelText('Monthly price (₹)'), { target: { value: '1,499' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    const confirm = await screen.findByRole('group', { name: 'Confirm the price change' });
    expect(confirm.textContent).toMatch(/^Pro: 1 past due, halted or paused subscriber is emailed once they pay or resume/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a new price nobody subscribes to at once, still with its preview’s confirmation; a stale one is shown as the server said', async () => {
    const onSave = vi.fn(async (_tiers: TierConfigInput[], _confirmations: string[]) =>
      Promise.reject(failed({ message: "PRO's price changed after the preview (now 119900 paise): preview the change again.", extensions: { code: 'CONFLICT', field: 'priceConfirmations[0]' } })),
    );
    render(<TierEditor tiers={TIERS} bounds={[]} onSave={onSave} priceChanges={previewing(0)} />);
    fireEvent.change(within(tier('Pro')).getByLabelText('Monthly price (₹)'), { target: { value: '1,499' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all tiers' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('group', { name: 'Confirm the price change' })).toBeNull();
    expect(onSave.mock.calls[0]![1]).toEqual(['seal-of-PRO-149900']);
    expect((await screen.findByRole('alert')).textContent).toMatch(/preview the change again/);
  });
});
