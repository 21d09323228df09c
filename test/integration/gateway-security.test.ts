import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { SignJWT, importPKCS8 } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlBinding, signCaller } from '@marketplace/shared';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { expectProblem } from '../support/problem.ts';

/** What the gateway and the subgraphs refuse, and how: every refusal has a code and no process falls over. */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.close());

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}

describe('subgraphs trust only the gateway', () => {
  const operation = { query: '{ me { id } }' };
  const query = JSON.stringify(operation);
  const bound = graphqlBinding(operation);

  it('refuses a request without a signature', async () => {
    const res = await post(platform.subgraphUrls.identity!, query);
    expect(res.status).toBe(401);
    expect(res.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(res.body.data ?? null).toBeNull();
  });

  it('refuses a caller header signed with another secret', async () => {
    const forged = signCaller('not-the-internal-secret-but-long-enough!!', { userId: 'usr_x', roles: ['admin'] }, bound);
    const res = await post(platform.subgraphUrls.identity!, query, forged);
    expect(res.status).toBe(401);
  });

  it('refuses a stale signature', async () => {
    const stale = signCaller(platform.internalSecret, { roles: [] }, bound, new Date(Date.now() - 5 * 60_000));
    const res = await post(platform.subgraphUrls.identity!, query, stale);
    expect(res.status).toBe(401);
  });

  it('accepts a fresh signature from the real secret', async () => {
    const res = await post(platform.subgraphUrls.identity!, query, signCaller(platform.internalSecret, { roles: [] }, bound));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ me: null });
  });

  it('refuses a captured header replayed with another operation', async () => {
    const captured = signCaller(platform.internalSecret, { userId: 'usr_x', roles: ['admin'] }, bound);
    const res = await post(platform.subgraphUrls.identity!, JSON.stringify({ query: '{ me { id email } }' }), captured);
    expect(res.status).toBe(401);
    expect(res.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('the gateway refuses bad requests clearly', () => {
  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const res = await post(`${platform.url}/graphql`, '{"query": "{ me { id } }"');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
  });

  it('answers a JSON body that is not an object, and a body that is not JSON, with 400, security headers on every answer', async () => {
    const scalar = await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"{ me { id } }"' });
    expect(scalar.status).toBe(400);
    expect(((await scalar.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    const text = await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ me { id } }' });
    expect(text.status).toBe(400);
    const ok = await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ categories }' }) });
    expect(ok.status).toBe(200);
    for (const res of [scalar, text, ok]) {
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers an oversized body with 413', async () => {
    const res = await post(`${platform.url}/graphql`, JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(200_000) } }));
    expect(res.status).toBe(413);
    expect(res.body.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed GraphQL with a parse error', async () => {
    const res = await platform.graphql('{ me { id ');
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('names an unknown field', async () => {
    const res = await platform.graphql('{ me { id shoeSize } }');
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors![0]!.message).toContain('shoeSize');
  });

  it('answers an operation it cannot pick or run, and a mismatched persisted-query hash, with 400 BAD_REQUEST, never a 500 or INTERNAL', async () => {
    const graphql = (body: unknown) => post(`${platform.url}/graphql`, JSON.stringify(body));
    const cases: [unknown, string | undefined][] = [
      [{ query: 'query A { categories } query B { categories }' }, 'operationName'],
      [{ query: 'query A { categories }', operationName: 'Z' }, 'operationName'],
      [{ query: 'subscription { categories }' }, 'query'],
      [{ query: '{ categories }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, undefined],
    ];
    for (const [body, field] of cases) {
      const res = await graphql(body);
      expect([res.status, res.body.errors![0]!.extensions!.code, res.body.errors![0]!.extensions!.field], JSON.stringify(body)).toEqual([400, 'BAD_REQUEST', field]);
    }
    // The right name still picks its operation.
    expect((await graphql({ query: 'query A { categories } query B { categories }', operationName: 'B' })).body.data.categories.length).toBeGreaterThan(0);
  });

  it('names a variable of the wrong type', async () => {
    const res = await platform.graphql('mutation($i: RegisterInput!) { register(input: $i) { id } }', {
      i: { email: 42, password: true, name: 'x' },
    });
    expect(codes(res)[0]).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/email/);
  });

  it('refuses a query nested 50 levels deep before running it', async () => {
    let selection = 'name';
    for (let i = 0; i < 50; i++) selection = `ofType { ${selection} }`;
    const res = await platform.graphql(`{ __type(name: "User") { fields { type { ${selection} } } } }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toContain('QUERY_TOO_DEEP');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a query nested thousands of levels before parsing it, as too deep', async () => {
    for (const levels of [3_000, 12_000]) {
      const res = await platform.graphql(`{ ${'me { '.repeat(levels)}id${' }'.repeat(levels)} }`);
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['QUERY_TOO_DEEP']);
    }
    const lists = await platform.graphql(`query($a: Int = ${'['.repeat(5_000)}1${']'.repeat(5_000)}) { __typename }`);
    expect(codes(lists)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses a query costlier than the limit', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: me { id name email roles status createdAt }`).join(' ');
    const res = await platform.graphql(`{ ${fields} }`);
    expect(codes(res)).toContain('QUERY_TOO_COSTLY');
  });

  it('answers its REST refusals as problem+json: an unknown route, the Explorer not built, a bad Checkout return body', async () => {
    expect(await expectProblem(await fetch(`${platform.url}/no-such-route`, { headers: { accept: 'application/json' } }), 404, 'NOT_FOUND')).toMatchObject({
      detail: 'There is no GET /no-such-route here.',
    });
    await expectProblem(await fetch(`${platform.url}/explorer`), 503, 'UNAVAILABLE');
    const form = await fetch(`${platform.url}/billing/checkout/return`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-request-id': 'form-trace-7' },
      body: 'x'.repeat(5000),
    });
    expect(await expectProblem(form, 413, 'PAYLOAD_TOO_LARGE', 'body')).toMatchObject({ requestId: 'form-trace-7' });
    expect(form.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('tells a caller using the wrong method on a GET route which one it takes (405 with Allow), not that it is missing', async () => {
    for (const path of ['/healthz', '/config.json', '/explorer', '/docs/errors', '/account/export', '/billing/invoices/inv_x.pdf', '/billing/payout-report.csv?month=2026-12']) {
      const res = await fetch(`${platform.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      // Billing's GET routes answer HEAD too, as the gateway's own do.
      expect({ path, allow: res.headers.get('allow') }).toEqual({ path, allow: 'GET, HEAD' });
      await expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
    }
    // A path under /auth that is no route is missing whatever the method, not a POST route answered with 405.
    for (const method of ['GET', 'POST']) {
      const res = await fetch(`${platform.url}/auth/no-such-route`, { method, headers: { accept: 'application/json', 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      await expectProblem(res, 404, 'NOT_FOUND');
    }
    expect((await fetch(`${platform.url}/auth/refresh`)).headers.get('allow')).toBe('POST');
    // A path whose %-escape is broken is said to be, not taken for a body that is not JSON.
    expect(await expectProblem(await fetch(`${platform.url}/auth/oidc/%ZZ/callback`), 400, 'BAD_REQUEST', 'path')).toMatchObject({ detail: expect.stringMatching(/path is not valid/) });
  });

  it('serves the error table that every code links to, one anchor per code', async () => {
    const res = await fetch(`${platform.url}/docs/errors`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    for (const code of ['bad_user_input', 'payload_too_large', 'query_too_deep', 'query_too_costly', 'email_not_verified', 'unavailable']) expect(page).toContain(`id="${code}"`);
  });
});

describe('access tokens', () => {
  it('refuses garbage, a malformed header and a token signed by another key', async () => {
    const garbage = await platform.graphql('{ me { id } }', {}, 'not-a-jwt');
    expect(garbage.status).toBe(401);
    expect(codes(garbage)).toEqual(['UNAUTHENTICATED']);

    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(401);

    const { privateKey } = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const forged = await new SignJWT({ roles: ['admin'], sid: 'ses_forged' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('usr_forged')
      .setIssuer('marketplace-identity')
      .setAudience('marketplace')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(await importPKCS8(privateKey, 'EdDSA'));
    const forgedRes = await platform.graphql('{ users(first: 1) { nodes { id } } }', {}, forged);
    expect(codes(forgedRes)).toEqual(['UNAUTHENTICATED']);
  });

  it('expires access tokens after 15 minutes', async () => {
    const login = await platform.graphql(
      `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
      { i: { email: platform.admin.email, password: platform.admin.password } },
    );
    const token = login.data!.login.accessToken as string;
    expect((await platform.graphql('{ me { id } }', {}, token)).data!.me.id).toMatch(/^usr_/);
    platform.clock.advance(15 * 60_000 + 1000);
    const expired = await platform.graphql('{ me { id } }', {}, token);
    expect(codes(expired)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('/healthz', () => {
  it('reports DynamoDB and every subgraph', async () => {
    const res = await fetch(`${platform.url}/healthz`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(report.status).toBe('ok');
    expect(Object.keys(report.checks).sort()).toEqual(['analytics', 'billing', 'catalog', 'dynamodb', 'identity', 'keys', 'quota-shim', 'quotas']);
  });

  it('answers 503 naming the subgraph that is down', async () => {
    const broken = await startTestPlatform({ subgraphUrls: { identity: 'http://127.0.0.1:9/graphql' } });
    try {
      const res = await fetch(`${broken.url}/healthz`);
      expect(res.status).toBe(503);
      const report = (await res.json()) as { checks: Record<string, { status: string }> };
      expect(report.checks.identity!.status).toBe('unavailable');
      expect(report.checks.dynamodb!.status).toBe('ok');
    } finally {
      await broken.close();
    }
  });
});

describe('a malformed id, on every argument that takes one', () => {
  // One rule (README, Errors): a malformed id names nothing that exists, so it is answered as a well-formed id of
  // nothing is: NOT_FOUND naming the argument, or null / an empty list / false where that is the answer to an id of
  // nothing. The schema lists the arguments, so an operation added later is held to the rule without a line here.
  const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../../schema/api.graphql'), 'utf8'));
  /** Sign-in providers are configured names, not ids the platform issues; the offer form lists every fault at once. */
  const EXEMPT = new Set(['startSocialSignIn', 'completeSocialSignIn', 'unlinkSignInMethod', 'createEnterpriseOffer']);
  /** Values of other arguments that let the call reach its id (a free tier, an empty range or a path would be refused first). */
  const OTHER: Record<string, Record<string, unknown>> = {
    startCheckout: { tier: 'PRO' },
    solutionAnalytics: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' },
    myAnalytics: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' },
  };
  const INPUT: Record<string, Record<string, unknown>> = { grantTier: { tier: 'PRO' }, addEndpoint: { path: '/v1/x' }, updateEndpoint: { path: '/v1/x' } };
  const idPaths = (type: GraphQLInputType, at: string, seen = new Set<string>()): string[] => {
    const named = getNamedType(type);
    if (named.name === 'ID') return [at];
    if (!isInputObjectType(named) || seen.has(named.name)) return [];
    return Object.entries(named.getFields()).flatMap(([name, f]) => idPaths(f.type, `${at}.${name}`, new Set([...seen, named.name])));
  };
  /** The least value of a type that passes its own checks; every ID is `id`. */
  const valueOf = (type: GraphQLInputType, id: string, seen = new Set<string>()): unknown => {
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) return [];
    const named = getNamedType(inner);
    if (named.name === 'ID') return id;
    if (isEnumType(named)) return named.getValues()[0]!.value;
    if (isInputObjectType(named)) {
      const fields = Object.entries(named.getFields()).filter(([, f]) => isNonNullType(f.type) && f.defaultValue === undefined);
      return Object.fromEntries(fields.map(([name, f]) => [name, valueOf(f.type, id, new Set([...seen, named.name]))]));
    }
    return ({ String: 'Probe', Int: 1, Float: 1, Boolean: true, DateTimeISO: '2030-01-01T00:00:00.000Z', SafeInt: 1, JSONObject: {} } as Record<string, unknown>)[named.name];
  };
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    tokens.admin = (await platform.login(platform.admin.email, platform.admin.password)).accessToken;
    tokens.customer = (await platform.signUp('malformed.customer@example.com', 'customer-password-1')).accessToken;
    const applicant = await platform.signUp('malformed.partner@example.com', 'partner-password-1');
    const applied = await platform.graphql(
      `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { id } }`,
      { input: { companyName: 'Malformed Ltd', website: 'https://partner.example', contactName: 'P', contactEmail: 'malformed.partner@example.com', description: 'Fixture partner.' } },
      applicant.accessToken,
    );
    await platform.graphql(`mutation($id: ID!) { approvePartnerApplication(id: $id) { id } }`, { id: applied.data!.applyForPartnership.id }, tokens.admin);
    tokens.partner = (await platform.login('malformed.partner@example.com', 'partner-password-1')).accessToken;
  });

  it.each(['not-an-id', '', 'usr_X#SOL#sol_Y'])('%j is NOT_FOUND naming the argument, null, an empty list or false: never BAD_USER_INPUT or INTERNAL', async (id) => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [kind, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const [name, field] of Object.entries(root.getFields())) {
        const paths = field.args.flatMap((arg) => idPaths(arg.type, arg.name));
        if (paths.length === 0 || EXEMPT.has(name)) continue;
        const args = field.args.filter((arg) => paths.some((p) => p === arg.name || p.startsWith(`${arg.name}.`)) || isNonNullType(arg.type));
        const variables: Record<string, unknown> = Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, id)]));
        Object.assign(variables, OTHER[name]);
        if (INPUT[name]) Object.assign(variables.input as object, INPUT[name]);
        const returns = getNamedType(field.type);
        const selection = isScalarType(returns) || isEnumType(returns) ? '' : '{ __typename }';
        const query = `${kind}(${args.map((a) => `$${a.name}: ${a.type}`).join(', ')}) { ${name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
        const answers: string[] = [];
        for (const role of ['customer', 'partner', 'admin']) {
          const res = await platform.graphql(query, variables, tokens[role]);
          const error = res.errors?.[0]?.extensions as { code?: string; field?: string } | undefined;
          const data = res.data?.[name];
          if (!error) answers.push(data === null || data === false || (Array.isArray(data) && data.length === 0) ? 'none' : `data ${JSON.stringify(data)}`);
          else if (error.code === 'NOT_FOUND' && paths.includes(error.field ?? '')) answers.push('NOT_FOUND');
          else if ((error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') && !paths.includes(error.field ?? '')) answers.push('role');
          else answers.push(`${error.code} on ${error.field}`);
        }
        checked++;
        // Refused for the role is fine (it says nothing of the id), but some role must reach the id and be told it names nothing.
        if (answers.some((a) => a !== 'NOT_FOUND' && a !== 'none' && a !== 'role') || answers.every((a) => a === 'role')) wrong.push(`${name}: ${answers.join(', ')}`);
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });
});

describe('production mode', () => {
  it('leaks no stack traces or internals, even when a subgraph is down', async () => {
    const prod = await startTestPlatform({ production: true, introspection: false, subgraphUrls: { identity: 'http://127.0.0.1:9/graphql' } });
    try {
      const down = await prod.graphql('{ me { id } }');
      expect(down.errors!.length).toBeGreaterThan(0);
      // The subgraph is what did not answer, not the data store: retry shortly.
      expect(down.errors![0]).toMatchObject({ message: 'A part of the platform did not answer in time; retry shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
      for (const error of down.errors!) {
        expect(error.extensions?.stacktrace).toBeUndefined();
        expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|node_modules/);
      }
      const invalid = await prod.graphql('{ me { shoeSize } }');
      expect(invalid.errors![0]!.extensions?.stacktrace).toBeUndefined();
      const introspection = await prod.graphql('{ __schema { types { name } } }');
      expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      await prod.close();
    }
  });
});

