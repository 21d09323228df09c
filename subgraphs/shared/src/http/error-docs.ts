import { ERROR_CODES, ERRORS } from '../errors.ts';

/** The error table as the README's "Errors" section shows it (a test holds the README to it). */
export function errorTableMarkdown(): string {
  const rows = ERROR_CODES.map((code) => {
    const { status, graphql, meaning } = ERRORS[code];
    return `| \`${code}\` | ${status} | \`${graphql}\` | ${meaning} |`;
  });
  return ['| code | HTTP status | GraphQL `extensions.code` | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inlineCode = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

let page: string | undefined;

/**
 * The page a problem's `type` points at (`/docs/errors#bad_user_input`): one row per code, its anchor the
 * code in lower case.
 */
export function errorDocsPage(): string {
  page ??= `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Errors · Marketplace</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}tr:target{background:#fff6d5}code{font-size:90%}</style>
</head><body>
<h1>Errors</h1>
<p>Every error names a stable <code>code</code>. Over HTTP it comes as <code>application/problem+json</code> (RFC 9457) with
<code>type</code> pointing at its row below, <code>status</code>, <code>detail</code>, <code>requestId</code> (also sent as <code>X-Request-Id</code> and written to the
logs) and, where they apply, <code>field</code>, <code>problems</code> and <code>retryAfterSeconds</code>. In GraphQL it comes as <code>extensions.code</code> (the GraphQL code
below), with the domain code as <code>extensions.reason</code> where the two differ.</p>
<table><thead><tr><th>code</th><th>HTTP status</th><th>GraphQL <code>extensions.code</code></th><th>meaning</th></tr></thead><tbody>
${ERROR_CODES.map((code) => {
  const { status, graphql, meaning } = ERRORS[code];
  return `<tr id="${code.toLowerCase()}"><td><code>${code}</code></td><td>${status}</td><td><code>${graphql}</code></td><td>${inlineCode(meaning)}</td></tr>`;
}).join('\n')}
</tbody></table>
</body></html>
`;
  return page;
}
