import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.ts';
import { InputError, STORE_UNAVAILABLE_MESSAGE } from './errors.ts';
import { isStoreUnavailable } from './dynamo/client.ts';

/**
 * One error policy for every GraphQL process: known outcomes keep their `extensions.code` (and field); a store
 * that did not answer is `SERVICE_UNAVAILABLE` (retry shortly); anything unexpected is logged with its stack and
 * leaves the process as `INTERNAL` with no internals.
 */
export function createErrorFormatter(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    if (error instanceof InputError) {
      return { message: error.message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: error.field } };
    }
    if (isStoreUnavailable(error)) {
      options.logger.warn({ err: error, path: formatted.path }, 'the data store did not answer');
      return {
        message: STORE_UNAVAILABLE_MESSAGE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    const code = formatted.extensions?.code;
    if (error instanceof GraphQLError || typeof code === 'string') {
      if (code === 'UNAUTHORIZED') {
        // type-graphql's name for a signed-in caller without the role.
        return { ...formatted, message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } };
      }
      if (code && code !== 'INTERNAL_SERVER_ERROR') {
        if (!options.production) return formatted;
        const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
    }
    options.logger.error({ err: error, path: formatted.path }, 'unexpected error in a resolver');
    return {
      message: options.production ? 'Internal error.' : `Internal error: ${formatted.message}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL' },
    };
  };
}
