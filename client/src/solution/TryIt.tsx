import { CopyButton } from '../ui/CopyButton';

/** Where solution backends reach the quota shim in a local run (`npm start`). */
export const QUOTA_URL: string = import.meta.env['VITE_QUOTA_URL'] ?? 'http://localhost:4010';

const ANONYMOUS_BODY = '{"client":{"ip":"203.0.113.5","userAgent":"curl/8","acceptLanguage":"en"}}';
const KEY_BODY = '{"apiKey":"mk_live_…"}';

/** The exact curl command for one validate call with `body`. */
function validateCurl(body: string, quotaUrl = QUOTA_URL): string {
  return [
    `curl -s ${quotaUrl}/quota/validate \\`,
    `  -H 'Authorization: Bearer <your solution secret>' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}

function Snippet({ title, body }: { title: string; body: string }) {
  const command = validateCurl(body);
  return (
    <div className="snippet">
      <div className="snippet-head">
        <h3>{title}</h3>
        <CopyButton text={command} label="Copy command" />
      </div>
      <pre tabIndex={0}>
        <code>{command}</code>
      </pre>
    </div>
  );
}

/** How a call is checked: the validate request for an anonymous caller and for a caller with a key. */
export function TryIt() {
  return (
    <section className="panel" aria-labelledby="try-heading">
      <h2 id="try-heading">Try it</h2>
      <p>
        The solution’s backend makes this call to the marketplace on every request it serves — not the customer — and
        answers its caller according to the verdict (allowed or not, with the remaining quota and rate-limit headers).
      </p>
      <Snippet title="Without a key (anonymous trial)" body={ANONYMOUS_BODY} />
      <Snippet title="With an API key" body={KEY_BODY} />
    </section>
  );
}
