// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { of } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { dayStart, mergeStreams, toCsv } from './audit-trail';
import AuditPage from './AuditPage';

afterEach(cleanup);

type Field = 'identity' | 'catalog' | 'keys' | 'quotas' | 'billing';
const T0 = Date.parse('2026-03-01T00:00:00.000Z');
const minute = (n: number) => new Date(T0 + n * 60_000).toISOString();

function event(stream: Field, n: number, action: string) {
  return {
    __typename: 'AuditEvent',
    id: `aud_${stream}_${String(n).padStart(3, '0')}`,
    stream: stream.toUpperCase(),
    actorId: 'usr_ada',
    actor: { __typename: 'User', id: 'usr_ada', name: 'Ada Admin', email: 'ada@example.com' },
    action,
    targetType: 'Thing',
    targetId: `thing_${n}`,
    userId: null,
    solutionId: null,
    before: null,
    after: { n },
    reason: null,
    at: minute(n),
  };
}

/**
 * The gateway as the page sees it: each stream pages its own events newest first (cursor = offset); streams
 * in `failing` answer null with an error, as the gateway does when that subgraph is down.
 */
function fakeGateway(streams: Record<Field, ReturnType<typeof event>[]>, failing: Field[] = [], chains: Record<string, unknown> = {}) {
  const requests: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    if (operation.operationName === 'ChainVerification_Query') {
      const report = (stream: Field) => chains[stream] ?? { __typename: 'AuditChainReport', stream: stream.toUpperCase(), ok: true, checked: 3, unchained: 0, firstBreak: null };
      const trail = Object.fromEntries((Object.keys(streams) as Field[]).map((field) => [`${field}Chain`, report(field)]));
      return of({ data: { auditTrail: { __typename: 'AuditTrail', id: 'audit', ...trail } } });
    }
    const variables = operation.variables as Record<string, any>;
    requests.push(variables);
    const trail: Record<string, unknown> = { __typename: 'AuditTrail', id: 'audit' };
    const errors = [];
    for (const field of Object.keys(streams) as Field[]) {
      if (!variables[field]) continue;
      if (failing.includes(field)) {
        trail[field] = null;
        errors.push({ message: `${field} is down`, path: ['auditTrail', field], extensions: { code: 'INTERNAL' } });
        continue;
      }
      const all = [...streams[field]].sort((a, b) => (a.at < b.at ? 1 : -1));
      const start = Number(variables[`${field}After`] ?? 0);
      const nodes = all.slice(start, start + variables.first);
      trail[field] = {
        __typename: 'AuditEventConnection',
        nodes,
        pageInfo: { __typename: 'PageInfo', endCursor: String(start + nodes.length), hasNextPage: start + nodes.length < all.length },
      };
    }
    return of({ data: { auditTrail: trail }, ...(errors.length ? { errors } : {}) });
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), requests };
}

/** Pages of 5 (the page reads 50 by default), so a few events span pages. */
function renderPage(gateway: ReturnType<typeof fakeGateway>, url = '/admin/audit') {
  return render(
    <ApolloProvider client={gateway.client}>
      <MemoryRouter initialEntries={[url]}>
        <AuditPage pageSize={5} />
      </MemoryRouter>
    </ApolloProvider>,
  );
}

/** The table's rows, top to bottom, as "<stream> <action>". */
const rows = () =>
  [...screen.getByRole('table').querySelectorAll('tbody tr')].map((row) => {
    const cells = row.querySelectorAll('td');
    return `${cells[1]!.textContent} ${cells[2]!.textContent}`;
  });

// Identity: 7 events on even minutes 0–12 (more than a page); keys on minutes 1, 9 and 13; one catalog event; no grants.
const streams = () => ({
  identity: Array.from({ length: 7 }, (_, i) => event('identity', 2 * i, 'user.suspend')),
  keys: [event('keys', 1, 'key.create'), event('keys', 9, 'key.rotate'), event('keys', 13, 'key.revoke')],
  catalog: [event('catalog', 5, 'solution.approve')],
  quotas: [],
  billing: [event('billing', 3, 'subscription.activated')],
});

describe('the admin audit page', () => {
  it('merges every stream newest first, holds back what another stream could still precede, and loads the rest', async () => {
    const gateway = fakeGateway(streams());
    renderPage(gateway);
    await screen.findByRole('table');
    // When, by the app's one date rule, in UTC and saying so.
    expect(screen.getByRole('table').querySelector('tbody tr td')!.textContent).toBe('1 Mar 2026, 00:13 UTC');
    // Identity's first page ends at minute 4: the keys event at minute 1 waits until identity is read further.
    expect(rows()).toEqual([
      'Keys key.revoke',
      'Identity user.suspend',
      'Identity user.suspend',
      'Keys key.rotate',
      'Identity user.suspend',
      'Identity user.suspend',
      'Catalog solution.approve',
      'Identity user.suspend',
    ]);
    expect(gateway.requests[0]).toMatchObject({ identity: true, catalog: true, keys: true, quotas: true, billing: true, first: 5 });
    const actor = screen.getByRole('table').querySelector('tbody tr td:nth-child(4) a');
    expect([actor?.textContent, actor?.getAttribute('title'), actor?.getAttribute('href')]).toEqual(['Ada Admin', 'ada@example.com', '/admin/users/usr_ada']);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(12));
    // Only the stream that held the others back was read again, from its cursor.
    expect(gateway.requests[1]).toMatchObject({ identity: true, identityAfter: '5', catalog: false, keys: false, quotas: false, billing: false });
    expect(rows().slice(8)).toEqual(['Billing subscription.activated', 'Identity user.suspend', 'Keys key.create', 'Identity user.suspend']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  }, 15_000); // the first render also loads Apollo and the page: slow on a busy machine

  it('reads only the chosen stream and sends the filters', async () => {
    const gateway = fakeGateway(streams());
    renderPage(gateway, '/admin/audit?stream=KEYS&actor=usr_ada&action=key.rotate&from=2026-03-01&to=2026-03-02');
    await screen.findByRole('table');
    expect(gateway.requests[0]).toMatchObject({
      identity: false,
      catalog: false,
      keys: true,
      quotas: false,
      billing: false,
      filter: { actorId: 'usr_ada', targetId: null, action: 'key.rotate', from: dayStart('2026-03-01'), to: dayStart('2026-03-03') },
    });
    // One stream: no stream column.
    expect(within(screen.getByRole('table')).queryByRole('columnheader', { name: 'Stream' })).toBeNull();
  });

  it('refuses a range that ends before it starts, without asking the server', async () => {
    const gateway = fakeGateway(streams());
    renderPage(gateway);
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('From (day)'), { target: { value: '2026-03-05' } });
    fireEvent.change(screen.getByLabelText('To (day, included)'), { target: { value: '2026-03-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The last day is before the first day.');
    expect(gateway.requests).toHaveLength(1);
  });

  it('shows the streams that answered and names the one that did not', async () => {
    const gateway = fakeGateway(streams(), ['keys']);
    renderPage(gateway);
    await screen.findByRole('table');
    expect(screen.getByText(/could not be read: keys/)).toBeTruthy();
    expect(rows().some((row) => row.startsWith('Keys'))).toBe(false);
    expect(rows()[0]).toBe('Identity user.suspend');
  });
});

describe('the tamper check', () => {
  it('verifies every stream on demand and names the first broken link of a tampered one', async () => {
    const broken = {
      __typename: 'AuditChainReport',
      stream: 'KEYS',
      ok: false,
      checked: 3,
      unchained: 0,
      firstBreak: { __typename: 'AuditChainBreak', seq: 2, eventId: 'aud_keys_009', problem: 'HASH_MISMATCH' },
    };
    renderPage(fakeGateway(streams(), [], { keys: broken }));
    fireEvent.click(await screen.findByRole('button', { name: 'Verify the audit chain' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('API keys: first broken link at event #2 (aud_keys_009): the event was edited.');
    expect(alert.textContent).not.toContain('Accounts and roles');
  });

  it('says so when every link holds, counting the events of all five streams', async () => {
    renderPage(fakeGateway(streams()));
    fireEvent.click(await screen.findByRole('button', { name: 'Verify the audit chain' }));
    expect((await screen.findByText(/Every link holds/)).textContent).toBe('Every link holds: 15 events in 5 streams.');
  });
});

describe('mergeStreams', () => {
  it('shows everything once no stream has more, and reads next the streams short of a page', () => {
    const page = (ats: number[], hasNextPage: boolean) => ({
      events: ats.map((n) => ({ id: `aud_${n}`, at: minute(n) })),
      endCursor: null,
      hasNextPage,
    });
    const merged = mergeStreams({ identity: page([9, 5], true), keys: page([8, 7, 6, 4, 3], true), quotas: page([10, 1], false) }, 2);
    expect(merged.shown.map((e) => e.id)).toEqual(['aud_10', 'aud_9', 'aud_8', 'aud_7', 'aud_6', 'aud_5']);
    expect(merged.waiting).toBe(3);
    expect(merged.streamsToRead).toEqual(['identity']);
    expect(mergeStreams({ identity: page([2], false), keys: page([3], false) }, 2)).toMatchObject({ hasMore: false, waiting: 0, streamsToRead: [] });
  });
});

describe('toCsv', () => {
  it('writes one RFC 4180 row per event, quoting and defusing formulas', () => {
    const csv = toCsv([
      {
        at: '2026-03-01T00:00:00.000Z',
        stream: 'QUOTAS',
        action: 'tier.grant',
        actorId: 'usr_ada',
        actor: { name: '=HYPERLINK("x")', email: 'ada@example.com' },
        targetType: 'TierGrant',
        targetId: 'usr_bob#sol_1',
        userId: 'usr_bob',
        solutionId: 'sol_1',
        reason: 'Pilot, "phase 2"\nends soon',
        before: null,
        after: { tier: 'PRO' },
      },
      { at: '2026-03-01T00:00:01.000Z', stream: 'IDENTITY', action: 'user.bootstrap', actorId: null, actor: null, targetType: 'User', targetId: 'usr_ada' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'at,stream,action,actor_id,actor_name,actor_email,target_type,target_id,user_id,solution_id,reason,before,after',
      `2026-03-01T00:00:00.000Z,QUOTAS,tier.grant,usr_ada,"'=HYPERLINK(""x"")",ada@example.com,TierGrant,usr_bob#sol_1,usr_bob,sol_1,"Pilot, ""phase 2""\nends soon",,"{""tier"":""PRO""}"`,
      '2026-03-01T00:00:01.000Z,IDENTITY,user.bootstrap,,,,User,usr_ada,,,,,',
      '',
    ]);
  });
});
