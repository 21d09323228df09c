import { describe, expect, it } from 'vitest';
import { planRequest, snippet, type DocEndpoint } from './api-request';

const endpoint: DocEndpoint = {
  id: 'end_1',
  method: 'POST',
  path: '/v1/items/{id}',
  parameters: [
    { name: 'id', in: 'PATH', type: 'STRING', required: true },
    { name: 'q', in: 'QUERY', type: 'STRING', required: false },
    { name: 'X-Trace', in: 'HEADER', type: 'STRING', required: false },
    { name: 'n', in: 'BODY', type: 'INTEGER', required: true },
  ],
};
const values = { 'PATH:id': 'a b', 'QUERY:q': "it's", 'HEADER:X-Trace': 't1', 'BODY:n': '3' };

describe('snippets', () => {
  const planned = planRequest('https://api.example/', endpoint, values, { authorization: 'mk_live_ab12…' });
  if (!planned.ok) throw new Error('plan');

  it('curl keeps the key in a variable: the pasted key, or the prefix to complete', () => {
    expect(snippet('curl', planned.plan, 'mk_live_ab12…')).toBe(
      [
        "export MARKETPLACE_API_KEY='mk_live_ab12…'",
        "curl -i -X POST 'https://api.example/v1/items/a%20b?q=it%27s' \\",
        '  -H "Authorization: Bearer $MARKETPLACE_API_KEY" \\',
        "  -H 'X-Trace: t1' \\",
        "  -H 'Content-Type: application/json' \\",
        `  --data '{"n":3}'`,
      ].join('\n'),
    );
  });

  it('JavaScript uses fetch and Python uses requests, with the same request', () => {
    const js = snippet('javascript', planned.plan, 'mk_live_ab12_full');
    expect(js).toContain('const apiKey = process.env.MARKETPLACE_API_KEY ?? "mk_live_ab12_full";');
    expect(js).toContain('await fetch("https://api.example/v1/items/a%20b?q=it%27s", {');
    expect(js).toContain('headers: { Authorization: `Bearer ${apiKey}`, "X-Trace": "t1", "Content-Type": "application/json" },');
    const py = snippet('python', planned.plan, 'mk_live_ab12_full');
    expect(py).toContain('import requests');
    expect(py).toContain('api_key = os.environ.get("MARKETPLACE_API_KEY", "mk_live_ab12_full")');
    expect(py).toContain('headers={"Authorization": f"Bearer {api_key}", "X-Trace": "t1", "Content-Type": "application/json"},');
    expect(py).toContain('data="{\\"n\\":3}",');
  });

  it('anonymous snippets carry no key at all', () => {
    const anonymous = planRequest('https://api.example', endpoint, values);
    if (!anonymous.ok) throw new Error('plan');
    for (const language of ['curl', 'javascript', 'python'] as const) expect(snippet(language, anonymous.plan, null)).not.toMatch(/api_?key|MARKETPLACE_API_KEY|Authorization/i);
  });

  it('names every missing required value', () => {
    expect(planRequest('https://api.example', endpoint, {})).toEqual({ ok: false, errors: { 'PATH:id': 'Enter id; it is required.', 'BODY:n': 'Enter n; it is required.' } });
  });
});
