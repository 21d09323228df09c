import { fireEvent, render } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import SolutionUsageChart from '../partner/SolutionUsageChart';
import UsageChart from './UsageChart';

// jsdom has no layout: a fixed-size container lets recharts draw its axes.
vi.mock('recharts', async (actual) => ({
  ...(await actual<typeof import('recharts')>()),
  ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) => cloneElement(children, { width: 600, height: 300 }),
}));

const ticks = (container: HTMLElement) => [...container.querySelectorAll('text.recharts-cartesian-axis-tick-value[orientation="bottom"]')].map((t) => t.textContent);

describe('the daily usage charts', () => {
  it('label their days as every other chart does ("3 Nov", not "11-03")', () => {
    const { container } = render(<UsageChart daily={[{ day: '2026-11-03', allowed: 4, denied: 1 }, { day: '2026-11-04', allowed: 2, denied: 0 }]} />);
    expect(ticks(container)).toEqual(['3 Nov', '4 Nov']);
    const zero = { ANONYMOUS: 0, REGISTERED: 1, PRO: 0, ENTERPRISE: 0 };
    const partner = render(<SolutionUsageChart days={[{ day: '2026-11-05', ...zero }]} />);
    expect(ticks(partner.container)).toEqual(['5 Nov']);
  });

  it('write their legend labels in the text colour: the grey of anonymous callers (#8c959f) is too faint for text', () => {
    const zero = { ANONYMOUS: 3, REGISTERED: 1, PRO: 0, ENTERPRISE: 0 };
    const { container } = render(<SolutionUsageChart days={[{ day: '2026-11-05', ...zero }]} />);
    const labels = [...container.querySelectorAll('.recharts-legend-item-text')];
    expect(labels.map((label) => label.textContent)).toEqual(['Anonymous', 'Registered', 'Pro', 'Enterprise']);
    for (const label of labels) {
      // The colour the text is drawn in: the innermost element with one.
      const drawn = [label, ...label.querySelectorAll('*')].reverse().find((each) => (each as HTMLElement).style.color)!;
      expect((drawn as HTMLElement).style.color).toBe('canvastext');
    }
  });

  it('say so in words when there were no calls, instead of drawing empty axes', () => {
    const { container, getByText } = render(<UsageChart daily={[{ day: '2026-11-03', allowed: 0, denied: 0 }, { day: '2026-11-04', allowed: 0, denied: 0 }]} />);
    expect(getByText('No calls in the last 2 days.')).toBeTruthy();
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
  });

  it('name the day in their tooltips as the axis does ("3 Nov", not "2026-11-03")', async () => {
    const zero = { ANONYMOUS: 0, REGISTERED: 1, PRO: 0, ENTERPRISE: 0 };
    for (const chart of [
      <UsageChart daily={[{ day: '2026-11-03', allowed: 4, denied: 1 }]} />,
      <SolutionUsageChart days={[{ day: '2026-11-03', ...zero }]} />,
    ]) {
      const { container, unmount } = render(chart);
      // jsdom has no layout (every box at 0, 0): a pointer over the middle of the 600 × 300 chart is over the one bar.
      fireEvent.mouseMove(container.querySelector('.recharts-wrapper')!, { clientX: 300, clientY: 150 });
      await vi.waitFor(() => expect(container.querySelector('.recharts-tooltip-label')?.textContent).toBe('3 Nov'));
      unmount();
    }
  });

  it('call refused calls "refused", as the tier cards and the usage over time below do (not "denied")', () => {
    const { container, getByText } = render(<UsageChart daily={[{ day: '2026-11-03', allowed: 4, denied: 1 }, { day: '2026-11-04', allowed: 0, denied: 0 }]} />);
    expect(getByText((_, el) => el?.tagName === 'FIGCAPTION' && el.textContent === 'Last 2 days: 4 calls allowed, 1 refused.')).toBeTruthy();
    expect([...container.querySelectorAll('.recharts-legend-item-text')].map((label) => label.textContent)).toEqual(['Allowed', 'Refused']);
  });
});
