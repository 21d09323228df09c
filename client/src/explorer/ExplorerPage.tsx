import { GraphiQL } from 'graphiql';
import { useEffect, useMemo, useState } from 'react';
import { createExplorerFetcher } from './explorer-fetcher';
import {
  APP_SESSION_KEY,
  normalizeToken,
  readAppSessionToken,
  readPastedToken,
  writePastedToken,
} from './explorer-token';
import { TokenBar } from './TokenBar';

/** What a first visit shows: a query that works signed out, and the ones to try next. */
const DEFAULT_QUERY = `# Marketplace Explorer: run GraphQL against this platform's gateway.
# Ctrl-Enter runs the operation under the cursor. The Docs button (left) lists every type.
#
# Signed in to the web app in this browser, the Explorer uses that session. Otherwise \`me\`
# is null: put your own email and password into SignIn below, run it, paste the accessToken into
# "Bearer token" above, and run MyAccount again.

query MyAccount {
  me { id name email roles status }
}

mutation SignIn {
  login(input: { email: "you@example.com", password: "your password" }) {
    accessToken
    accessTokenExpiresAt
    user { id roles }
  }
}

# Analytics: analyticsSettings lists every dataset's fields, metrics and limits. Partners read their own
# solutions; analysts and admins the platform. Uptime and p95 latency per day of each solution's health checks:
query SolutionUptime {
  analytics(input: {
    dataset: HEALTH, from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z", dimensions: ["day", "solution"]
    metrics: [{ fn: count }, { fn: avg, field: "up", as: "uptime" }, { fn: quantile, field: "latency_ms", q: 0.95 }]
  }) {
    columns { name }
    rows { dimensions metrics }
    truncated
    freshAt
  }
}

# Analysts and admins: the same views in SQL (calls, signups, conversions, subscriptions, revenue, health).
query UptimeBySolution {
  analyticsSql(sql: "SELECT solution, avg(up) AS uptime, count(*) AS checks FROM health GROUP BY solution ORDER BY uptime") {
    columns
    rows
    truncated
  }
}
`;

/** GraphiQL against the gateway's `/graphql`, with a token bar on top. */
export function ExplorerPage() {
  const [pastedToken, setPastedToken] = useState(readPastedToken);
  const [appSessionToken, setAppSessionToken] = useState(readAppSessionToken);

  // Follow sign-in/sign-out in the web app's other tabs.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === APP_SESSION_KEY || event.key === null) setAppSessionToken(readAppSessionToken());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const pasted = normalizeToken(pastedToken);
  const token = pasted || appSessionToken;
  // A new fetcher makes GraphiQL re-run introspection, so the schema follows the caller's access.
  const fetcher = useMemo(() => createExplorerFetcher(token), [token]);

  const changePastedToken = (value: string) => {
    setPastedToken(value);
    writePastedToken(value);
  };

  return (
    <div className="explorer">
      <TokenBar
        pastedToken={pastedToken}
        usingAppSession={!pasted && appSessionToken !== undefined}
        onPastedTokenChange={changePastedToken}
      />
      <div className="explorer__ide">
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
      </div>
    </div>
  );
}
