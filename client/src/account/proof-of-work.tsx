import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { Challenge, Solution } from 'altcha-lib/types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphQLErrors } from '../errors';
import { graphql } from '../gql';
import type { ProofOfWorkPurpose } from '../gql/graphql';

export const ProofOfWork_Challenge = graphql(`
  query ProofOfWork_Challenge($purpose: ProofOfWorkPurpose!) {
    proofOfWorkChallenge(purpose: $purpose) {
      challenge
      expiresAt
    }
  }
`);

/** Solves a challenge in a worker of this app's own bundle (no CDN, no inline script); on the main thread where workers are missing. */
export async function solveChallengeJson(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = typeof Worker === 'undefined' ? await solveHere(challenge) : await solveInWorker(challenge);
  if (!solution) throw new Error('The browser check could not be completed. Reload the page and try again.');
  return btoa(JSON.stringify({ challenge, solution }));
}

async function solveHere(challenge: Challenge): Promise<Solution | null> {
  const [{ solveChallenge }, { deriveKey }] = await Promise.all([import('altcha-lib'), import('altcha-lib/algorithms/web/sha')]);
  return solveChallenge({ challenge, deriveKey });
}

function solveInWorker(challenge: Challenge): Promise<Solution | null> {
  const worker = new Worker(new URL('./proof-of-work.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Solution | null>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ solution?: Solution | null; error?: string }>) => {
      if (event.data.error) reject(new Error(event.data.error));
      else resolve(event.data.solution ?? null);
    };
    worker.onerror = () => reject(new Error('The browser check could not run.'));
    worker.postMessage(challenge);
  }).finally(() => worker.terminate());
}

interface Prepared {
  expiresAt: number;
  solution: Promise<string>;
}

/** A solution is fetched again when less than this is left of its challenge's life. */
const EXPIRY_MARGIN_MS = 30_000;

async function prepare(client: ApolloClient, purpose: ProofOfWorkPurpose): Promise<Prepared> {
  const { data } = await client.query({ query: ProofOfWork_Challenge, variables: { purpose }, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('The browser check is not available right now.');
  const { challenge, expiresAt } = data.proofOfWorkChallenge;
  return { expiresAt: new Date(expiresAt as string).getTime(), solution: solveChallengeJson(challenge) };
}

/**
 * The proof of work a protected mutation (sign-up, reset, resend) needs, solved transparently: the first challenge
 * is fetched and solved as soon as the page opens, so a user rarely waits; `withProofOfWork` hands each mutation
 * a solution (single use), starts the next, and retries once with a fresh one when the server refuses it (expired
 * or used). `solving` is true while a submit waits for the solver, for a progress message.
 */
export function useProofOfWork(purpose: ProofOfWorkPurpose, options: { startNow?: boolean } = {}) {
  const startNow = options.startNow ?? true;
  const client = useApolloClient();
  const next = useRef<Promise<Prepared> | null>(null);
  const [solving, setSolving] = useState(false);

  const startNext = useCallback(() => {
    const started = prepare(client, purpose);
    started.then((p) => p.solution).catch(() => undefined); // failures surface when the solution is taken
    next.current = started;
  }, [client, purpose]);

  useEffect(() => {
    if (startNow && !next.current) startNext();
  }, [startNext, startNow]);

  const take = useCallback(async (): Promise<string> => {
    let prepared = await (next.current ?? prepare(client, purpose)).catch(() => prepare(client, purpose));
    if (prepared.expiresAt - Date.now() < EXPIRY_MARGIN_MS) prepared = await prepare(client, purpose);
    startNext();
    return prepared.solution;
  }, [client, purpose, startNext]);

  const withProofOfWork = useCallback(
    async <T,>(run: (proofOfWork: string) => Promise<T>): Promise<T> => {
      setSolving(true);
      let proofOfWork: string;
      try {
        proofOfWork = await take();
      } finally {
        setSolving(false);
      }
      try {
        return await run(proofOfWork);
      } catch (error) {
        if (!graphQLErrors(error).some((e) => e.extensions?.['field'] === 'proofOfWork')) throw error;
        setSolving(true);
        try {
          proofOfWork = await take();
        } finally {
          setSolving(false);
        }
        return run(proofOfWork);
      }
    },
    [take],
  );

  return { withProofOfWork, solving };
}

/** Says why a submit waits, while it waits for the solver (usually never: it ran while the form was filled). */
export function ProofOfWorkStatus({ solving }: { solving: boolean }) {
  return (
    <p className="field-hint" role="status" aria-live="polite">
      {solving ? 'Checking this browser before sending (a few seconds at most)…' : ''}
    </p>
  );
}
