// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SolutionPage, { SolutionPage_Query as Query } from './SolutionPage';

vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ signedIn: false, loading: false, me: null, hasRole: () => false }) }));

afterEach(cleanup);

describe('a solution page the marketplace cannot load', { timeout: 20_000 }, () => {
  it('keeps a page heading above the error and its retry (the page had no heading at all)', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: Query, variables: { slug: 'fx-rates' } }, error: new TypeError('Failed to fetch') }]}>
        <MemoryRouter initialEntries={['/solutions/fx-rates']}>
          <Routes>
            <Route path="/solutions/:slug" element={<SolutionPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByRole('alert', undefined, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Solution' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
