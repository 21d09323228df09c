/** Colours of verdicts (allowed green, refusals warm) and of anything else, in turn. Outside the chart chunk: tables use them too. */
const OUTCOME_COLORS: Record<string, string> = { VALID: '#1f7a4d', QUOTA_EXCEEDED: '#c23b3b', RATE_LIMITED: '#b35c00', TRIAL_EXPIRED: '#8250df' };
const OTHER_COLORS = ['#0969da', '#8c959f', '#bf3989', '#6e7781'];

export function seriesColor(key: string, index: number): string {
  return OUTCOME_COLORS[key] ?? OTHER_COLORS[index % OTHER_COLORS.length]!;
}
