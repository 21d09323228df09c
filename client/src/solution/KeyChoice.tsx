import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { graphql } from '../gql';
import { SelectField, TextField } from '../ui/Field';

const KeyChoice_Keys = graphql(`
  query KeyChoice_Keys($solutionId: ID!) {
    myKeys(solutionId: $solutionId) {
      id
      name
      prefix
      status
    }
  }
`);

/**
 * Which key the docs' snippets and the console use: none (the anonymous trial) or one of the customer's keys for
 * this solution, known by its prefix. The full key exists only once, when it was created; the customer pastes it
 * here, and it lives in this page's memory only — never stored, never sent anywhere but the solution.
 */
export interface KeyChoiceValue {
  keyId: string | null;
  prefix: string | null;
  pasted: string;
}

export const NO_KEY: KeyChoiceValue = { keyId: null, prefix: null, pasted: '' };

/** The pasted key when it is the chosen one; null otherwise. */
export function usableKey(choice: KeyChoiceValue): string | null {
  const pasted = choice.pasted.trim();
  return choice.prefix && pasted.startsWith(choice.prefix) && pasted.length > choice.prefix.length ? pasted : null;
}

/** What snippets assign to the key variable: the pasted key, else the prefix to complete; null without a key. */
export function snippetKey(choice: KeyChoiceValue): string | null {
  return choice.prefix ? (usableKey(choice) ?? `${choice.prefix}…`) : null;
}

export function KeyChoice({ solutionId, slug, value, onChange, error }: {
  solutionId: string;
  slug: string;
  value: KeyChoiceValue;
  onChange: (value: KeyChoiceValue) => void;
  error?: string | undefined;
}) {
  const auth = useAuth();
  const { data } = useQuery(KeyChoice_Keys, { variables: { solutionId }, skip: !auth.signedIn });
  if (!auth.signedIn) {
    return (
      // The panel's lead already says that calls without a key use the anonymous trial.
      <p className="key-choice-note">
        <Link to={`/signup?solution=${encodeURIComponent(slug)}`}>Sign up</Link> to get a key with more calls.
      </p>
    );
  }
  const keys = (data?.myKeys ?? []).filter((key) => key.status === 'ACTIVE' || key.status === 'EXPIRING');
  const pasted = value.pasted.trim();
  const mismatch = value.prefix && pasted && !pasted.startsWith(value.prefix) ? `This is not the key ${value.prefix}…; paste that key.` : undefined;
  return (
    <div className="key-choice">
      <SelectField
        label="API key"
        value={value.keyId ?? ''}
        options={[{ value: '', label: 'No key (anonymous trial)' }, ...keys.map((key) => ({ value: key.id, label: `${key.name} (${key.prefix}…)` }))]}
        onChange={(event) => {
          const key = keys.find((each) => each.id === event.target.value);
          onChange(key ? { keyId: key.id, prefix: key.prefix, pasted: '' } : NO_KEY);
        }}
        hint={keys.length === 0 ? 'You have no key for this solution yet: use “Get an API key” above.' : undefined}
      />
      {value.prefix && (
        <TextField
          label={`Paste the full key ${value.prefix}…`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value.pasted}
          onChange={(event) => onChange({ ...value, pasted: event.target.value })}
          hint="Keys are shown once, when created. It stays in this tab only: never stored or shown again."
          error={mismatch ?? error}
        />
      )}
    </div>
  );
}
