import { randomUUID } from 'node:crypto';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answerWithNodeHandler, asLambdaServer, bodyTooLarge, type HttpApiHandler, jsonResult } from '@marketplace/shared';
import { resolveCaller } from './caller.ts';
import { createGatewayApollo, createGatewayApp, type GatewayOptions, securityHeaderValues, tooDeep } from './gateway-server.ts';
import { graphqlRefusal } from './refusals.ts';

/** The body of a GraphQL POST or the query string of a GET, whichever the event carries. */
function queryOf(body: string | undefined, isBase64Encoded: boolean | undefined, queryString: Record<string, string | undefined> | undefined): unknown {
  if (queryString?.query) return queryString.query;
  if (!body) return undefined;
  try {
    return (JSON.parse(isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body) as { query?: unknown })?.query;
  } catch {
    return undefined; // the integration answers a malformed body itself
  }
}

/**
 * The gateway as a Lambda function behind the HTTP API. POST/GET /graphql go through Apollo's Lambda integration
 * with the same Apollo Server, caller check, limits and headers as the process; every other route (/healthz,
 * /auth, /billing, /config.json) runs the process's own Express routes in memory.
 */
export function gatewayLambdaHandler(options: GatewayOptions): HttpApiHandler {
  const apollo = createGatewayApollo(options);
  const headers = securityHeaderValues(options.production);
  const graphql = startServerAndCreateLambdaHandler(asLambdaServer(apollo), handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    middleware: [
      async (event) => {
        const size = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
        const refused =
          size > options.maxBodyBytes ? bodyTooLarge(options.maxBodyBytes) : tooDeep(queryOf(event.body, event.isBase64Encoded, event.queryStringParameters), options.maxDepth);
        if (refused) return jsonResult(refused.status, graphqlRefusal(refused));
        return async (result) => {
          result.headers = { ...result.headers, ...headers };
        };
      },
    ],
    context: async ({ event }) => ({
      caller: await resolveCaller({ headers: event.headers, socket: { remoteAddress: event.requestContext.http.sourceIp } }, options),
      requestId: randomUUID(),
    }),
  });
  const app = createGatewayApp(options, apollo, { graphql: false });
  return async (event, context) => {
    if (event.rawPath === '/graphql') return (await graphql(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
    return answerWithNodeHandler(app, event);
  };
}
