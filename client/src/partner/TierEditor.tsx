import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { errorMessage } from '../errors';
import type { FieldProblem, TierConfigInput, TierEditor_TierBoundsFragment as Bounds, FeatureFlagType } from '../gql/graphql';
import { formatCount, formatPaise } from '../format/format';
import { Alert } from '../ui/Alert';
import { enumLabel, TierBadge } from '../ui/Badge';
import { SelectField, TextField } from '../ui/Field';
import { TextAreaField } from '../ui/TextAreaField';
import { PriceChangeConfirm, type PriceChange, type PriceChanges } from './PriceChangeNotice';
import {
  draftFromTier,
  hasTierErrors,
  isPaidTier,
  tierErrorsFromProblems,
  tierInputsFromDrafts,
  type TierConfigLike,
  type TierDraft,
  type TierFieldErrors,
  type TierFormErrors,
} from './tier-form';

export const TierEditor_TierConfigFragment = graphql(`
  fragment TierEditor_TierConfig on TierConfig {
    tier
    callAllowance
    trialDays
    ratePerSecond
    monthlyPricePaise
    limitMode
    overagePricePaise
    highlights
    features {
      key
      type
      booleanValue
      numberValue
      stringValue
    }
    newCallersPerBlockPerDay
    refuseBots
  }
`);

export const TierEditor_TierBoundsFragment = graphql(`
  fragment TierEditor_TierBounds on TierBounds {
    tier
    defaultCallAllowance
    minCallAllowance
    maxCallAllowance
    defaultTrialDays
    minTrialDays
    maxTrialDays
    defaultRatePerSecond
    maxRatePerSecond
    defaultMonthlyPricePaise
    minMonthlyPricePaise
    maxMonthlyPricePaise
    defaultNewCallersPerBlockPerDay
    minNewCallersPerBlockPerDay
    maxNewCallersPerBlockPerDay
    defaultRefuseBots
  }
`);

const TierEditor_SetSolutionTiers = graphql(`
  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!, $priceConfirmations: [String!]) {
    setSolutionTiers(solutionId: $solutionId, tiers: $tiers, priceConfirmations: $priceConfirmations) {
      solution {
        id
        tiers {
          ...TierEditor_TierConfig
        }
      }
      problems {
        field
        message
      }
    }
  }
`);

/**
 * Saves all four tiers of a solution at once, with the confirmations of the price changes previewed, and refreshes
 * the history; answers the problems when refused.
 */
export function useSetSolutionTiers(solutionId: string): (tiers: TierConfigInput[], priceConfirmations: string[]) => Promise<readonly FieldProblem[]> {
  const [save] = useMutation(TierEditor_SetSolutionTiers, { refetchQueries: 'active' });
  return async (tiers, priceConfirmations) => {
    const { data } = await save({ variables: { solutionId, tiers, priceConfirmations } });
    return data?.setSolutionTiers.problems ?? [];
  };
}

const FLAG_TYPES: ReadonlyArray<{ value: FeatureFlagType; label: string }> = [
  { value: 'BOOLEAN', label: 'Yes/no' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'STRING', label: 'Text' },
];

const TIER_WHO: Record<string, string> = {
  ANONYMOUS: 'No key, trial',
  REGISTERED: 'Free account, trial',
  PRO: 'Paid, monthly',
  ENTERPRISE: 'Contract, monthly',
};

const noErrors = (): TierFormErrors => ({ tiers: [{}, {}, {}, {}] });

/**
 * The four tiers side by side, saved together. The server checks the rules (platform bounds, each tier at least
 * the one below); every problem it names is shown on its input, and what was typed stays.
 */
export function TierEditor({ tiers, bounds, onSave, disabled, priceChanges }: {
  tiers: readonly TierConfigLike[];
  bounds: readonly Bounds[];
  /** When given, a new price of a paid tier with subscribers is confirmed first (saving it makes billing email them). */
  priceChanges?: PriceChanges | undefined;
  /** Resolves to the server's problems with the tiers (none when saved); with the confirmations of the previews shown. */
  onSave: (tiers: TierConfigInput[], priceConfirmations: string[]) => Promise<readonly FieldProblem[]>;
  /** Why the tiers cannot be edited now, e.g. while in review. */
  disabled?: string | undefined;
}) {
  const [drafts, setDrafts] = useState<TierDraft[]>(() => tiers.map(draftFromTier));
  const [errors, setErrors] = useState<TierFormErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  /** Price changes the partner has been shown and must confirm, with the tiers and confirmations that would be saved. */
  const [pending, setPending] = useState<{ changes: PriceChange[]; tiers: TierConfigInput[]; confirmations: string[] } | null>(null);
  /** Bumped on each failed save, so the summary takes focus again even when the problems are the same. */
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const update = (index: number, change: Partial<TierDraft>) => {
    setSaved(false);
    setDrafts((current) => current.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = tierInputsFromDrafts(drafts, bounds.find((each) => each.tier === 'ANONYMOUS'));
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailures((n) => n + 1);
      return;
    }
    setErrors(noErrors());
    // Every new price is previewed; the server saves it only with its preview's confirmation, shown first when
    // it tells subscribers anything.
    let confirmations: string[] = [];
    if (priceChanges) {
      setSaving(true);
      try {
        const changes = await previewPriceChanges(priceChanges, tiers, checked.tiers);
        confirmations = changes.map((change) => change.confirmation);
        const told = changes.filter((change) => change.subscribers > 0);
        if (told.length) {
          setPending({ changes: told, tiers: checked.tiers, confirmations });
          return;
        }
      } catch (error) {
        setErrors({ ...noErrors(), form: errorMessage(error) });
        setFailures((n) => n + 1);
        return;
      } finally {
        setSaving(false);
      }
    }
    await save(checked.tiers, confirmations);
  }

  /** Saves the tiers; the server records each new price's notices with them, and billing emails the subscribers. */
  async function save(inputs: TierConfigInput[], confirmations: string[]) {
    setSaving(true);
    try {
      const problems = await onSave(inputs, confirmations);
      if (problems.length) {
        setErrors(tierErrorsFromProblems(problems));
        setFailures((n) => n + 1);
      } else {
        setSaved(true);
      }
    } catch (error) {
      setErrors({ ...noErrors(), form: errorMessage(error) });
      setFailures((n) => n + 1);
    } finally {
      setSaving(false);
      setPending(null);
    }
  }

  const problemCount = errors.tiers.reduce((sum, tier) => sum + Object.keys(tier).length, 0);
  return (
    <form className="partner-form" onSubmit={submit} noValidate aria-label="Tiers">
      {disabled && <Alert tone="info">{disabled}</Alert>}
      {hasTierErrors(errors) && (
        // Takes focus after a failed save, so keyboard and screen-reader users start from what went wrong.
        <div ref={summaryRef} tabIndex={-1} className="error-summary">
          <Alert tone="error">
            {errors.form ?? ''}
            {problemCount > 0 &&
              `${errors.form ? ' ' : ''}${problemCount === 1 ? 'One field needs' : `${problemCount} fields need`} attention: see the marked fields below. Nothing was saved.`}
          </Alert>
        </div>
      )}
      <div className="tier-editor-grid">
        {drafts.map((draft, i) => (
          <TierColumn
            key={draft.tier}
            draft={draft}
            bounds={bounds.find((each) => each.tier === draft.tier)}
            errors={errors.tiers[i] ?? {}}
            onChange={(change) => update(i, change)}
            disabled={Boolean(disabled)}
          />
        ))}
      </div>
      {saved && <Alert tone="success">Tiers saved. A published solution uses them within seconds.</Alert>}
      {pending ? (
        <PriceChangeConfirm changes={pending.changes} busy={saving} onConfirm={() => void save(pending.tiers, pending.confirmations)} onCancel={() => setPending(null)} />
      ) : (
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving || Boolean(disabled)}>
            {saving ? 'Saving…' : 'Save all tiers'}
          </button>
        </div>
      )}
    </form>
  );
}

/** The previews of the paid tiers whose price the save changes. */
async function previewPriceChanges(api: PriceChanges, before: readonly TierConfigLike[], after: readonly TierConfigInput[]): Promise<PriceChange[]> {
  const changes: PriceChange[] = [];
  for (const input of after) {
    const was = before.find((tier) => tier.tier === input.tier)?.monthlyPricePaise ?? null;
    if (!isPaidTier(input.tier) || input.monthlyPricePaise == null || was === null || was === input.monthlyPricePaise) continue;
    changes.push(await api.preview(input.tier, input.monthlyPricePaise));
  }
  return changes;
}

function range(min: number | null | undefined, max: number | null | undefined, unit: (n: number) => string): string {
  if (min != null && max != null) return `${unit(min)} – ${unit(max)}`;
  if (max != null) return `up to ${unit(max)}`;
  if (min != null) return `at least ${unit(min)}`;
  return 'any';
}

function TierColumn({ draft, bounds, errors, onChange, disabled }: {
  draft: TierDraft;
  bounds: Bounds | undefined;
  errors: TierFieldErrors;
  onChange: (change: Partial<TierDraft>) => void;
  disabled: boolean;
}) {
  const paid = isPaidTier(draft.tier);
  const count = (n: number) => formatCount(n);
  return (
    <fieldset className="tier-editor-card" disabled={disabled} aria-label={`${enumLabel(draft.tier)} tier`}>
      <legend>
        <TierBadge tier={draft.tier} />
      </legend>
      <p className="tier-who tier-editor-who">{TIER_WHO[draft.tier]}</p>
      {errors['tier'] && <p className="field-error" role="alert">{errors['tier']}</p>}
      <TextField
        label="Call allowance"
        inputMode="numeric"
        value={draft.callAllowance}
        onChange={(event) => onChange({ callAllowance: event.target.value })}
        hint={
          bounds
            ? `${paid ? 'Per month' : 'Per trial'}. Platform: ${range(bounds.minCallAllowance, bounds.maxCallAllowance, count)}; default ${count(bounds.defaultCallAllowance)}.`
            : paid ? 'Calls per month.' : 'Calls per trial.'
        }
        error={errors['callAllowance']}
      />
      {!paid && (
        <TextField
          label="Trial days"
          inputMode="numeric"
          value={draft.trialDays}
          onChange={(event) => onChange({ trialDays: event.target.value })}
          hint={
            bounds
              ? `From the first call. Platform: ${range(bounds.minTrialDays, bounds.maxTrialDays, String)} days${bounds.defaultTrialDays != null ? `; empty = ${bounds.defaultTrialDays}` : ''}.`
              : 'From the first call.'
          }
          error={errors['trialDays']}
        />
      )}
      <TextField
        label="Calls per second"
        inputMode="numeric"
        value={draft.ratePerSecond}
        onChange={(event) => onChange({ ratePerSecond: event.target.value })}
        hint={
          bounds?.maxRatePerSecond != null
            ? `Platform: at most ${count(bounds.maxRatePerSecond)}.`
            : 'Empty: no per-second limit.'
        }
        error={errors['ratePerSecond']}
      />
      {paid && (
        <>
          <TextField
            label="Monthly price (₹)"
            inputMode="decimal"
            value={draft.monthlyPrice}
            onChange={(event) => onChange({ monthlyPrice: event.target.value })}
            hint={
              bounds
                ? `Platform: ${range(bounds.minMonthlyPricePaise, bounds.maxMonthlyPricePaise, (n) => formatPaise(n))}.`
                : 'In rupees, e.g. 999 or 999.50.'
            }
            error={errors['monthlyPricePaise']}
          />
          <SelectField
            label="At the allowance"
            value={draft.limitMode}
            onChange={(event) => onChange({ limitMode: event.target.value === 'SOFT' ? 'SOFT' : 'HARD' })}
            options={[
              { value: 'HARD', label: 'Hard: refuse' },
              { value: 'SOFT', label: 'Soft: charge' },
            ]}
            hint={draft.limitMode === 'SOFT' ? 'Calls beyond the allowance are charged per call.' : 'Calls beyond the allowance are refused.'}
            error={errors['limitMode']}
          />
          {draft.limitMode === 'SOFT' && (
            <TextField
              label="Overage price per call (₹)"
              inputMode="decimal"
              value={draft.overagePrice}
              onChange={(event) => onChange({ overagePrice: event.target.value })}
              hint="e.g. 0.05 for 5 paise a call."
              error={errors['overagePricePaise']}
            />
          )}
        </>
      )}
      {!paid && errors['limitMode'] && <p className="field-error" role="alert">{errors['limitMode']}</p>}
      {!paid && errors['monthlyPricePaise'] && <p className="field-error" role="alert">{errors['monthlyPricePaise']}</p>}
      {draft.tier === 'ANONYMOUS' && <AnonymousGuard draft={draft} bounds={bounds} errors={errors} onChange={onChange} />}
      <TextAreaField
        label="Highlights"
        rows={4}
        value={draft.highlights}
        onChange={(event) => onChange({ highlights: event.target.value })}
        hint="One per line; up to 6 lines of 80 characters."
        error={errors['highlights']}
      />
      <FeatureFlags draft={draft} errors={errors} onChange={onChange} />
    </fieldset>
  );
}

/** The anonymous tier's protection against trial farming: a cap per network block and day, and bot refusal. */
function AnonymousGuard({ draft, bounds, errors, onChange }: {
  draft: TierDraft;
  bounds: Bounds | undefined;
  errors: TierFieldErrors;
  onChange: (change: Partial<TierDraft>) => void;
}) {
  return (
    <>
      <TextField
        label="New callers per network per day"
        inputMode="numeric"
        value={draft.newCallersPerBlockPerDay}
        onChange={(event) => onChange({ newCallersPerBlockPerDay: event.target.value })}
        hint={`Anonymous callers admitted per network block (IPv4 /24, IPv6 /48) and day; more get BOT_SUSPECTED.${
          bounds?.maxNewCallersPerBlockPerDay != null
            ? ` Platform: ${range(bounds.minNewCallersPerBlockPerDay, bounds.maxNewCallersPerBlockPerDay, formatCount)}; default ${formatCount(bounds.defaultNewCallersPerBlockPerDay ?? 0)}.`
            : ''
        }`}
        error={errors['newCallersPerBlockPerDay']}
      />
      <SelectField
        label="Automated callers"
        value={draft.refuseBots ? 'refuse' : 'allow'}
        options={[
          // Short: the select is a quarter of the editor wide, and a longer option was cut off. The hint says who.
          { value: 'refuse', label: 'Refuse them' },
          { value: 'allow', label: 'Allow them' },
        ]}
        onChange={(event) => onChange({ refuseBots: event.target.value === 'refuse' })}
        hint="Callers with an empty or a bot's user agent. Refused ones get BOT_SUSPECTED with the reason."
        error={errors['refuseBots']}
      />
    </>
  );
}

function FeatureFlags({ draft, errors, onChange }: {
  draft: TierDraft;
  errors: TierFieldErrors;
  onChange: (change: Partial<TierDraft>) => void;
}) {
  const setFlag = (index: number, change: Partial<TierDraft['features'][number]>) =>
    onChange({ features: draft.features.map((flag, i) => (i === index ? { ...flag, ...change } : flag)) });
  return (
    <div className="flag-list">
      <p className="flag-list-title">Feature flags</p>
      {errors['features'] && <p className="field-error" role="alert">{errors['features']}</p>}
      {draft.features.length === 0 && <p className="field-hint">None.</p>}
      {draft.features.map((flag, j) => (
        <div className="flag-row" key={j} role="group" aria-label={`Feature flag ${j + 1}`}>
          <TextField
            label="Key"
            value={flag.key}
            placeholder="e.g. batch.size"
            onChange={(event) => setFlag(j, { key: event.target.value })}
            error={errors[`features[${j}].key`]}
          />
          <SelectField
            label="Type"
            value={flag.type}
            options={FLAG_TYPES}
            onChange={(event) => {
              const type = event.target.value as FeatureFlagType;
              setFlag(j, { type, value: type === 'BOOLEAN' ? 'true' : '' });
            }}
            error={errors[`features[${j}].type`]}
          />
          {flag.type === 'BOOLEAN' ? (
            <SelectField
              label="Value"
              value={flag.value === 'true' ? 'true' : 'false'}
              options={[
                { value: 'true', label: 'Yes' },
                { value: 'false', label: 'No' },
              ]}
              onChange={(event) => setFlag(j, { value: event.target.value })}
              error={errors[`features[${j}].value`]}
            />
          ) : (
            <TextField
              label="Value"
              inputMode={flag.type === 'NUMBER' ? 'decimal' : undefined}
              value={flag.value}
              onChange={(event) => setFlag(j, { value: event.target.value })}
              error={errors[`features[${j}].value`]}
            />
          )}
          <button
            type="button"
            className="button button-small button-secondary flag-remove"
            onClick={() => onChange({ features: draft.features.filter((_, i) => i !== j) })}
          >
            Remove<span className="visually-hidden"> feature flag {j + 1}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => onChange({ features: [...draft.features, { key: '', type: 'BOOLEAN', value: 'true' }] })}
      >
        Add feature flag
      </button>
    </div>
  );
}
