import { signedIn } from '@marketplace/shared';
import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { Endpoint, toEndpoint } from '../entities/endpoint.entity.ts';
import { AddEndpointArgs, ImportOpenApiArgs, RemoveEndpointArgs, SetHealthCheckUrlArgs, UpdateEndpointArgs } from '../entities/operation.args.ts';
import { ImportOpenApiResult, toFieldProblems } from '../entities/tier-change-result.entity.ts';
import { Solution, toSolution } from '../entities/solution.entity.ts';

/** A partner's endpoints and health-check URL, on their own solutions. */
@Resolver()
export class EndpointResolver {
  @Mutation(() => Endpoint, { description: 'Partners: registers an endpoint (method + path template) with its cost weight and tiers.' })
  @Authorized('partner')
  async addEndpoint(@Args(() => AddEndpointArgs) { solutionId, input }: AddEndpointArgs, @Ctx() context: CatalogContext): Promise<Endpoint> {
    return toEndpoint(await context.endpoints.add(signedIn(context.caller), solutionId, input));
  }

  @Mutation(() => Endpoint, { description: 'Partners: replaces an endpoint.' })
  @Authorized('partner')
  async updateEndpoint(
    @Args(() => UpdateEndpointArgs) { solutionId, endpointId, input }: UpdateEndpointArgs,
    @Ctx() context: CatalogContext,
  ): Promise<Endpoint> {
    return toEndpoint(await context.endpoints.update(signedIn(context.caller), solutionId, endpointId, input));
  }

  @Mutation(() => Boolean, { description: 'Partners: removes an endpoint.' })
  @Authorized('partner')
  async removeEndpoint(@Args(() => RemoveEndpointArgs) { solutionId, endpointId }: RemoveEndpointArgs, @Ctx() context: CatalogContext): Promise<boolean> {
    await context.endpoints.remove(signedIn(context.caller), solutionId, endpointId);
    return true;
  }

  @Mutation(() => ImportOpenApiResult, {
    description: "Partners: makes an OpenAPI 3.1 document the solution's endpoints (registered routes keep their ids; routes the document lacks are removed). Every problem is reported by JSON pointer and nothing is saved then.",
  })
  @Authorized('partner')
  async importOpenApi(
    @Args(() => ImportOpenApiArgs) { solutionId, document, dryRun }: ImportOpenApiArgs,
    @Ctx() context: CatalogContext,
  ): Promise<ImportOpenApiResult> {
    const result = await context.endpoints.importOpenApi(signedIn(context.caller), solutionId, document, dryRun ?? false);
    return Object.assign(new ImportOpenApiResult(), { endpoints: result.endpoints.map(toEndpoint), problems: toFieldProblems(result.problems), applied: result.applied });
  }

  @Mutation(() => Solution, { description: 'Partners: sets or (with null) removes the health-check URL.' })
  @Authorized('partner')
  async setHealthCheckUrl(@Args(() => SetHealthCheckUrlArgs) { solutionId, url }: SetHealthCheckUrlArgs, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.endpoints.setHealthCheckUrl(signedIn(context.caller), solutionId, url ?? null));
  }
}
