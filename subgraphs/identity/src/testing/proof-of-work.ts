import { randomToken } from '@marketplace/shared';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { ProofOfWorkPurpose, ProofOfWorkSettings } from '../services/proof-of-work.ts';

/** Cheap proof of work for tests: solved for real (tens of hashes), never bypassed. */
export const TEST_PROOF_OF_WORK_MAX_COUNTER = 20;

export function testProofOfWorkSettings(overrides: Partial<ProofOfWorkSettings> = {}): ProofOfWorkSettings {
  return { secret: randomToken(32), maxCounter: TEST_PROOF_OF_WORK_MAX_COUNTER, ttlMs: 10 * 60_000, ...overrides };
}

export const PROOF_OF_WORK_CHALLENGE = /* GraphQL */ `
  query ProofOfWorkChallenge($purpose: ProofOfWorkPurpose!) { proofOfWorkChallenge(purpose: $purpose) { challenge expiresAt } }
`;

/** Solves a challenge (the JSON `proofOfWorkChallenge` returns) into the `proofOfWork` argument a mutation takes. */
export async function solveProofOfWork(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the proof-of-work challenge could not be solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

type GraphqlCall = (query: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: unknown }>;

/** Asks for a challenge through any GraphQL caller (a harness, the gateway) and solves it. */
export async function proofOfWorkFor(graphql: GraphqlCall, purpose: ProofOfWorkPurpose): Promise<string> {
  const res = await graphql(PROOF_OF_WORK_CHALLENGE, { purpose });
  const challenge = (res.data as { proofOfWorkChallenge?: { challenge: string } } | undefined)?.proofOfWorkChallenge?.challenge;
  if (!challenge) throw new Error(`proofOfWorkChallenge: ${JSON.stringify(res.errors)}`);
  return solveProofOfWork(challenge);
}
