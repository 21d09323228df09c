import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../errors';
import { formatCount, formatDate, formatPaise } from '../format/format';
import { graphql } from '../gql';
import type { Tier, TierSettingsPage_QueryQuery } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { enumLabel, TierBadge } from '../ui/Badge';
import { Empty, ErrorState, Loading } from '../ui/States';
import { appendPage, LoadMoreButton } from '../ui/LoadMoreButton';
import {
  boundInputId,
  summaryOf,
  isFree,
  isPrice,
  noErrors,
  serverErrors,
  toDraft,
  toInput,
  type BoundField,
  type DraftErrors,
  type TierDraft,
} from './tier-settings-form';

const TierSettingsPage_Query = graphql(`
  query TierSettingsPage_Query {
    platformTierSettings {
      currency
      updatedAt
      updatedBy
      tiers {
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
    }
  }
`);

const TierSettingsPage_History = graphql(`
  query TierSettingsPage_History($first: Int, $after: String) {
    platformTierSettingsHistory(first: $first, after: $after) {
      nodes {
        id
        actorId
        action
        before
        after
        reason
        at
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const TierSettingsPage_Update = graphql(`
  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {
    updatePlatformTierSettings(input: $input) {
      settings {
        updatedAt
        updatedBy
        tiers {
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
        }
      }
      problems {
        field
        message
      }
    }
  }
`);

type Settings = TierSettingsPage_QueryQuery['platformTierSettings'];

/** `/admin/tiers`: the defaults and bounds partners configure tiers within, and every change of them. */
export default function TierSettingsPage() {
  const { data, loading, error, refetch } = useQuery(TierSettingsPage_Query, { fetchPolicy: 'cache-and-network' });
  return (
    <main className="page">
      <title>Tier settings · Admin · Marketplace</title>
      <div className="page-header">
        <h1>Platform tier settings</h1>
        <p className="lead">Defaults for new solutions, and the bounds every solution’s tiers must stay within. Prices in ₹.</p>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        loading ? <Loading label="Loading the settings…" /> : null
      ) : (
        <TierSettingsForm key={data.platformTierSettings.updatedAt ?? 'defaults'} settings={data.platformTierSettings} />
      )}
      <TierSettingsHistory />
    </main>
  );
}

function TierSettingsForm({ settings }: { settings: Settings }) {
  const [drafts, setDrafts] = useState<TierDraft[]>(() => settings.tiers.map(toDraft));
  const [errors, setErrors] = useState<DraftErrors>(noErrors);
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  /** Bumped on each failed save, so the summary takes focus again even when the problems are the same. */
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [update, { loading: saving }] = useMutation(TierSettingsPage_Update, { refetchQueries: ['TierSettingsPage_History'] });
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const change = (tier: Tier, field: BoundField, value: string) => {
    setSaved(false);
    setDrafts((current) => current.map((draft) => (draft.tier === tier ? { ...draft, [field]: value } : draft)));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    setSaved(false);
    const input = toInput(drafts);
    if (!input.ok) {
      setErrors(input.errors);
      setFailures((n) => n + 1);
      return;
    }
    setErrors(noErrors());
    try {
      const { data: result } = await update({ variables: { input: { tiers: input.tiers } } });
      const problems = result?.updatePlatformTierSettings.problems ?? [];
      if (problems.length === 0) return setSaved(true);
      const mapped = serverErrors(problems, input.tiers.map((each) => each.tier));
      setErrors(mapped.fields);
      setFormError(mapped.form);
      setFailures((n) => n + 1);
    } catch (failure) {
      setFormError(errorMessage(failure));
      setFailures((n) => n + 1);
    }
  }

  const summary = summaryOf(errors, drafts.map((draft) => draft.tier));
  const count = summary.length + (formError ? 1 : 0);
  return (
    <form className="admin-tier-form" onSubmit={submit} noValidate>
      {count > 0 && (
        <div className="notice notice-error error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="tier-errors-heading">
          <h2 id="tier-errors-heading">{count === 1 ? 'There is 1 problem; nothing was saved' : `There are ${count} problems; nothing was saved`}</h2>
          <ul>
            {summary.map(({ tier, field, message }) => (
              <li key={`${tier}.${field}`}>
                <a href={`#${boundInputId(tier, field)}`}>
                  {enumLabel(tier)}: {message}
                </a>
              </li>
            ))}
            {formError && <li>{formError}</li>}
          </ul>
        </div>
      )}
      <p className="admin-muted">
        {settings.updatedAt ? `Last changed ${formatDate(settings.updatedAt)}.` : 'The built-in defaults apply; nobody has changed them yet.'}
      </p>
      <div className="admin-tier-grid">
        {drafts.map((draft) => (
          <fieldset key={draft.tier} className="admin-tier-card">
            <legend>
              <TierBadge tier={draft.tier} /> <span className="visually-hidden">tier</span>
            </legend>
            <BoundGroup title="Call allowance" hint={isFree(draft.tier) ? 'Calls per trial.' : 'Calls per month.'} draft={draft} errors={errors} fields={['defaultCallAllowance', 'minCallAllowance', 'maxCallAllowance']} onChange={change} />
            {isFree(draft.tier) && (
              <BoundGroup title="Trial days" draft={draft} errors={errors} fields={['defaultTrialDays', 'minTrialDays', 'maxTrialDays']} onChange={change} />
            )}
            <BoundGroup title="Calls per second" hint="Max empty: no platform bound." draft={draft} errors={errors} fields={['defaultRatePerSecond', 'maxRatePerSecond']} onChange={change} />
            {!isFree(draft.tier) && (
              <BoundGroup title="Monthly price (₹)" draft={draft} errors={errors} fields={['defaultMonthlyPricePaise', 'minMonthlyPricePaise', 'maxMonthlyPricePaise']} onChange={change} />
            )}
            <AnonymousGuardBounds bounds={settings.tiers.find((t) => t.tier === draft.tier)} />
          </fieldset>
        ))}
      </div>
      <div className="admin-tier-submit" aria-live="polite">
        {saved && <Alert tone="success">Saved. New solutions start from these defaults; existing tiers must fit the bounds at their next change.</Alert>}
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : 'Save tier settings'}
        </button>
      </div>
    </form>
  );
}

/** The anonymous guard's bounds: fixed by the quota contract, shown so admins know what partners may set. */
function AnonymousGuardBounds({ bounds }: { bounds: TierSettingsPage_QueryQuery['platformTierSettings']['tiers'][number] | undefined }) {
  if (bounds?.maxNewCallersPerBlockPerDay == null) return null;
  return (
    <p className="admin-muted">
      Trial-farming guard (fixed by the platform; partners choose within it): new callers per network per day{' '}
      {formatCount(bounds.minNewCallersPerBlockPerDay ?? 1)} – {formatCount(bounds.maxNewCallersPerBlockPerDay)}, default{' '}
      {formatCount(bounds.defaultNewCallersPerBlockPerDay ?? 0)}; empty and bot user agents {bounds.defaultRefuseBots ? 'refused' : 'allowed'} by default.
    </p>
  );
}

const LABELS: Record<string, string> = { default: 'Default', min: 'Min', max: 'Max' };

function BoundGroup({ title, hint, draft, errors, fields, onChange }: {
  title: string;
  hint?: string;
  draft: TierDraft;
  errors: DraftErrors;
  fields: BoundField[];
  onChange: (tier: Tier, field: BoundField, value: string) => void;
}) {
  const tierErrors = errors[draft.tier];
  return (
    <fieldset className="admin-bounds">
      <legend>
        {title}
        <span className="visually-hidden"> ({enumLabel(draft.tier)})</span>
      </legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="admin-bounds-row">
        {fields.map((field) => {
          const error = tierErrors[field];
          const inputId = boundInputId(draft.tier, field);
          return (
            <div className="field" key={field}>
              <label htmlFor={inputId}>
                {LABELS[/^(default|min|max)/.exec(field)?.[1] ?? ''] ?? field}
                <span className="visually-hidden">
                  {' '}
                  {title.toLowerCase()} ({enumLabel(draft.tier)})
                </span>
              </label>
              <input
                id={inputId}
                name={`${draft.tier}.${field}`}
                inputMode={isPrice(field) ? 'decimal' : 'numeric'}
                autoComplete="off"
                value={draft[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                onChange={(event) => onChange(draft.tier, field, event.target.value)}
              />
              {error && (
                <p id={`${inputId}-error`} className="field-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** What a settings change changed: "Pro · max call allowance: 1,00,000 → 2,00,000". */
function settingsChanges(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): string[] {
  const tiersOf = (side: Record<string, unknown> | null | undefined) =>
    new Map(
      (Array.isArray(side?.['tiers']) ? (side['tiers'] as Array<Record<string, unknown>>) : []).map((each) => [String(each['tier']), each]),
    );
  const old = tiersOf(before);
  const now = tiersOf(after);
  const lines: string[] = [];
  for (const tier of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(tier) ?? {};
    const b = now.get(tier) ?? {};
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (field === 'tier' || JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
      const show = (value: unknown) =>
        typeof value !== 'number' ? (value == null ? 'none' : String(value)) : field.endsWith('PricePaise') ? formatPaise(value) : formatCount(value);
      const name = field.replace(/PricePaise$/, 'Price').replace(/([A-Z])/g, ' $1').toLowerCase();
      lines.push(`${enumLabel(tier)} · ${name}: ${show(a[field])} → ${show(b[field])}`);
    }
  }
  return lines;
}

function TierSettingsHistory() {
  const { data, loading, error, refetch, fetchMore } = useQuery(TierSettingsPage_History, {
    variables: { first: 10 },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.platformTierSettingsHistory;
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {error && !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        loading ? <Loading label="Loading the history…" /> : null
      ) : connection.nodes.length === 0 ? (
        <Empty title="No changes yet." />
      ) : (
        <>
          <ol className="admin-history">
            {connection.nodes.map((change) => {
              const lines = settingsChanges(change.before, change.after);
              return (
                <li key={change.id}>
                  <p>
                    <time dateTime={change.at}>{formatDate(change.at)}</time>
                    {change.actorId && (
                      <>
                        {' '}
                        by <code className="admin-id">{change.actorId}</code>
                      </>
                    )}
                    {change.reason && <span className="admin-muted"> — {change.reason}</span>}
                  </p>
                  {lines.length === 0 ? (
                    <p className="admin-muted">No values changed.</p>
                  ) : (
                    <ul className="admin-change">
                      {lines.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
          {connection.pageInfo.hasNextPage && (
            <LoadMoreButton
              onLoadMore={() =>
                fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (shown, { fetchMoreResult }) => ({
                    platformTierSettingsHistory: appendPage(shown.platformTierSettingsHistory, fetchMoreResult.platformTierSettingsHistory),
                  }),
                })
              }
            />
          )}
        </>
      )}
    </section>
  );
}
