import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UptimeBars } from './UptimeBars';

const day = (start: string, checks: number, up: number) => ({ start, checks, up, uptimePercent: checks ? Math.round((up / checks) * 10_000) / 100 : null });

describe('UptimeBars', () => {
  it('says over how many days the uptime was measured when the first check is recent, not "the last 90 days"', () => {
    const days = [day('2026-11-30T00:00:00Z', 0, 0), day('2026-12-01T00:00:00Z', 0, 0), day('2026-12-02T00:00:00Z', 20, 12)];
    const { container } = render(<UptimeBars days={days} />);
    expect(container.querySelector('figcaption')!.textContent).toBe('60% uptime over the one day with checks in the last 3');
    expect(screen.getByTitle('2 Dec: 60% up (12 of 20 checks)')).toBeTruthy();
  });

  it('keeps the plain sentence when every day was checked, and says so when none was', () => {
    const { container, rerender } = render(<UptimeBars days={[day('2026-12-01T00:00:00Z', 10, 10), day('2026-12-02T00:00:00Z', 10, 9)]} />);
    expect(container.querySelector('figcaption')!.textContent).toBe('95% uptime over the last 2 days');
    rerender(<UptimeBars days={[day('2026-12-01T00:00:00Z', 0, 0), day('2026-12-02T00:00:00Z', 0, 0)]} />);
    expect(container.querySelector('figcaption')!.textContent).toBe('No checks in the last 2 days.');
  });
});
