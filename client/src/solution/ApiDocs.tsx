import { useState } from 'react';
import { graphql } from '../gql';
import type { ApiDocs_EndpointFragment as EndpointDoc } from '../gql/graphql';
import { TierBadge, enumLabel } from '../ui/Badge';
import { CopyButton } from '../ui/CopyButton';
import { Empty } from '../ui/States';
import { exampleValues, planRequest, snippet, valueKey, type DocEndpoint, type DocParameter, type SnippetLanguage } from './api-request';

export const ApiDocs_EndpointFragment = graphql(`
  fragment ApiDocs_Endpoint on Endpoint {
    id
    method
    path
    description
    costWeight
    tiers
    parameters {
      name
      in
      type
      required
      description
      example
    }
    requestExample
    responseExample
  }
`);

const LANGUAGES: { id: SnippetLanguage; label: string }[] = [
  { id: 'curl', label: 'curl' },
  { id: 'javascript', label: 'JavaScript' },
  { id: 'python', label: 'Python' },
];

/** The solution's API reference: every endpoint with its parameters, code to call it and example answers. */
export function ApiDocs({ baseUrl, endpoints, snippetKey, onTry }: {
  baseUrl: string;
  endpoints: readonly EndpointDoc[];
  /** What snippets put in the key variable (see KeyChoice); null: anonymous. */
  snippetKey: string | null;
  onTry: (endpointId: string) => void;
}) {
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  if (endpoints.length === 0) return <Empty title="No endpoints listed yet." />;
  return (
    <div className="api-docs">
      <div className="snippet-languages" role="group" aria-label="Code examples in">
        {LANGUAGES.map((each) => (
          <button
            key={each.id}
            type="button"
            className={`button button-small ${language === each.id ? '' : 'button-secondary'}`}
            aria-pressed={language === each.id}
            onClick={() => setLanguage(each.id)}
          >
            {each.label}
          </button>
        ))}
      </div>
      {endpoints.map((endpoint) => (
        <EndpointDoc key={endpoint.id} baseUrl={baseUrl} endpoint={endpoint} language={language} snippetKey={snippetKey} onTry={() => onTry(endpoint.id)} />
      ))}
    </div>
  );
}

function EndpointDoc({ baseUrl, endpoint, language, snippetKey, onTry }: {
  baseUrl: string;
  endpoint: EndpointDoc;
  language: SnippetLanguage;
  snippetKey: string | null;
  onTry: () => void;
}) {
  const headingId = `endpoint-${endpoint.id}`;
  const doc: DocEndpoint = endpoint;
  // Snippets start from the partner's examples; a required value without one is a visible placeholder.
  const values = exampleValues(doc);
  for (const p of doc.parameters) if (p.required && !values[valueKey(p)]) values[valueKey(p)] = placeholder(p);
  const planned = planRequest(baseUrl, doc, values, { authorization: snippetKey, rawBody: doc.parameters.some((p) => p.in === 'BODY') ? null : doc.requestExample ?? null });
  const code = planned.ok ? snippet(language, planned.plan, snippetKey) : null;
  return (
    <article className="endpoint-doc" aria-labelledby={headingId}>
      <div className="endpoint-doc-head">
        <h3 id={headingId}>
          <span className={`method method-${endpoint.method.toLowerCase()}`}>{endpoint.method}</span> <code>{endpoint.path}</code>
        </h3>
        <button type="button" className="button button-small button-secondary" onClick={onTry}>
          Try it<span className="visually-hidden"> with {endpoint.method} {endpoint.path}</span>
        </button>
      </div>
      {endpoint.description && <p>{endpoint.description}</p>}
      <p className="endpoint-doc-facts">
        {endpoint.costWeight === 1 ? '1 unit of quota per call' : `${endpoint.costWeight} units of quota per call`} ·{' '}
        <span className="badge-row">
          {endpoint.tiers.map((tier) => (
            <TierBadge key={tier} tier={tier} />
          ))}
        </span>
      </p>
      {endpoint.parameters.length > 0 && (
        <div className="table-wrap">
          <table className="table params-table">
            <caption className="visually-hidden">
              Parameters of {endpoint.method} {endpoint.path}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Required</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {endpoint.parameters.map((p) => (
                <tr key={`${p.in}:${p.name}`}>
                  <td data-label="Name">
                    <code>{p.name}</code>
                  </td>
                  <td data-label="In">{enumLabel(p.in)}</td>
                  <td data-label="Type">{p.type.toLowerCase()}</td>
                  <td data-label="Required">{p.required ? 'Yes' : 'No'}</td>
                  <td data-label="Description">
                    {p.description}
                    {p.example && (
                      <span className="cell-note">
                        Example: <code>{p.example}</code>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {code && (
        <div className="snippet">
          <div className="snippet-head">
            <h4>Example request</h4>
            <CopyButton text={code} label="Copy code" />
          </div>
          <pre tabIndex={0} aria-label={`Example request for ${endpoint.method} ${endpoint.path}`}>
            <code>{code}</code>
          </pre>
        </div>
      )}
      {endpoint.responseExample && (
        <div className="snippet">
          <h4>Example response</h4>
          <pre tabIndex={0} aria-label={`Example response of ${endpoint.method} ${endpoint.path}`}>
            <code>{endpoint.responseExample}</code>
          </pre>
        </div>
      )}
    </article>
  );
}

const TYPED_PLACEHOLDERS: Partial<Record<DocParameter['type'], string>> = { INTEGER: '0', NUMBER: '0', BOOLEAN: 'false', OBJECT: '{}', ARRAY: '[]' };

/** A value that reads as "put yours here" and still makes a well-formed request. */
function placeholder(p: DocParameter): string {
  return (p.in === 'BODY' ? TYPED_PLACEHOLDERS[p.type] : undefined) ?? `YOUR_${p.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
