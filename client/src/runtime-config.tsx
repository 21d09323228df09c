import { createContext, use, useContext, type ReactNode } from 'react';
import { REQUEST_TIMEOUT_MS } from './apollo';

/**
 * Settings of the running platform, from the gateway's `GET /config.json`, read once at start: the same build of the
 * app shows each deployment's own addresses.
 */
export interface RuntimeConfig {
  /** Where solution backends reach the quota shim; null when the platform could not be asked. */
  quotaUrl: string | null;
}

const UNKNOWN: RuntimeConfig = { quotaUrl: null };

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/** Asks the gateway for its settings. Never rejects: without an answer every setting is unknown (null). */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const res = await fetchImpl('/config.json', { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (!res.ok) return UNKNOWN;
    const body = (await res.json()) as { quotaUrl?: unknown } | null;
    return { quotaUrl: httpUrl(body?.quotaUrl) };
  } catch {
    return UNKNOWN;
  }
}

const Context = createContext<Promise<RuntimeConfig>>(Promise.resolve(UNKNOWN));

/** Shares the one request `main.tsx` starts at load with every component that needs a setting. */
export function RuntimeConfigProvider({ config, children }: { config: Promise<RuntimeConfig>; children: ReactNode }) {
  return <Context value={config}>{children}</Context>;
}

/** The platform's settings; suspends until `/config.json` has answered. */
export function useRuntimeConfig(): RuntimeConfig {
  return use(useContext(Context));
}
