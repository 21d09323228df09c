import { GraphQLError } from 'graphql';
import type { Problem } from './tier-rules.ts';

/**
 * BAD_USER_INPUT for a refused tier configuration: `field` and the message are the first problem, and
 * `extensions.problems` lists every one, so a form can mark all the fields at once.
 */
export function invalidTiers(problems: Problem[], intro = ''): GraphQLError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new GraphQLError(`${intro}${first.message}${more}`, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, problems },
  });
}
