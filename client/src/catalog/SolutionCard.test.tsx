// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { SolutionCard_SolutionFragment as SolutionCardData } from '../gql/graphql';
import { SolutionCard } from './SolutionCard';

afterEach(cleanup);

const card = (healthStatus: SolutionCardData['healthStatus']) =>
  ({ id: 'sol_1', slug: 'sms', name: 'SMS Notify', summary: 'Texts.', category: 'Communication', publisherName: 'Demo', tags: [], tiers: [], healthStatus }) as unknown as SolutionCardData;

/** The text a sighted visitor reads: everything but the visually hidden parts. */
const visibleText = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent;
};

describe('a catalog card', () => {
  it('writes the health in a word beside the dot (red and green alone say nothing to a colour-blind visitor)', () => {
    render(
      <MemoryRouter>
        <SolutionCard solution={card('DOWN')} />
      </MemoryRouter>,
    );
    const health = screen.getByText((_, el) => el?.classList.contains('health-dot') === true);
    expect(visibleText(health)).toBe('Down');
    // Screen readers still hear what the word is about.
    expect(health.textContent).toBe('Health: Down');
  });
});
