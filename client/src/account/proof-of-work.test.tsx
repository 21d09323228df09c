// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { MemoryRouter } from 'react-router';
import { from } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import SignupPage from './SignupPage';

afterEach(cleanup);

const SECRET = 'test-only-proof-of-work-secret';

/** A real, cheap challenge, as identity issues them. */
async function challenge() {
  const issued = await createChallenge({ algorithm: 'SHA-256', cost: 1, counter: 7, deriveKey, hmacSignatureSecret: SECRET, hmacKeySignatureSecret: SECRET, data: { purpose: 'SIGN_UP' } });
  return { proofOfWorkChallenge: { __typename: 'ProofOfWorkChallenge', challenge: JSON.stringify(issued), expiresAt: new Date(Date.now() + 600_000).toISOString() } };
}

/** The gateway: challenges on demand; `register` answers with `answers` in turn; records what it was sent. */
function fakeGateway(answers: Array<(variables: Record<string, unknown>) => ApolloLink.Result>) {
  const sent: Array<{ operationName: string | undefined; variables: Record<string, unknown> }> = [];
  const link = new ApolloLink((operation) => {
    sent.push({ operationName: operation.operationName, variables: operation.variables });
    if (operation.operationName === 'ProofOfWork_Challenge') return from(challenge().then((data) => ({ data })));
    if (operation.operationName === 'SocialButtons_Providers') return from(Promise.resolve({ data: { signInProviders: [] } }));
    const answer = answers.shift()!;
    return from(Promise.resolve(answer(operation.variables)));
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const registered = () => ({ data: { register: { __typename: 'User', id: 'usr_1', email: 'ada@example.com' } } });
const refusedProof = () => ({ data: null, errors: [{ message: 'The proof-of-work solution was already used: solve a new one.', extensions: { code: 'BAD_USER_INPUT', field: 'proofOfWork' } }] });

function renderSignup(gateway: ReturnType<typeof fakeGateway>) {
  render(
    <ApolloProvider client={gateway.client}>
      <MemoryRouter>
        <SignupPage />
      </MemoryRouter>
    </ApolloProvider>,
  );
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'analytical-engine' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

async function expectSolved(proofOfWork: unknown) {
  const { challenge: solved, solution } = JSON.parse(atob(String(proofOfWork)));
  const result = await verifySolution({ challenge: solved, solution, deriveKey, hmacSignatureSecret: SECRET, hmacKeySignatureSecret: SECRET });
  expect(result.verified).toBe(true);
}

describe('sign-up with proof of work', { timeout: 20_000 }, () => {
  it('solves the challenge without the user doing anything and sends the solution with the registration', async () => {
    const gateway = fakeGateway([registered]);
    renderSignup(gateway);
    expect(await screen.findByText(/We sent a verification link to/)).toBeTruthy();
    const register = gateway.sent.filter((s) => s.operationName === 'SignupPage_Register');
    expect(register).toHaveLength(1);
    expect(register[0]!.variables.input).toEqual({ name: 'Ada', email: 'ada@example.com', password: 'analytical-engine', acceptTerms: true, marketingEmails: false });
    await expectSolved(register[0]!.variables.proofOfWork);
  });

  it('solves a fresh challenge and retries once when the server refuses the solution (expired or used)', async () => {
    const gateway = fakeGateway([refusedProof, registered]);
    renderSignup(gateway);
    expect(await screen.findByText(/We sent a verification link to/)).toBeTruthy();
    const register = gateway.sent.filter((s) => s.operationName === 'SignupPage_Register');
    expect(register).toHaveLength(2);
    expect(register[1]!.variables.proofOfWork).not.toBe(register[0]!.variables.proofOfWork);
    await expectSolved(register[1]!.variables.proofOfWork);
  });

  it('shows the refusal when a fresh solution is refused too, and sends nothing more', async () => {
    const gateway = fakeGateway([refusedProof, refusedProof]);
    renderSignup(gateway);
    expect(await screen.findByText('The proof-of-work solution was already used: solve a new one.')).toBeTruthy();
    expect(gateway.sent.filter((s) => s.operationName === 'SignupPage_Register')).toHaveLength(2);
  });
});
