import { useState, type FormEvent } from 'react';
import { errorMessage } from '../errors';
import type { Role } from '../gql/graphql';
import { Alert } from '../ui/Alert';

/** Every role, in the order the editor lists them; CUSTOMER is every user's and cannot be removed. */
export const ROLES: ReadonlyArray<{ role: Role; label: string; hint: string }> = [
  { role: 'CUSTOMER', label: 'Customer', hint: 'Every user; always kept.' },
  { role: 'PARTNER', label: 'Partner', hint: 'Lists solutions in the catalog.' },
  { role: 'ANALYST', label: 'Analyst', hint: 'Reads platform analytics and runs SQL over it (read-only).' },
  { role: 'ADMIN', label: 'Admin', hint: 'Runs the platform (this console).' },
];

/** The roles to send: the checked ones, CUSTOMER always included, in the editor's order. */
export function rolesToSave(checked: ReadonlySet<Role>): Role[] {
  return ROLES.map(({ role }) => role).filter((role) => role === 'CUSTOMER' || checked.has(role));
}

/**
 * Checkboxes for a user's roles. CUSTOMER stays on; the server refuses removing your own ADMIN, and its message
 * is shown here.
 */
export function RolesEditor({ roles, onSave }: { roles: readonly Role[]; onSave: (roles: Role[]) => Promise<void> }) {
  const [checked, setChecked] = useState<Set<Role>>(() => new Set(roles));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string }>();
  const next = rolesToSave(checked);
  const changed = next.join() !== rolesToSave(new Set(roles)).join();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setOutcome(undefined);
    try {
      await onSave(next);
      setOutcome({ tone: 'success', message: 'Roles saved. They apply from the user’s next request.' });
    } catch (error) {
      setOutcome({ tone: 'error', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="admin-roles" onSubmit={submit}>
      <fieldset>
        <legend>Roles</legend>
        {ROLES.map(({ role, label, hint }) => (
          <label key={role} className="admin-check">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={role === 'CUSTOMER' || checked.has(role)}
              disabled={role === 'CUSTOMER'}
              onChange={(event) =>
                setChecked((current) => {
                  const copy = new Set(current);
                  if (event.target.checked) copy.add(role);
                  else copy.delete(role);
                  return copy;
                })
              }
            />
            <span>
              <strong>{label}</strong> <span className="admin-muted">— {hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {outcome && <Alert tone={outcome.tone}>{outcome.message}</Alert>}
      <div>
        <button type="submit" className="button" disabled={saving || !changed}>
          {saving ? 'Saving…' : 'Save roles'}
        </button>
      </div>
    </form>
  );
}
