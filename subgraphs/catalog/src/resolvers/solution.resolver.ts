import { type AuditEventConnectionView, signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { CreateSolutionInput } from '../entities/catalog.inputs.ts';
import { Endpoint, toEndpoint } from '../entities/endpoint.entity.ts';
import { PageArgs, UpdateSolutionArgs } from '../entities/operation.args.ts';
import { SolutionSecret, toSolutionSecret } from '../entities/secret.entity.ts';
import { Solution, toSolution } from '../entities/solution.entity.ts';
import { TierConfig, toTierConfig } from '../entities/tier-config.entity.ts';
import { audit } from '../entities/audit-event.entity.ts';
import { User, userStub } from '../entities/user.entity.ts';
import { canSeePrivate } from '../services/access-rules.ts';
import { exportOpenApi } from '../services/openapi.ts';
import { readiness } from '../services/readiness.ts';
import { ReadinessCheck, toReadinessCheck } from '../entities/readiness.entity.ts';

/** A solution's fields that need lookups or an access check, and the partner's own changes to it. */
@Resolver(() => Solution)
export class SolutionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The one URL the platform polls to see that the solution is up. Its partner and admins only.' })
  healthCheckUrl(@Root() solution: Solution, @Ctx() context: CatalogContext): string | null {
    return canSeePrivate(context.caller, solution.record) ? solution.record.healthCheckUrl : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was rejected or suspended. Its partner and admins only.' })
  reviewReason(@Root() solution: Solution, @Ctx() context: CatalogContext): string | null {
    return canSeePrivate(context.caller, solution.record) ? solution.record.reviewReason : null;
  }

  @FieldResolver(() => User)
  partner(@Root() solution: Solution): User {
    return userStub(solution.partnerId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The partner's company name." })
  async publisherName(@Root() solution: Solution, @Ctx() context: CatalogContext): Promise<string | null> {
    return (await context.loaders.partnerProfileByUserId.load(solution.partnerId))?.companyName ?? null;
  }

  @FieldResolver(() => [TierConfig], { description: 'ANONYMOUS, REGISTERED, PRO, ENTERPRISE, in that order.' })
  tiers(@Root() solution: Solution): TierConfig[] {
    return solution.record.tiers.map(toTierConfig);
  }

  @FieldResolver(() => [Endpoint])
  endpoints(@Root() solution: Solution): Endpoint[] {
    return solution.record.endpoints.map(toEndpoint);
  }

  @FieldResolver(() => [ReadinessCheck], {
    nullable: true,
    description: 'What submission for review requires (endpoints, documentation, health-check URL, secret). Its partner and admins only.',
  })
  readiness(@Root() solution: Solution, @Ctx() context: CatalogContext): ReadinessCheck[] | null {
    return canSeePrivate(context.caller, solution.record) ? readiness(solution.record, context.deps.clock.now()).map(toReadinessCheck) : null;
  }

  @FieldResolver(() => String, { description: 'Its endpoints as an OpenAPI 3.1 document (JSON); `importOpenApi` reads it back to the same endpoints.' })
  openApiDocument(@Root() solution: Solution): string {
    return JSON.stringify(exportOpenApi(solution.record), null, 2);
  }

  @FieldResolver(() => [SolutionSecret], { nullable: true, description: 'Newest first. Its partner and admins only; null for anyone else.' })
  async secrets(@Root() solution: Solution, @Ctx() context: CatalogContext): Promise<SolutionSecret[] | null> {
    const records = await context.secrets.list(context.caller, solution.record);
    const now = context.deps.clock.now();
    return records ? records.map((r) => toSolutionSecret(r, now)) : null;
  }

  @FieldResolver(() => audit.AuditEventConnection, {
    nullable: true,
    description: 'Every change of its tiers with before and after, newest first. Its partner and admins only; null for anyone else.',
  })
  async tierHistory(
    @Root() solution: Solution,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() context: CatalogContext,
  ): Promise<AuditEventConnectionView | null> {
    const page = await context.tiers.history(context.caller, solution.record, first ?? 20, after);
    return page ? audit.toAuditConnection(page) : null;
  }

  @Mutation(() => Solution, { description: "Partners: a new DRAFT with the platform's default tiers." })
  @Authorized('partner')
  async createSolution(@Arg('input', () => CreateSolutionInput) input: CreateSolutionInput, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.create(signedIn(context.caller), input));
  }

  @Mutation(() => Solution, {
    description: 'Partners, own solutions, not while IN_REVIEW or SUSPENDED. A REJECTED solution returns to DRAFT; a PUBLISHED one changes live.',
  })
  @Authorized('partner')
  async updateSolution(@Args(() => UpdateSolutionArgs) { id, input }: UpdateSolutionArgs, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.update(signedIn(context.caller), id, input));
  }

  @Mutation(() => Solution, { description: 'Partners: DRAFT → IN_REVIEW; the tiers must fit the platform bounds.' })
  @Authorized('partner')
  async submitSolution(@Arg('id', () => ID) id: string, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.transition(signedIn(context.caller), 'submit', id));
  }

  @Mutation(() => Solution, { description: 'Partners: PUBLISHED → UNPUBLISHED (leaves the catalog).' })
  @Authorized('partner')
  async unpublishSolution(@Arg('id', () => ID) id: string, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.transition(signedIn(context.caller), 'unpublish', id));
  }

  @Mutation(() => Solution, {
    description: 'Partners: UNPUBLISHED → PUBLISHED directly (no new review: edits of a live solution are live too); the tiers must fit the platform bounds.',
  })
  @Authorized('partner')
  async republishSolution(@Arg('id', () => ID) id: string, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.transition(signedIn(context.caller), 'republish', id));
  }
}
