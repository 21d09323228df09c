// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyChoice, NO_KEY } from './KeyChoice';

vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ signedIn: false, loading: false, me: null, hasRole: () => false }) }));

afterEach(cleanup);

describe('the key choice above the API reference, for a visitor', () => {
  it('offers a key through sign-up without repeating the lead above it ("without a key a call uses the anonymous trial")', () => {
    render(
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <KeyChoice solutionId="sol_1" slug="fx-rates" value={NO_KEY} onChange={() => {}} />
        </MemoryRouter>
      </MockedProvider>,
    );
    const note = document.querySelector('.key-choice-note')!;
    expect(note.textContent).toBe('Sign up to get a key with more calls.');
    expect(screen.getByRole('link', { name: 'Sign up' }).getAttribute('href')).toBe('/signup?solution=fx-rates');
  });
});
