import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type { Challenge } from 'altcha-lib/types';

// Solves one ALTCHA challenge off the main thread; the page stays responsive while it hashes.
const scope = self as unknown as { onmessage: ((event: MessageEvent<Challenge>) => void) | null; postMessage(message: unknown): void };
scope.onmessage = async (event) => {
  try {
    scope.postMessage({ solution: await solveChallenge({ challenge: event.data, deriveKey }) });
  } catch (error) {
    scope.postMessage({ error: String(error) });
  }
};
