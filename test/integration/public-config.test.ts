import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

/** The web app's runtime settings: one build of the app shows each deployment's own quota shim URL. */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.close());

describe('GET /config.json', () => {
  it('tells anyone, without signing in, where solution backends reach the quota shim — and nothing else', async () => {
    const res = await fetch(`${platform.url}/config.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ quotaUrl: platform.shimUrl });
  });

  it('is cacheable for a minute, so open tabs pick up a change on their next start', async () => {
    const res = await fetch(`${platform.url}/config.json`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('points at the shim itself: its validate endpoint answers there', async () => {
    const { quotaUrl } = (await (await fetch(`${platform.url}/config.json`)).json()) as { quotaUrl: string };
    const res = await fetch(`${quotaUrl}/quota/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401); // no solution secret: the shim's own answer
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
