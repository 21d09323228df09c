// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig, RuntimeConfigProvider } from '../runtime-config';
import { TryIt } from './TryIt';

afterEach(cleanup);

/** The gateway's GET /config.json answering `body` with `status`. */
const configFetch = (body: unknown, status = 200) =>
  vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => Response.json(body, { status }));

/** Renders and lets the config promise settle (React's `use` resumes inside act). */
async function renderTryIt(config: ReturnType<typeof loadRuntimeConfig>, copies = 1) {
  await act(async () => {
    render(
      <RuntimeConfigProvider config={config}>
        {Array.from({ length: copies }, (_, i) => (
          <TryIt key={i} />
        ))}
      </RuntimeConfigProvider>,
    );
  });
}

const commands = () => screen.getAllByText(/^curl -s /).map((code) => code.textContent ?? '');

describe('Try it snippets', () => {
  it('address the quota shim the running platform names in /config.json, asked once', async () => {
    const fetchMock = configFetch({ quotaUrl: 'https://quota.example.com/' });
    await renderTryIt(loadRuntimeConfig(fetchMock), 2);
    await screen.findAllByText(/^curl -s https:\/\/quota\.example\.com\/quota\/validate/);
    expect(commands()).toHaveLength(4);
    for (const command of commands()) expect(command.startsWith('curl -s https://quota.example.com/quota/validate \\')).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/config.json');
    expect(screen.queryByText(/localhost:4010/)).toBeNull();
  });

  it('use a placeholder and say so when the platform cannot be asked', async () => {
    for (const config of [
      loadRuntimeConfig(vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))),
      loadRuntimeConfig(configFetch({ error: 'x' }, 503)),
      loadRuntimeConfig(configFetch({ quotaUrl: 'javascript:alert(1)' })),
    ]) {
      await renderTryIt(config);
      await screen.findAllByText(/^curl -s \$QUOTA_URL\/quota\/validate/);
      expect(screen.getByRole('status').textContent).toMatch(/could not be loaded just now: set QUOTA_URL/);
      cleanup();
    }
  });
});
