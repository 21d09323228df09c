import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formErrors, errorMessage } from '../errors';
import { formatPercentBps, percentText, percentToBps, solutionLabeler, type NamedSolution } from '../format/format';
import { graphql } from '../gql';
import type { CommissionSettings_QueryQuery } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { DataTable, type Column } from '../ui/DataTable';
import { SelectField, TextField } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';

export const CommissionSettings_Query = graphql(`
  query CommissionSettings_Query {
    commissionSettings {
      defaultPercentBps
      solutions {
        percentBps
        solution {
          id
          name
          slug
          publisherName
        }
      }
    }
    adminSolutions(status: PUBLISHED, first: 100) {
      nodes {
        id
        name
        slug
        publisherName
      }
    }
  }
`);

const CommissionSettings_Set = graphql(`
  mutation CommissionSettings_Set($defaultPercentBps: Int, $solutionId: ID, $solutionPercentBps: Int) {
    setCommission(defaultPercentBps: $defaultPercentBps, solutionId: $solutionId, solutionPercentBps: $solutionPercentBps) {
      defaultPercentBps
      solutions {
        percentBps
        solution {
          id
          name
          slug
          publisherName
        }
      }
    }
  }
`);

type Settings = CommissionSettings_QueryQuery['commissionSettings'];
type Override = Settings['solutions'][number];
const PERCENT_HINT = '0 to 100, up to two decimals. Applies to payments from now on.';

/** The platform fee: the default percentage and per-solution overrides (basis points on the wire, % on screen). */
export function CommissionSettings() {
  const { data, loading, error, refetch } = useQuery(CommissionSettings_Query);
  return (
    <section className="panel" aria-labelledby="commission-heading">
      <h2 id="commission-heading">Commission</h2>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading commission settings…" />
      ) : data ? (
        <CommissionForms settings={data.commissionSettings} solutions={data.adminSolutions.nodes} />
      ) : null}
    </section>
  );
}

function CommissionForms({ settings, solutions }: { settings: Settings; solutions: readonly NamedSolution[] }) {
  // Two partners may sell solutions of one name: the picker and the table tell them apart.
  const label = solutionLabeler([...solutions, ...settings.solutions.map((row) => row.solution)]);
  // CommissionSettings has no id to normalise by: read the settings again after each change.
  const [set] = useMutation(CommissionSettings_Set, { refetchQueries: ['CommissionSettings_Query'], awaitRefetchQueries: true });
  const [defaultDraft, setDefaultDraft] = useState(() => percentText(settings.defaultPercentBps));
  const [defaultError, setDefaultError] = useState<string>();
  const [solutionId, setSolutionId] = useState('');
  const [overrideDraft, setOverrideDraft] = useState('');
  const [overrideErrors, setOverrideErrors] = useState<{ solutionId?: string; percent?: string }>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function saveDefault(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(undefined);
    const bps = percentToBps(defaultDraft);
    if (bps === undefined) return setDefaultError(`Enter a percentage: ${PERCENT_HINT}`);
    setDefaultError(undefined);
    try {
      await set({ variables: { defaultPercentBps: bps } });
      setMessage({ tone: 'success', text: `The default platform fee is now ${formatPercentBps(bps)}.` });
    } catch (error) {
      const mapped = formErrors(error, ['defaultPercentBps'] as const);
      setDefaultError(mapped.fields.defaultPercentBps ?? mapped.form);
    }
  }

  async function saveOverride(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(undefined);
    const bps = percentToBps(overrideDraft);
    const problems = {
      solutionId: solutionId ? undefined : 'Choose a solution.',
      percent: bps === undefined ? `Enter a percentage: ${PERCENT_HINT}` : undefined,
    };
    setOverrideErrors(problems);
    if (problems.solutionId || problems.percent) return;
    try {
      await set({ variables: { solutionId, solutionPercentBps: bps } });
      const chosen = solutions.find((each) => each.id === solutionId);
      const name = chosen ? label(chosen) : solutionId;
      setMessage({ tone: 'success', text: `${name} now pays a ${formatPercentBps(bps!)} platform fee.` });
      setSolutionId('');
      setOverrideDraft('');
    } catch (error) {
      const mapped = formErrors(error, ['solutionId', 'solutionPercentBps'] as const);
      setOverrideErrors({ solutionId: mapped.fields.solutionId, percent: mapped.fields.solutionPercentBps ?? mapped.form });
    }
  }

  async function clearOverride(override: Override) {
    setMessage(undefined);
    try {
      await set({ variables: { solutionId: override.solution.id } });
      setMessage({ tone: 'success', text: `${label(override.solution)} pays the default fee again.` });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    }
  }

  const columns: Column<Override>[] = [
    { key: 'solution', header: 'Solution', cell: (row) => label(row.solution) },
    { key: 'fee', header: 'Platform fee', align: 'end', cell: (row) => formatPercentBps(row.percentBps) },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (row) => (
        <button type="button" className="button button-small button-secondary" onClick={() => void clearOverride(row)}>
          Use default<span className="visually-hidden"> for {label(row.solution)}</span>
        </button>
      ),
    },
  ];

  return (
    <div className="commission">
      <div className="live-message" aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
      <form className="inline-form" onSubmit={saveDefault} noValidate aria-label="Default platform fee">
        <TextField
          label="Default platform fee (%)"
          inputMode="decimal"
          value={defaultDraft}
          onChange={(event) => setDefaultDraft(event.target.value)}
          hint={`Now ${formatPercentBps(settings.defaultPercentBps)} of the taxable value.`}
          error={defaultError}
        />
        <div className="inline-form-submit">
          <button type="submit" className="button">
            Save default
          </button>
        </div>
      </form>
      <h3>Per-solution fees</h3>
      {settings.solutions.length === 0 ? (
        <p className="section-lead">Every solution pays the default.</p>
      ) : (
        <DataTable caption="Per-solution platform fees" columns={columns} rows={settings.solutions} rowKey={(row) => row.solution.id} />
      )}
      <form className="inline-form" onSubmit={saveOverride} noValidate aria-label="Per-solution platform fee">
        <SelectField
          label="Solution"
          value={solutionId}
          onChange={(event) => setSolutionId(event.target.value)}
          error={overrideErrors.solutionId}
          options={[{ value: '', label: 'Choose a solution…' }, ...solutions.map((each) => ({ value: each.id, label: label(each) }))]}
        />
        <TextField
          label="Its platform fee (%)"
          inputMode="decimal"
          value={overrideDraft}
          onChange={(event) => setOverrideDraft(event.target.value)}
          error={overrideErrors.percent}
        />
        <div className="inline-form-submit">
          <button type="submit" className="button">
            Set fee
          </button>
        </div>
      </form>
    </div>
  );
}
