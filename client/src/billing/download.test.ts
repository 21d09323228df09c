// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSession, writeSession } from '../auth/session-store';
import { downloadWithSession, fileNameFrom } from './download';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const pdf = () => new Response('%PDF-1.7 …', { status: 200, headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="MP-25-26-0000042.pdf"' } });

let clicked: Array<{ href: string; download: string }>;
beforeEach(() => {
  writeSession({ accessToken: 'access-1', accessTokenExpiresAt: inAnHour() });
  clicked = [];
  URL.createObjectURL = vi.fn(() => 'blob:invoice');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  writeSession(null);
});

describe('downloadWithSession', () => {
  it('fetches with the bearer token and saves the body under the server’s file name', async () => {
    const fetch = vi.fn(async () => pdf());
    vi.stubGlobal('fetch', fetch);
    await downloadWithSession('/billing/invoices/inv_1.pdf', 'fallback.pdf');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/billing/invoices/inv_1.pdf');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer access-1');
    expect(clicked).toEqual([{ href: 'blob:invoice', download: 'MP-25-26-0000042.pdf' }]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0); // the temporary link is gone
  });

  it('refreshes an expired token once on a 401 and retries with the new one', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/auth/refresh') return Response.json({ accessToken: 'access-2', accessTokenExpiresAt: inAnHour() });
      const token = new Headers(init?.headers).get('authorization');
      return token === 'Bearer access-2' ? pdf() : new Response('{}', { status: 401 });
    });
    vi.stubGlobal('fetch', fetch);
    await downloadWithSession('/billing/invoices/inv_1.pdf', 'fallback.pdf');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/billing/invoices/inv_1.pdf', '/auth/refresh', '/billing/invoices/inv_1.pdf']);
    expect(readSession()?.accessToken).toBe('access-2');
    expect(clicked).toHaveLength(1);
  });

  it('says what went wrong, in the server’s words when it sent any, and saves nothing', async () => {
    const problem = (status: number, body: Record<string, unknown>) =>
      new Response(JSON.stringify({ type: `/docs/errors#${String(body.code).toLowerCase()}`, status, requestId: 'req-1', ...body }), {
        status,
        headers: { 'content-type': 'application/problem+json' },
      });
    vi.stubGlobal('fetch', vi.fn(async () => problem(404, { code: 'NOT_FOUND', title: 'Not found', detail: 'No invoice inv_9 of yours.' })));
    await expect(downloadWithSession('/billing/invoices/inv_9.pdf', 'x.pdf')).rejects.toThrow('No invoice inv_9 of yours.');
    vi.stubGlobal('fetch', vi.fn(async () => problem(403, { code: 'FORBIDDEN', title: 'Not allowed', detail: '' })));
    await expect(downloadWithSession('/billing/payout-report.csv?month=2026-03', 'x.csv')).rejects.toThrow('Not allowed');
    // The data export's refusal when a part of the account could not be read.
    const detail = 'Your keys and subscriptions could not be read just now; nothing was exported. Try again in a moment.';
    vi.stubGlobal('fetch', vi.fn(async () => problem(503, { code: 'UNAVAILABLE', title: 'Temporarily unavailable', detail, retryAfterSeconds: 1 })));
    await expect(downloadWithSession('/account/export', 'marketplace-data.json')).rejects.toThrow(detail);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 502 })));
    await expect(downloadWithSession('/billing/invoices/inv_9.pdf', 'x.pdf')).rejects.toThrow('The download failed (HTTP 502). Please try again.');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(downloadWithSession('/billing/invoices/inv_9.pdf', 'x.pdf')).rejects.toThrow('Could not reach the server.');
    expect(clicked).toEqual([]);
  });
});

describe('fileNameFrom', () => {
  it('reads plain and RFC 5987 names', () => {
    expect(fileNameFrom('attachment; filename="payout-2026-03.csv"')).toBe('payout-2026-03.csv');
    expect(fileNameFrom("attachment; filename*=UTF-8''MP%2F25-26.pdf")).toBe('MP/25-26.pdf');
    expect(fileNameFrom(null)).toBeUndefined();
  });
});
