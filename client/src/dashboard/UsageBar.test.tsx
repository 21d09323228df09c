// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { daysRemainingText, UsageBar, usageLevel, usagePercent, usagePercentText, windowSpanText } from './UsageBar';

afterEach(cleanup);

describe('usagePercent', () => {
  it('rounds down and caps at 100', () => {
    expect(usagePercent(0, 100)).toBe(0);
    expect(usagePercent(42, 100)).toBe(42);
    expect(usagePercent(2, 3)).toBe(66);
    expect(usagePercent(150, 100)).toBe(100);
    expect(usagePercent(0, 0)).toBe(0);
  });
});

describe('usagePercentText', () => {
  it('says "<1%" for small nonzero usage, never "0%"', () => {
    expect(usagePercentText(0, 2_000_000)).toBe('0%');
    expect(usagePercentText(1, 2_000_000)).toBe('<1%');
    expect(usagePercentText(19_999, 2_000_000)).toBe('<1%');
    expect(usagePercentText(20_000, 2_000_000)).toBe('1%');
    expect(usagePercentText(150, 100)).toBe('100%');
  });
});

describe('usageLevel', () => {
  it('is ok below 80 %, warning from 80 %, exhausted at 100 %', () => {
    expect(usageLevel(79, 100)).toBe('ok');
    expect(usageLevel(80, 100)).toBe('warning');
    expect(usageLevel(99, 100)).toBe('warning');
    expect(usageLevel(100, 100)).toBe('exhausted');
    expect(usageLevel(8, 10)).toBe('warning');
  });
});

describe('daysRemainingText', () => {
  it('describes a running trial, singular and plural', () => {
    expect(daysRemainingText({ windowKind: 'TRIAL', daysRemaining: 12, windowStart: '2026-01-01T00:00:00Z' })).toBe(
      '12 days left in your trial',
    );
    expect(daysRemainingText({ windowKind: 'TRIAL', daysRemaining: 1, windowStart: '2026-01-01T00:00:00Z' })).toBe(
      '1 day left in your trial',
    );
  });
  it('describes a trial not yet started and an ended one', () => {
    expect(daysRemainingText({ windowKind: 'TRIAL', daysRemaining: 30, windowStart: null })).toBe(
      'Your 30-day trial starts with your first call',
    );
    expect(daysRemainingText({ windowKind: 'TRIAL', daysRemaining: 0, trialEnded: true, windowStart: 'x' })).toBe('Trial ended');
  });
  it('gives the window beside the bar in other words than the bar, so a trial not yet started is not said twice', () => {
    const notStarted = { windowKind: 'TRIAL' as const, daysRemaining: 30, windowStart: null, windowEnd: null };
    expect(windowSpanText(notStarted)).toBe('30 days from your first call');
    expect(windowSpanText(notStarted)).not.toBe(daysRemainingText(notStarted));
    expect(windowSpanText({ windowKind: 'MONTHLY', windowStart: '2026-12-02T12:00:00Z', windowEnd: '2027-01-02T12:00:00Z' })).toBe('2 Dec 2026 – 2 Jan 2027');
  });
  it('describes a billing period', () => {
    expect(daysRemainingText({ windowKind: 'MONTHLY', daysRemaining: 3 })).toBe('3 days left in this billing period');
  });
});

describe('UsageBar', () => {
  it('shows used of limit, the percent and the days left', () => {
    render(<UsageBar used={42} limit={100} windowKind="TRIAL" daysRemaining={5} windowStart="2026-01-01T00:00:00Z" />);
    const bar = screen.getByRole('progressbar', { name: 'Calls used' });
    expect(bar.getAttribute('aria-valuetext')).toBe('42 of 100 calls used (42%)');
    expect(screen.getByText('42%')).toBeTruthy();
    expect(screen.getByText('5 days left in your trial')).toBeTruthy();
    expect(bar.querySelector('.usage-fill')?.getAttribute('data-level')).toBe('ok');
    expect((bar.querySelector('.usage-fill') as HTMLElement).style.width).toBe('42%');
  });
  it('shows small nonzero usage as "<1%", in words for screen readers, with one call in the singular', () => {
    render(<UsageBar used={3} limit={2_000_000} windowKind="MONTHLY" daysRemaining={1} />);
    expect(screen.getByText('<1%')).toBeTruthy();
    expect(screen.queryByText('0%')).toBeNull();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('3 of 20,00,000 calls used (less than 1%)');
    expect(screen.getByText('1 day left in this billing period')).toBeTruthy();
    cleanup();
    render(<UsageBar used={1} limit={1} windowKind="TRIAL" daysRemaining={1} windowStart="2026-01-01T00:00:00Z" />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('1 of 1 call used (100%)');
  });
  it('turns amber at 80 % and red at the limit', () => {
    const { rerender, container } = render(<UsageBar used={80} limit={100} windowKind="MONTHLY" daysRemaining={3} />);
    expect(container.querySelector('.usage-fill')?.getAttribute('data-level')).toBe('warning');
    rerender(<UsageBar used={100} limit={100} windowKind="MONTHLY" daysRemaining={3} />);
    expect(container.querySelector('.usage-fill')?.getAttribute('data-level')).toBe('exhausted');
    expect(container.querySelector('.usage')?.className).toContain('usage-exhausted');
  });
});
