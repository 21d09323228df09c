import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../errors';
import { graphql } from '../gql';
import { Alert } from '../ui/Alert';
import { TextAreaField } from '../ui/TextAreaField';

export const OpenApiImport_Import = graphql(`
  mutation OpenApiImport_Import($solutionId: ID!, $document: String!, $dryRun: Boolean) {
    importOpenApi(solutionId: $solutionId, document: $document, dryRun: $dryRun) {
      applied
      problems {
        field
        message
      }
      endpoints {
        id
        method
        path
      }
    }
  }
`);

type Checked = { problems: { field: string; message: string }[]; endpoints: { id: string; method: string; path: string }[] };

/**
 * Reads an OpenAPI 3.1 document (pasted or from a file) into the solution's endpoints: "Check" shows what it would
 * become, or every problem by JSON pointer; "Import" saves it. Nothing is saved while there is a problem.
 */
export function OpenApiImport({ solutionId, currentCount, onDone }: { solutionId: string; currentCount: number; onDone: (message: string) => void }) {
  const [document, setDocument] = useState('');
  const [checked, setChecked] = useState<Checked>();
  const [error, setError] = useState<string>();
  const [run, { loading }] = useMutation(OpenApiImport_Import, { refetchQueries: 'active' });

  async function check(dryRun: boolean) {
    setError(undefined);
    if (!document.trim()) {
      setError('Paste an OpenAPI document or choose a file first.');
      return;
    }
    try {
      const { data } = await run({ variables: { solutionId, document, dryRun } });
      const result = data?.importOpenApi;
      if (!result) return;
      if (result.applied) onDone(`Imported ${result.endpoints.length} ${result.endpoints.length === 1 ? 'endpoint' : 'endpoints'}.`);
      else setChecked({ problems: result.problems, endpoints: result.endpoints });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void check(!(checked && checked.problems.length === 0));
  };
  const ready = checked && checked.problems.length === 0;

  return (
    <form className="partner-form openapi-import" onSubmit={submit} noValidate>
      <p>
        Paste an OpenAPI 3.1 document (JSON or YAML) or choose its file. Its operations become this solution’s endpoints: routes you already
        registered keep their usage history, and routes the document lacks are removed.
      </p>
      <div className="field">
        <label htmlFor="openapi-file">OpenAPI file</label>
        <input
          id="openapi-file"
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            setDocument(await file.text());
            setChecked(undefined);
          }}
        />
      </div>
      <TextAreaField
        label="OpenAPI document"
        rows={10}
        spellCheck={false}
        value={document}
        onChange={(event) => {
          setDocument(event.target.value);
          setChecked(undefined);
        }}
      />
      {error && <Alert tone="error">{error}</Alert>}
      {checked && checked.problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>
              {checked.problems.length === 1 ? '1 problem' : `${checked.problems.length} problems`}; nothing was imported.
            </strong>
          </p>
          <ul className="problem-list">
            {checked.problems.map((problem) => (
              <li key={`${problem.field} ${problem.message}`}>
                <code>{problem.field || '(the document)'}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {ready && (
        <Alert tone="info">
          The document is valid: {checked.endpoints.length} {checked.endpoints.length === 1 ? 'endpoint' : 'endpoints'} will replace your{' '}
          {currentCount}: {checked.endpoints.map((e) => `${e.method} ${e.path}`).join(', ')}.
        </Alert>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Working…' : ready ? `Import ${checked.endpoints.length} ${checked.endpoints.length === 1 ? 'endpoint' : 'endpoints'}` : 'Check document'}
        </button>
      </div>
    </form>
  );
}
