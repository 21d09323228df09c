// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenBar } from './TokenBar';

afterEach(cleanup);

describe("the Explorer's bar", () => {
  it('leads back to the web app (the Explorer is its own page, opened from the header)', () => {
    render(<TokenBar pastedToken="" usingAppSession onPastedTokenChange={() => {}} />);
    expect(screen.getByRole('link', { name: '← Back to the marketplace' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Marketplace Explorer' })).toBeTruthy();
  });
});
