// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiConsole } from './ApiConsole';
import type { DocEndpoint } from './api-request';

afterEach(cleanup);

const BASE = 'https://fx.example';
const ENDPOINTS: DocEndpoint[] = [
  {
    id: 'end_1',
    method: 'GET',
    path: '/v1/rates/{date}',
    parameters: [
      { name: 'date', in: 'PATH', type: 'STRING', required: true, example: '2026-11-30' },
      { name: 'base', in: 'QUERY', type: 'STRING', required: false, example: 'INR' },
    ],
  },
  { id: 'end_2', method: 'POST', path: '/v1/convert', parameters: [{ name: 'amount', in: 'BODY', type: 'NUMBER', required: true }] },
];

function renderConsole(fetchImpl: typeof fetch, props: Partial<Parameters<typeof ApiConsole>[0]> = {}) {
  render(<ApiConsole baseUrl={BASE} endpoints={ENDPOINTS} endpointId="end_1" onEndpointChange={() => {}} apiKey={null} keyChosen={false} fetchImpl={fetchImpl} {...props} />);
}

const answer = () =>
  vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
    Response.json({ base: 'INR', rates: { USD: 0.0118 } }, { status: 200, headers: { RateLimit: '"quota";r=99;t=3600', 'RateLimit-Policy': '"quota";q=100;w=2592000', 'X-Other': 'x' } }),
  );

describe('the live console', () => {
  it('sends the request with the key from the browser and shows status, highlighted RateLimit headers and body', async () => {
    const fetchMock = answer();
    renderConsole(fetchMock, { apiKey: 'mk_live_abcd_secret', keyChosen: true });
    fireEvent.click(screen.getByRole('button', { name: 'Send with your key' }));
    const result = await screen.findByRole('region', { name: /Response 200/ });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('https://fx.example/v1/rates/2026-11-30?base=INR');
    expect(init).toMatchObject({ method: 'GET', mode: 'cors', credentials: 'omit', headers: [['Authorization', 'Bearer mk_live_abcd_secret']] });
    const highlighted = [...result.querySelectorAll('tr.header-ratelimit')].map((row) => row.querySelector('code')?.textContent);
    expect(highlighted.sort()).toEqual(['ratelimit', 'ratelimit-policy']);
    expect(within(result).getByLabelText('Response body').textContent).toContain('"USD": 0.0118');
  });

  it('says plainly when the browser may not read the answer (CORS) instead of failing silently', async () => {
    renderConsole(vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    fireEvent.click(screen.getByRole('button', { name: 'Send without a key' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not read an answer from https:\/\/fx\.example/);
    expect(alert.textContent).toMatch(/does not allow calls from this page \(http:\/\/localhost:3000\)/);
    expect(alert.textContent).toMatch(/CORS/);
  });

  it('refuses to send when a key is chosen but not pasted, and names missing or mistyped values', async () => {
    const fetchMock = answer();
    renderConsole(fetchMock, { keyChosen: true, apiKey: null });
    fireEvent.click(screen.getByRole('button', { name: 'Send with your key' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Paste the full key/);
    cleanup();

    renderConsole(fetchMock, { endpointId: 'end_2' });
    fireEvent.change(screen.getByLabelText(/amount/), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send without a key' }));
    expect(await screen.findByText('amount must be a number.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/amount/), { target: { value: '12.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send without a key' }));
    await screen.findByRole('region', { name: /Response 200/ });
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ method: 'POST', body: '{"amount":12.5}', headers: [['Content-Type', 'application/json']] });
  });
});
