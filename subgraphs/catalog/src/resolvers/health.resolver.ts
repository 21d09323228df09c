import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { Solution } from '../entities/solution.entity.ts';
import {
  HealthCheck,
  HealthIncident,
  HealthPeriod,
  SolutionHealth,
  SolutionHealthStatusEnum,
  toHealthCheck,
  toHealthIncident,
  toHealthPeriod,
  toSolutionHealth,
} from '../entities/solution-health.entity.ts';
import type { PublicHealthStatus } from '../services/health.service.ts';
import { canSeePrivate } from '../services/access-rules.ts';

/** A solution's health: the public status dot for everyone, the details for its partner and admins. */
@Resolver(() => Solution)
export class SolutionHealthFieldResolver {
  @FieldResolver(() => SolutionHealthStatusEnum, { description: "The platform's last health check: UP, DOWN or UNKNOWN. Public." })
  async healthStatus(@Root() solution: Solution, @Ctx() context: CatalogContext): Promise<PublicHealthStatus> {
    if (!solution.record.healthCheckUrl) return 'UNKNOWN';
    return context.health.statusOf(solution.record, await context.loaders.healthStateBySolutionId.load(solution.id));
  }

  @FieldResolver(() => SolutionHealth, { nullable: true, description: 'Uptime, latency, incidents and checks. Its partner and admins only; null for anyone else.' })
  async health(@Root() solution: Solution, @Ctx() context: CatalogContext): Promise<SolutionHealth | null> {
    if (!canSeePrivate(context.caller, solution.record)) return null;
    const state = solution.record.healthCheckUrl ? await context.loaders.healthStateBySolutionId.load(solution.id) : null;
    return toSolutionHealth(solution.id, context.health.statusOf(solution.record, state), state, context.deps.health.intervalMs);
  }
}

@Resolver(() => SolutionHealth)
export class SolutionHealthResolver {
  @FieldResolver(() => [HealthPeriod], { description: 'One entry per UTC day (1–90, default 90), oldest first, today last.' })
  async daily(@Root() health: SolutionHealth, @Arg('days', () => Int, { defaultValue: 90 }) days: number, @Ctx() context: CatalogContext): Promise<HealthPeriod[]> {
    return (await context.health.daily(health.solutionId, days)).map(toHealthPeriod);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Percent of checks up over the last `days` UTC days (1–90, default 30), two decimals; null without checks.' })
  async uptimePercent(@Root() health: SolutionHealth, @Arg('days', () => Int, { defaultValue: 30 }) days: number, @Ctx() context: CatalogContext): Promise<number | null> {
    const periods = await context.health.daily(health.solutionId, days);
    const checks = periods.reduce((sum, p) => sum + p.checks, 0);
    return checks ? Math.round((periods.reduce((sum, p) => sum + p.up, 0) / checks) * 10_000) / 100 : null;
  }

  @FieldResolver(() => [HealthPeriod], { description: 'One entry per UTC hour (1–168, default 48), oldest first, this hour last.' })
  async hourly(@Root() health: SolutionHealth, @Arg('hours', () => Int, { defaultValue: 48 }) hours: number, @Ctx() context: CatalogContext): Promise<HealthPeriod[]> {
    return (await context.health.hourly(health.solutionId, hours)).map(toHealthPeriod);
  }

  @FieldResolver(() => [HealthIncident], { description: 'Newest first (1–100, default 20).' })
  async incidents(@Root() health: SolutionHealth, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() context: CatalogContext): Promise<HealthIncident[]> {
    const now = context.deps.clock.now();
    return (await context.health.incidents(health.solutionId, first)).map((i) => toHealthIncident(i, now));
  }

  @FieldResolver(() => [HealthCheck], { description: 'The latest checks, newest first (1–100, default 20); each is kept for a week.' })
  async recentChecks(@Root() health: SolutionHealth, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() context: CatalogContext): Promise<HealthCheck[]> {
    return (await context.health.recentChecks(health.solutionId, first)).map(toHealthCheck);
  }
}
