/**
 * `AB_BASE=<dir> TSX_TSCONFIG_PATH=<dir>/tsconfig.ab.json node --import tsx sdk/examples/bench-pair/ab-client-cpu.ts`: the SDK client's `validate` of another commit (<dir>) against this one's,
 * over a stub fetch that answers a verdict (so only the client's own work and the Response it parses count), built side by side
 * in one process and measured in alternating rounds (median CPU per call of each), so a loaded machine weighs on
 * both alike. Lay out the other commit in <dir> inside this worktree (never committed): `git archive <commit> | tar
 * -x -C <dir>`; a `<dir>/node_modules` whose entries link to this worktree's, except `@marketplace`, copied so its
 * relative links point into <dir>; and a `<dir>/tsconfig.ab.json` that extends this tsconfig and includes both trees'
 * sources (tsx applies the decorator settings only to included files).
 */
import * as mine from '../../src/client.ts';
const base = (await import(`${process.env.AB_BASE!}/sdk/src/client.ts`)) as typeof mine;
const verdict = JSON.stringify({ allowed: true, code: 'VALID', tier: 'enterprise', limit: 1_000_000_000, used: 5, remaining: 999_999_995, resetAt: '2027-01-01T00:00:00.000Z', features: {}, subject: { type: 'key', keyId: 'key_1', userId: 'usr_1' } });
const headers = { 'content-type': 'application/json', 'ratelimit-policy': '"quota";q=1000000000;w=2678400', ratelimit: '"quota";r=999999995;t=2000000' };
const fakeFetch = (async () => new Response(verdict, { status: 200, headers })) as typeof fetch;
const make = (m: typeof mine) => m.createQuotaClient({ baseUrl: 'http://127.0.0.1:1', solutionSecret: 'mps_benchsecret', fetch: fakeFetch });
const clients = { base: make(base), mine: make(mine) };
const CALLS = 5000;
const cpu = { base: [] as number[], mine: [] as number[] };
const run = async (side: 'base' | 'mine') => {
  for (let i = 0; i < CALLS; i += 16) await Promise.all(Array.from({ length: 16 }, () => clients[side].validate({ apiKey: 'mk_live_abcdefghijklmnopqrstuvwxyz0123456789' })));
};
await run('base'); await run('mine');
for (let r = 0; r < 15; r++) {
  const order: ('base' | 'mine')[] = r % 2 ? ['mine', 'base'] : ['base', 'mine'];
  for (const side of order) {
    const start = process.cpuUsage();
    await run(side);
    const u = process.cpuUsage(start);
    cpu[side].push((u.user + u.system) / CALLS);
  }
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!.toFixed(1);
process.stdout.write(`SDK client.validate (stub fetch): base ${med(cpu.base)} µs, mine ${med(cpu.mine)} µs per call\n`);
process.exit(0);
