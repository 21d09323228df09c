import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { Alert } from '../ui/Alert';
import { SelectField, TextField } from '../ui/Field';
import { TextAreaField } from '../ui/TextAreaField';
import { enumLabel } from '../ui/Badge';
import { exampleValues, hasBody, isRateLimitHeader, planRequest, valueKey, type DocEndpoint } from './api-request';

/** How long the console waits for a solution before saying it did not answer. */
export const CONSOLE_TIMEOUT_MS = 15_000;

interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  ms: number;
}

type Outcome = { kind: 'answer'; answer: Answer } | { kind: 'unreachable'; origin: string } | { kind: 'timeout' };

/**
 * "Try it": sends a real request from this browser to the solution's own base URL, with the chosen key or none,
 * and shows the status, headers (the rate-limit ones marked) and body. A browser refuses to hand the page an
 * answer the solution did not allow for this origin (CORS); fetch then rejects with a TypeError, which is all a
 * page can learn — so the console says that plainly, next to "unreachable".
 */
export function ApiConsole({ baseUrl, endpoints, endpointId, onEndpointChange, apiKey, keyChosen, selectRef, fetchImpl = fetch }: {
  baseUrl: string;
  endpoints: readonly DocEndpoint[];
  endpointId: string;
  onEndpointChange: (id: string) => void;
  /** The pasted key to send; null for an anonymous call. */
  apiKey: string | null;
  /** A key is chosen but not (correctly) pasted: sending would silently be anonymous, so it is refused. */
  keyChosen: boolean;
  selectRef?: Ref<HTMLSelectElement>;
  fetchImpl?: typeof fetch;
}) {
  const endpoint = endpoints.find((each) => each.id === endpointId) ?? endpoints[0];
  const [values, setValues] = useState<Record<string, string>>(() => (endpoint ? exampleValues(endpoint) : {}));
  const [rawBody, setRawBody] = useState(endpoint?.requestExample ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const shownFor = useRef(endpoint?.id);

  // A new endpoint starts from its own examples.
  useEffect(() => {
    if (!endpoint || shownFor.current === endpoint.id) return;
    shownFor.current = endpoint.id;
    setValues(exampleValues(endpoint));
    setRawBody(endpoint.requestExample ?? '');
    setErrors({});
    setFormError(undefined);
    setOutcome(undefined);
  }, [endpoint]);

  if (!endpoint) return <p>No endpoints to try yet.</p>;
  const bodyFields = endpoint.parameters.some((p) => p.in === 'BODY');
  const rawBodyShown = !bodyFields && hasBody(endpoint);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!endpoint) return;
    setFormError(undefined);
    if (keyChosen && !apiKey) {
      setFormError('Paste the full key above to send with it, or choose “No key” to try the anonymous trial.');
      return;
    }
    const planned = planRequest(baseUrl, endpoint, values, { authorization: apiKey, rawBody: rawBodyShown ? rawBody : null });
    if (!planned.ok) {
      setErrors(planned.errors);
      setFormError('Some values are missing or not of their type; see the marked fields.');
      return;
    }
    setErrors({});
    setSending(true);
    setOutcome(undefined);
    const started = performance.now();
    try {
      const { plan } = planned;
      const res = await fetchImpl(plan.url, {
        method: plan.method,
        headers: plan.headers,
        ...(plan.body !== null ? { body: plan.body } : {}),
        mode: 'cors',
        credentials: 'omit',
        signal: AbortSignal.timeout(CONSOLE_TIMEOUT_MS),
      });
      const body = await res.text();
      setOutcome({
        kind: 'answer',
        answer: { status: res.status, statusText: res.statusText, headers: [...res.headers.entries()], body: pretty(body), ms: Math.round(performance.now() - started) },
      });
    } catch (error) {
      if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) setOutcome({ kind: 'timeout' });
      else setOutcome({ kind: 'unreachable', origin: new URL(baseUrl).origin });
    } finally {
      setSending(false);
    }
  }

  const set = (key: string, value: string) => setValues((current) => ({ ...current, [key]: value }));
  return (
    <div className="api-console">
      <form className="console-form" onSubmit={send} noValidate>
        <SelectField
          label="Endpoint"
          value={endpoint.id}
          selectRef={selectRef}
          options={endpoints.map((each) => ({ value: each.id, label: `${each.method} ${each.path}` }))}
          onChange={(event) => onEndpointChange(event.target.value)}
        />
        {endpoint.parameters.map((p) => (
          <TextField
            key={valueKey(p)}
            label={
              <>
                <code>{p.name}</code> <span className="param-meta">{enumLabel(p.in).toLowerCase()} · {p.type.toLowerCase()}{p.required ? ' · required' : ''}</span>
              </>
            }
            value={values[valueKey(p)] ?? ''}
            onChange={(event) => set(valueKey(p), event.target.value)}
            hint={p.description ?? undefined}
            error={errors[valueKey(p)]}
            spellCheck={false}
            autoComplete="off"
          />
        ))}
        {rawBodyShown && (
          <TextAreaField label="Request body (JSON)" rows={5} value={rawBody} onChange={(event) => setRawBody(event.target.value)} spellCheck={false} />
        )}
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="console-actions">
          <button type="submit" className="button" disabled={sending}>
            {sending ? 'Sending…' : keyChosen ? 'Send with your key' : 'Send without a key'}
          </button>
          <span className="cell-note">
            To <code>{baseUrl}</code>, from this browser.
          </span>
        </div>
      </form>
      <div className="console-result" aria-live="polite">
        {outcome?.kind === 'timeout' && <Alert tone="error">The solution did not answer within {CONSOLE_TIMEOUT_MS / 1000} seconds. Try again later.</Alert>}
        {outcome?.kind === 'unreachable' && (
          <Alert tone="error">
            <strong>The browser could not read an answer from {outcome.origin}.</strong> Either the solution does not allow calls from this page
            ({window.location.origin}) — its CORS settings must allow this origin — or it cannot be reached. Use the curl, JavaScript or Python
            example instead: those are not limited by the browser.
          </Alert>
        )}
        {outcome?.kind === 'answer' && <AnswerView answer={outcome.answer} />}
      </div>
    </div>
  );
}

function AnswerView({ answer }: { answer: Answer }) {
  const rateLimit = answer.headers.filter(([name]) => isRateLimitHeader(name));
  return (
    <section className="console-answer" aria-labelledby="console-answer-heading">
      <h3 id="console-answer-heading">
        Response <span className={`status-code status-${Math.floor(answer.status / 100)}xx`}>{answer.status}</span> {answer.statusText}
        <span className="cell-note"> in {answer.ms} ms</span>
      </h3>
      {rateLimit.length === 0 && <p className="cell-note">No rate-limit headers were readable in this answer.</p>}
      <div className="table-wrap">
        <table className="table headers-table">
          <caption className="visually-hidden">Response headers</caption>
          <thead>
            <tr>
              <th scope="col">Header</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {answer.headers.map(([name, value]) => (
              <tr key={name} className={isRateLimitHeader(name) ? 'header-ratelimit' : undefined}>
                <td data-label="Header">
                  <code>{name}</code>
                  {isRateLimitHeader(name) && <span className="badge badge-info header-tag">rate limit</span>}
                </td>
                <td data-label="Value">
                  <code>{value}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>Body</h4>
      <pre tabIndex={0} aria-label="Response body">
        <code>{answer.body || '(empty)'}</code>
      </pre>
    </section>
  );
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
