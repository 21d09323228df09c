import type { HttpMethod, ParameterLocation, ParameterType } from '../gql/graphql';

/** An endpoint as the docs, snippets and console read it. */
export interface DocParameter {
  name: string;
  in: ParameterLocation;
  type: ParameterType;
  required: boolean;
  description?: string | null;
  example?: string | null;
}

export interface DocEndpoint {
  id: string;
  method: HttpMethod;
  path: string;
  description?: string | null;
  parameters: readonly DocParameter[];
  requestExample?: string | null;
  responseExample?: string | null;
}

/** The request one call makes: what the console sends and the snippets spell out. */
export interface RequestPlan {
  method: HttpMethod;
  url: string;
  headers: [name: string, value: string][];
  body: string | null;
}

/** Where a parameter's value is kept in the console's form: `QUERY:base`. */
export const valueKey = (p: Pick<DocParameter, 'in' | 'name'>) => `${p.in}:${p.name}`;

/** The examples the partner gave, as the form's starting values. */
export function exampleValues(endpoint: DocEndpoint): Record<string, string> {
  return Object.fromEntries(endpoint.parameters.map((p) => [valueKey(p), p.example ?? '']));
}

export const hasBody = (endpoint: Pick<DocEndpoint, 'method' | 'parameters' | 'requestExample'>) =>
  endpoint.method !== 'GET' && endpoint.method !== 'DELETE' ? true : endpoint.parameters.some((p) => p.in === 'BODY') || Boolean(endpoint.requestExample);

/**
 * Builds the request for `endpoint` with the form's `values`: path parameters encoded into the template, query
 * parameters appended, header parameters set, body parameters as a JSON object (or `rawBody` when given). Every
 * missing required value and every body value that is not of its type is named at once.
 */
export function planRequest(
  baseUrl: string,
  endpoint: DocEndpoint,
  values: Readonly<Record<string, string>>,
  options: { authorization?: string | null; rawBody?: string | null } = {},
): { ok: true; plan: RequestPlan } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const value = (p: DocParameter) => (values[valueKey(p)] ?? '').trim();
  for (const p of endpoint.parameters) if (p.required && !value(p) && !(p.in === 'BODY' && options.rawBody?.trim())) errors[valueKey(p)] = `Enter ${p.name}; it is required.`;

  let path = endpoint.path;
  for (const p of endpoint.parameters.filter((each) => each.in === 'PATH')) path = path.replace(`{${p.name}}`, encodeURIComponent(value(p)));
  const query = new URLSearchParams();
  for (const p of endpoint.parameters.filter((each) => each.in === 'QUERY')) if (value(p)) query.append(p.name, value(p));
  const headers: [string, string][] = [];
  if (options.authorization) headers.push(['Authorization', `Bearer ${options.authorization}`]);
  for (const p of endpoint.parameters.filter((each) => each.in === 'HEADER')) if (value(p)) headers.push([p.name, value(p)]);

  let body: string | null = null;
  if (options.rawBody?.trim()) body = options.rawBody.trim();
  else {
    const fields = endpoint.parameters.filter((p) => p.in === 'BODY' && value(p));
    if (fields.length) {
      const object: Record<string, unknown> = {};
      for (const p of fields) {
        const typed = typedValue(value(p), p.type);
        if (typed === undefined) errors[valueKey(p)] = `${p.name} must be ${TYPE_NAMES[p.type]}.`;
        else object[p.name] = typed;
      }
      body = JSON.stringify(object);
    }
  }
  if (body !== null) headers.push(['Content-Type', 'application/json']);
  if (Object.keys(errors).length) return { ok: false, errors };
  const search = query.toString();
  return { ok: true, plan: { method: endpoint.method, url: `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`, headers, body } };
}

const TYPE_NAMES: Record<ParameterType, string> = {
  STRING: 'text',
  INTEGER: 'a whole number',
  NUMBER: 'a number',
  BOOLEAN: 'true or false',
  OBJECT: 'a JSON object',
  ARRAY: 'a JSON array',
};

function typedValue(text: string, type: ParameterType): unknown {
  switch (type) {
    case 'STRING':
      return text;
    case 'INTEGER':
      return /^-?\d+$/.test(text) ? Number(text) : undefined;
    case 'NUMBER':
      return text !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
    case 'BOOLEAN':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    default: {
      try {
        const parsed: unknown = JSON.parse(text);
        return (type === 'ARRAY') === Array.isArray(parsed) && typeof parsed === 'object' && parsed !== null ? parsed : undefined;
      } catch {
        return undefined;
      }
    }
  }
}

/** The name snippets keep the key in, so a copied snippet never carries a key the user did not paste. */
export const KEY_VARIABLE = 'MARKETPLACE_API_KEY';

export type SnippetLanguage = 'curl' | 'javascript' | 'python';

/**
 * A snippet making `plan`'s request. `key` is what the snippet assigns to the key variable: the pasted key, or
 * the chosen key's prefix with an ellipsis (for the user to complete); null for an anonymous call.
 */
export function snippet(language: SnippetLanguage, plan: RequestPlan, key: string | null): string {
  const headers = plan.headers.filter(([name]) => name !== 'Authorization');
  switch (language) {
    case 'curl': {
      const lines = [`curl -i -X ${plan.method} ${shell(plan.url)}`];
      if (key !== null) lines.push(`  -H "Authorization: Bearer $${KEY_VARIABLE}"`);
      for (const [name, value] of headers) lines.push(`  -H ${shell(`${name}: ${value}`)}`);
      if (plan.body !== null) lines.push(`  --data ${shell(plan.body)}`);
      const command = lines.join(' \\\n');
      return key === null ? command : `export ${KEY_VARIABLE}=${shell(key)}\n${command}`;
    }
    case 'javascript': {
      const entries = [...(key !== null ? [`Authorization: \`Bearer \${apiKey}\``] : []), ...headers.map(([n, v]) => `${jsKey(n)}: ${JSON.stringify(v)}`)];
      return [
        ...(key !== null ? [`const apiKey = process.env.${KEY_VARIABLE} ?? ${JSON.stringify(key)};`] : []),
        `const response = await fetch(${JSON.stringify(plan.url)}, {`,
        `  method: ${JSON.stringify(plan.method)},`,
        ...(entries.length ? [`  headers: { ${entries.join(', ')} },`] : []),
        ...(plan.body !== null ? [`  body: ${JSON.stringify(plan.body)},`] : []),
        '});',
        "console.log(response.status, response.headers.get('RateLimit'));",
        'console.log(await response.text());',
      ].join('\n');
    }
    case 'python': {
      const entries = [...(key !== null ? ['"Authorization": f"Bearer {api_key}"'] : []), ...headers.map(([n, v]) => `${JSON.stringify(n)}: ${JSON.stringify(v)}`)];
      return [
        ...(key !== null ? ['import os', ''] : []),
        'import requests',
        '',
        ...(key !== null ? [`api_key = os.environ.get(${JSON.stringify(KEY_VARIABLE)}, ${JSON.stringify(key)})`] : []),
        'response = requests.request(',
        `    ${JSON.stringify(plan.method)},`,
        `    ${JSON.stringify(plan.url)},`,
        ...(entries.length ? [`    headers={${entries.join(', ')}},`] : []),
        ...(plan.body !== null ? [`    data=${JSON.stringify(plan.body)},`] : []),
        '    timeout=15,',
        ')',
        'print(response.status_code, response.headers.get("RateLimit"))',
        'print(response.text)',
      ].join('\n');
    }
  }
}

function shell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function jsKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Response headers the console highlights: the marketplace's rate-limit story. */
export const isRateLimitHeader = (name: string) => /^(ratelimit|ratelimit-policy|retry-after|x-marketplace-)/i.test(name);
