import type { Tier } from '@marketplace/contracts';

/** The step up from each tier: sign-up, a paid tier through checkout, or a conversation with sales. */
export const NEXT_TIER: Record<Tier, Tier | 'contact'> = {
  anonymous: 'registered',
  registered: 'pro',
  pro: 'enterprise',
  enterprise: 'contact',
};

/**
 * Where the web app takes a customer for the next tier (a path, to put after the public URL): the sign-up page,
 * the solution's pricing with its checkout (`?upgrade=<tier>`), or its contact-sales form.
 */
export function upgradePath(slug: string, next: Tier | 'contact'): string {
  const page = `/solutions/${encodeURIComponent(slug)}`;
  if (next === 'registered') return `/signup?solution=${encodeURIComponent(slug)}`;
  if (next === 'contact') return `${page}?contact=sales`;
  return `${page}?upgrade=${next}`;
}
