// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient, createTimeoutLink, REQUEST_TIMEOUT_MS } from './apollo';
import { RequestTimeoutError } from './errors';
import { ErrorState, Loading } from './ui/States';

const QUERY = parse('query Catalog { solutions { nodes { id } } }');

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('timeout link', () => {
  it('fails an operation with no answer after 15 s and lets go of it', async () => {
    let unsubscribed = false;
    const silent = new ApolloLink(() => new Observable(() => () => (unsubscribed = true)));
    const link = ApolloLink.from([createTimeoutLink(), silent]);
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const failed = vi.fn();
    ApolloLink.execute(link, { query: QUERY }, { client }).subscribe({ error: failed });

    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
    expect(failed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(failed).toHaveBeenCalledTimes(1);
    expect(failed.mock.calls[0]![0]).toBeInstanceOf(RequestTimeoutError);
    expect(unsubscribed).toBe(true);
  });

  it('leaves an answer in time alone', async () => {
    const answered = new ApolloLink(() => new Observable((o) => void setTimeout(() => (o.next({ data: { ok: true } }), o.complete()), 14_000)));
    const link = ApolloLink.from([createTimeoutLink(), answered]);
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const seen = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
    ApolloLink.execute(link, { query: QUERY }, { client }).subscribe(seen);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen.next).toHaveBeenCalledWith({ data: { ok: true } });
    expect(seen.complete).toHaveBeenCalled();
    expect(seen.error).not.toHaveBeenCalled();
  });
});

function CatalogProbe() {
  const { data, error, loading, refetch } = useQuery(QUERY);
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <p>{JSON.stringify(data)}</p>;
}

describe('a page whose request never gets an answer', () => {
  it('shows its error state after 15 s, with the fetch aborted', async () => {
    const signals: AbortSignal[] = [];
    // A gateway that accepts the request and never answers; fetch rejects only when aborted, as browsers do.
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        signals.push(init.signal!);
        return new Promise((_resolve, reject) => {
          init.signal!.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        });
      }),
    );
    const client = createApolloClient({ onSessionExpired: vi.fn() });
    render(
      <ApolloProvider client={client}>
        <CatalogProbe />
      </ApolloProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain('Loading');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    });
    expect(screen.getByRole('alert').textContent).toContain('The marketplace took too long to answer. Try again in a moment.');
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(signals).toHaveLength(2); // Try again sends the request anew
  });
});
