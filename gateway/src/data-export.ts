import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { type Request, type Response, Router } from 'express';
import { AUDIT_STREAMS, type AuditStream, type BaseContext, type Clock, createProblemSender, DomainError, type Logger } from '@marketplace/shared';
import { type CallerResolver, resolveRestCaller } from './caller.ts';

/**
 * `GET /account/export`: everything the platform holds about the signed-in user, as one JSON download (GDPR's
 * right of access and portability): the account, linked sign-in methods, sessions, consents, keys without secrets,
 * usage, subscriptions, invoices, the billing profile, a partner application, and the audit events about them. It is assembled the way the web app reads it: GraphQL through this gateway,
 * so each subgraph answers for the data it owns and applies its own rules (no secrets, no other people's data).
 */
// Several small operations rather than one: each stays under the gateway's query cost limit.
const ACCOUNT = /* GraphQL */ `
  query AccountExport {
    me {
      id
      name
      email
      emailVerified
      roles
      status
      createdAt
      partnerApplication { id companyName website contactName contactEmail description status decisionReason createdAt decidedAt }
      billingProfile { legalName email gstin state stateCode address }
      linkedSignInMethods { providerId providerName email username linkedAt }
    }
    mySessions { id createdAt lastActiveAt expiresAt current }
    myConsents { kind granted version at source }
    myAccountDeletion { state requestedAt dueAt byAdmin }
  }
`;

const HOLDINGS = /* GraphQL */ `
  query AccountExportHoldings {
    me {
      id
      keys { id name prefix status createdAt lastUsedAt expiresAt revokedAt graceEndsAt solution { id name slug } }
      subscriptions { id tier status createdAt currentPeriodStart currentPeriodEnd cancelAtPeriodEnd scheduledTier solution { id name slug } }
    }
  }
`;

const INVOICES = /* GraphQL */ `
  query AccountExportInvoices($after: String) {
    me {
      id
      invoices(first: 20, after: $after) {
        nodes { id number kind issuedAt description taxable { paise currency } total { paise currency } solution { id name } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

const USAGE = /* GraphQL */ `
  query AccountExportUsage($solutionId: ID!) {
    me {
      id
      usage(solutionId: $solutionId) {
        solutionId
        tier
        used
        limit
        windowKind
        windowStart
        windowEnd
        daily(days: 366) { day allowed denied units }
      }
    }
  }
`;

/** One stream's audit events about the caller, a page at a time (each stream has its own cursor; 50 keeps it under the cost limit). */
const auditQuery = (stream: AuditStream) => /* GraphQL */ `
  query AccountExportAudit($after: String) {
    myAuditTrail {
      id
      ${stream}(first: 50, after: $after) {
        nodes { id stream action actorId targetType targetId solutionId before after reason at }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface ExportOptions extends CallerResolver {
  logger: Logger;
  clock: Clock;
}

type Result = { data?: Record<string, any> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

export function dataExportRoutes(apollo: ApolloServer<BaseContext>, options: ExportOptions): Router {
  const router = Router();
  const refuse = createProblemSender(options.logger);
  router.get('/export', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const caller = await resolveRestCaller(req, options);
    if (caller instanceof DomainError) return refuse(req, res, caller);
    if (!caller.userId) return refuse(req, res, new DomainError('UNAUTHENTICATED', 'Send your access token (Authorization: Bearer …).', { field: 'authorization' }));
    const contextValue = { caller, requestId: randomUUID() };
    const run = async (query: string, variables: Record<string, unknown> = {}): Promise<Result> => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      return response.body.kind === 'single' ? (response.body.singleResult as Result) : { errors: [{ message: 'unexpected incremental result' }] };
    };

    const unavailable = (what: string, errors: readonly { message: string }[] | undefined) =>
      refuse(
        req,
        res,
        new DomainError('UNAVAILABLE', `${what} could not be read just now; nothing was exported. Try again in a moment.`, {
          retryAfterSeconds: 1,
          cause: new Error(`data export: ${what} failed (GraphQL request ${contextValue.requestId}): ${errors?.map((e) => e.message).join('; ') ?? 'no data'}`),
        }),
      );
    // A part that could not be read makes the whole export fail: a partial file would look complete.
    const read = async (what: string, query: string, variables?: Record<string, unknown>, root = 'me'): Promise<Record<string, any> | null> => {
      const answer = await run(query, variables);
      if (answer.errors?.length || !answer.data?.[root]) {
        unavailable(what, answer.errors);
        return null;
      }
      return answer.data;
    };

    const account = await read('Your account', ACCOUNT);
    if (!account) return;
    const holdings = await read('Your keys and subscriptions', HOLDINGS);
    if (!holdings) return;
    type Connection = { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    // Every page of one connection (null when a page could not be read: the answer is already sent).
    const readAll = async (what: string, query: string, root: string, connectionOf: (data: Record<string, any>) => Connection): Promise<unknown[] | null> => {
      const nodes: unknown[] = [];
      for (let after: string | null = null, page = 0; page < 500; page++) {
        const answer = await read(what, query, { after }, root);
        if (!answer) return null;
        const connection = connectionOf(answer[root]);
        nodes.push(...connection.nodes);
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
      return nodes;
    };
    const invoices = await readAll('Your invoices', INVOICES, 'me', (me) => me.invoices);
    if (!invoices) return;
    const { keys, subscriptions } = holdings['me'] as { keys: { solution: { id: string } }[]; subscriptions: { solution: { id: string } }[] };
    const usage: unknown[] = [];
    for (const solutionId of new Set([...keys, ...subscriptions].map((each) => each.solution.id))) {
      const answer = await read('Your usage', USAGE, { solutionId });
      if (!answer) return;
      if (answer['me'].usage) usage.push(answer['me'].usage);
    }

    const audit: unknown[] = [];
    for (const stream of AUDIT_STREAMS) {
      const events = await readAll('The audit trail about you', auditQuery(stream), 'myAuditTrail', (trail) => trail[stream]);
      if (!events) return;
      audit.push(...events);
    }

    const { billingProfile, partnerApplication, linkedSignInMethods, ...profile } = account['me'] as Record<string, unknown>;
    const document = {
      format: 'marketplace-account-export',
      version: 1,
      exportedAt: options.clock.now().toISOString(),
      account: profile,
      linkedSignInMethods,
      sessions: account['mySessions'],
      consents: account['myConsents'],
      accountDeletion: account['myAccountDeletion'],
      keys,
      usage,
      subscriptions,
      invoices,
      billingProfile,
      partnerApplication,
      auditTrail: audit,
      notes: [
        'API key secrets are stored only as hashes and cannot be exported; each key is listed by its prefix.',
        'Invoice PDFs are at /billing/invoices/<id>.pdf with your access token.',
      ],
    };
    res.setHeader('Content-Disposition', `attachment; filename="marketplace-data-${caller.userId}.json"`);
    res.type('application/json').send(JSON.stringify(document, null, 2));
  });
  return router;
}
