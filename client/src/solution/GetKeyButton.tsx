import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { CreateKeyDialog, useCreateApiKey } from '../dashboard/CreateKeyDialog';

/** Signed out: sign up and come back here. Signed in: create a key right away. */
export function GetKeyButton({ solutionId, slug, name }: { solutionId: string; slug: string; name: string }) {
  const auth = useAuth();
  const [open, setOpen] = useState(false);
  const create = useCreateApiKey(solutionId);
  if (!auth.signedIn) {
    return (
      <Link className="button button-large" to={`/signup?solution=${encodeURIComponent(slug)}`}>
        Get an API key
      </Link>
    );
  }
  return (
    <>
      <button type="button" className="button button-large" onClick={() => setOpen(true)}>
        Get an API key
      </button>
      <CreateKeyDialog
        open={open}
        solutionName={name}
        onClose={() => setOpen(false)}
        onCreate={create}
        afterCreate={
          <p>
            See your usage and manage keys on <Link to={`/dashboard/${slug}`}>your dashboard</Link>.
          </p>
        }
      />
    </>
  );
}
