import { signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { RotateSolutionSecretArgs } from '../entities/operation.args.ts';
import { CreatedSolutionSecret, SolutionSecret, toSolutionSecret } from '../entities/secret.entity.ts';
import type { IssuedSecret } from '../services/secret.service.ts';

/** The secrets a partner's solution calls the quota service with. */
@Resolver()
export class SecretResolver {
  @Mutation(() => CreatedSolutionSecret, { description: 'Partners: issues a secret (at most two live at a time). The plaintext is shown only here.' })
  @Authorized('partner')
  async createSolutionSecret(@Arg('solutionId', () => ID) solutionId: string, @Ctx() context: CatalogContext): Promise<CreatedSolutionSecret> {
    return toCreated(await context.secrets.create(signedIn(context.caller), solutionId), context);
  }

  @Mutation(() => CreatedSolutionSecret, {
    description: 'Partners: issues a successor to an ACTIVE secret; the old one keeps working for graceHours, then stops.',
  })
  @Authorized('partner')
  async rotateSolutionSecret(
    @Args(() => RotateSolutionSecretArgs) { secretId, graceHours }: RotateSolutionSecretArgs,
    @Ctx() context: CatalogContext,
  ): Promise<CreatedSolutionSecret> {
    return toCreated(await context.secrets.rotate(signedIn(context.caller), secretId, graceHours), context);
  }

  @Mutation(() => SolutionSecret, { description: 'Partners: stops a secret at once (within seconds on every quota process).' })
  @Authorized('partner')
  async revokeSolutionSecret(@Arg('secretId', () => ID) secretId: string, @Ctx() context: CatalogContext): Promise<SolutionSecret> {
    return toSolutionSecret(await context.secrets.revoke(signedIn(context.caller), secretId), context.deps.clock.now());
  }
}

function toCreated(issued: IssuedSecret, context: CatalogContext): CreatedSolutionSecret {
  const now = context.deps.clock.now();
  return Object.assign(new CreatedSolutionSecret(), {
    secret: toSolutionSecret(issued.secret, now),
    plaintext: issued.plaintext,
    replaced: issued.replaced ? toSolutionSecret(issued.replaced, now) : null,
  });
}
