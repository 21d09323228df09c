import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { createGate, type MarketplaceOptions } from './gate.ts';
import { createHealthReporter, type HealthOptions } from './health.ts';
import type { MarketplaceContext } from './standard.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the marketplace hook on an admitted call. */
    marketplace?: MarketplaceContext;
  }
}

/**
 * An `onRequest` hook: per route (`{ onRequest: marketplaceHook({ client }) }`) or for a whole scope
 * (`app.addHook('onRequest', marketplaceHook({ client }))`). The route template (`/v1/x/:id`) is what the
 * marketplace sees; requests that match no route are left to Fastify's 404 and cost nothing.
 */
export function marketplaceHook(options: MarketplaceOptions): onRequestHookHandler {
  const gate = createGate(options);
  return async function marketplaceOnRequest(request: FastifyRequest, reply: FastifyReply) {
    const route = request.routeOptions.url;
    if (route === undefined) return;
    const outcome = await gate({
      method: request.method,
      path: request.url.split('?', 1)[0]!,
      route,
      header: (name) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      },
      query: (name) => {
        const value = (request.query as Record<string, unknown> | undefined)?.[name];
        return typeof value === 'string' ? value : undefined;
      },
      remoteAddress: request.raw.socket.remoteAddress,
    });
    reply.headers(outcome.headers);
    if (outcome.pass) {
      request.marketplace = outcome.context;
      return;
    }
    reply.code(outcome.status);
    return reply.send(outcome.body ?? undefined);
  };
}

/**
 * A plugin that gates every route of the instance it is registered on: `await app.register(marketplace, { client })`.
 * It is not encapsulated (like fastify-plugin), so the hook applies to the routes of the registering scope.
 */
export async function marketplace(instance: FastifyInstance, options: MarketplaceOptions): Promise<void> {
  if (!instance.hasRequestDecorator('marketplace')) instance.decorateRequest('marketplace', undefined);
  instance.addHook('onRequest', marketplaceHook(options));
}
Object.assign(marketplace, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: '@marketplace/sdk' });

/** The standard health endpoint: `app.get('/health', healthHandler({ client }))`. */
export function healthHandler(options: HealthOptions = {}): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const report = createHealthReporter(options);
  return async (_request, reply) => {
    const { status, headers, body } = await report();
    await reply.code(status).headers(headers).send(JSON.stringify(body));
  };
}

export { createQuotaClient } from './client.ts';
export type { MarketplaceContext, MarketplaceOptions };
