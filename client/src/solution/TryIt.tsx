import { Suspense } from 'react';
import { useRuntimeConfig } from '../runtime-config';
import { Alert } from '../ui/Alert';
import { CopyButton } from '../ui/CopyButton';
import { Loading } from '../ui/States';

/** Stands in for the quota shim's address when the platform could not say it. */
const QUOTA_URL_PLACEHOLDER = '$QUOTA_URL';

const ANONYMOUS_BODY = '{"client":{"ip":"203.0.113.5","userAgent":"curl/8","acceptLanguage":"en"}}';
const KEY_BODY = '{"apiKey":"mk_live_…"}';

/** The exact curl command for one validate call with `body`. */
export function validateCurl(body: string, quotaUrl: string): string {
  return [
    `curl -s ${quotaUrl}/quota/validate \\`,
    `  -H 'Authorization: Bearer <your solution secret>' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}

function Snippet({ title, body, quotaUrl }: { title: string; body: string; quotaUrl: string }) {
  const command = validateCurl(body, quotaUrl);
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

/** Both snippets, addressed to the quota shim the running platform names. */
function Snippets() {
  const { quotaUrl } = useRuntimeConfig();
  const url = quotaUrl ?? QUOTA_URL_PLACEHOLDER;
  return (
    <>
      {!quotaUrl && (
        <Alert tone="warning">
          The address of the marketplace’s quota service could not be loaded just now: set <code>QUOTA_URL</code> to it
          before running these.
        </Alert>
      )}
      <Snippet title="Without a key (anonymous trial)" body={ANONYMOUS_BODY} quotaUrl={url} />
      <Snippet title="With an API key" body={KEY_BODY} quotaUrl={url} />
    </>
  );
}

/** For partners and the curious (the heading "Try it" belongs to the live console): the validate request for an anonymous caller and for a caller with a key. */
export function TryIt() {
  return (
    <section className="panel" aria-labelledby="try-heading">
      <h2 id="try-heading">How the solution checks each call</h2>
      <p>
        The solution’s backend makes this call to the marketplace on every request it serves — not the customer — and
        answers its caller according to the verdict (allowed or not, with the remaining quota and rate-limit headers).
      </p>
      <Suspense fallback={<Loading label="Loading the examples…" />}>
        <Snippets />
      </Suspense>
    </section>
  );
}
