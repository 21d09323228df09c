import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AnalyticsContext } from '../context.ts';
import { DATASET_NAMES, DATASETS } from '../datasets/datasets.ts';
import { FILTER_OPS, TIME_DIMENSIONS } from '../datasets/query-builder.ts';
import { AnalyticsQueryInput } from '../entities/analytics.inputs.ts';
import { AnalyticsResult, AnalyticsSqlResult } from '../entities/analytics-result.entity.ts';
import { CustomerAnalytics, PlatformAnalytics, Solution, SolutionAnalytics } from '../entities/figures.entity.ts';
import { AnalyticsSettings } from '../entities/settings.entity.ts';

/** Analytics over the event log: datasets (Cloudflare-style), SQL for analysts, and dashboards' ready-made figures. */
@Resolver()
export class AnalyticsResolver {
  @Query(() => AnalyticsSettings, { description: "Each dataset's fields, dimensions, metrics, scopes and limits, and the SQL endpoint's." })
  @Authorized()
  async analyticsSettings(@Ctx() context: AnalyticsContext): Promise<AnalyticsSettings> {
    return {
      datasets: DATASET_NAMES.map((name) => {
        const def = DATASETS[name];
        return {
          dataset: name,
          view: name,
          description: def.description,
          fields: def.fields.map((field) => ({
            ...field,
            dimension: field.type === 'string' || field.type === 'boolean',
            filterOps: field.type === 'boolean' ? ['eq', 'neq'] : [...FILTER_OPS],
          })),
          dimensions: [...TIME_DIMENSIONS, ...def.fields.filter((f) => f.type === 'string' || f.type === 'boolean').map((f) => f.name)],
          metrics: [
            { fn: 'count', fields: [] },
            { fn: 'sum', fields: def.sum },
            { fn: 'uniq', fields: def.uniq },
            { fn: 'avg', fields: def.avg },
            { fn: 'quantile', fields: def.quantiles },
          ].filter((m) => m.fn === 'count' || m.fields.length > 0) as AnalyticsSettings['datasets'][number]['metrics'],
          scopes: [...(Object.keys(def.scopes) as ('CUSTOMER' | 'PARTNER')[]), 'PLATFORM'],
          maxRangeDays: def.maxRangeDays,
          pageSize: def.pageSize,
        };
      }),
      sql: { views: [...DATASET_NAMES], rowLimit: context.sqlLimits.rowLimit, timeoutMs: context.sqlLimits.timeoutMs },
      freshAt: await context.analytics.freshAt(),
    };
  }

  @Query(() => AnalyticsResult, {
    description:
      'One dataset grouped by dimensions with metrics, filtered, ordered and limited, in your scope. Bad input is BAD_USER_INPUT naming each field at fault; nothing partial is presented as whole (see truncated).',
  })
  @Authorized()
  async analytics(@Arg('input', () => AnalyticsQueryInput) input: AnalyticsQueryInput, @Ctx() context: AnalyticsContext): Promise<AnalyticsResult> {
    const answer = await context.analytics.dataset(context.caller, input.dataset, input, input.scope);
    const dims = answer.columns.filter((c) => c.role === 'dimension').map((c) => c.name);
    const metrics = answer.columns.filter((c) => c.role === 'metric').map((c) => c.name);
    return {
      ...answer,
      rows: answer.rows.map((row) => ({
        dimensions: dims.map((d) => (row[d] === null || row[d] === undefined ? null : String(row[d]))),
        metrics: metrics.map((m) => (row[m] === null || row[m] === undefined ? null : Number(row[m]))),
      })),
    };
  }

  @Query(() => AnalyticsSqlResult, {
    description:
      `One SELECT over the published views (${DATASET_NAMES.join(', ')}), for analysts and admins: no files, URLs or extensions, a time limit and a row limit (analyticsSettings.sql). Anything else is BAD_USER_INPUT (field sql).`,
  })
  @Authorized('analyst', 'admin')
  async analyticsSql(@Arg('sql', () => String) sql: string, @Ctx() context: AnalyticsContext): Promise<AnalyticsSqlResult> {
    const answer = await context.analytics.sql(context.caller, sql);
    return { ...answer, rows: answer.rows.map((row) => row.map((cell) => (cell === null ? null : String(cell)))) };
  }

  @Query(() => SolutionAnalytics, { description: "A solution's figures over [from, to): its partner, analysts and admins. NOT_FOUND (field solutionId) for another partner's solution, as for an id of none." })
  @Authorized()
  async solutionAnalytics(
    @Arg('solutionId', () => ID) solutionId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() context: AnalyticsContext,
  ): Promise<SolutionAnalytics> {
    return context.figures.partner(context.caller, solutionId, from, to);
  }

  @Query(() => CustomerAnalytics, { description: 'Your own calls to a solution over [from, to): per day and outcome, key, endpoint and hour; your tier history.' })
  @Authorized()
  async myAnalytics(
    @Arg('solutionId', () => ID) solutionId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() context: AnalyticsContext,
  ): Promise<CustomerAnalytics> {
    return context.figures.customer(context.caller, solutionId, from, to);
  }

  @Query(() => PlatformAnalytics, { description: 'Platform-wide figures over [from, to): analysts and admins.' })
  @Authorized('analyst', 'admin')
  async platformAnalytics(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() context: AnalyticsContext): Promise<PlatformAnalytics> {
    const figures = await context.figures.platform(context.caller, from, to);
    return { ...figures, popularSolutions: figures.popularSolutions.map((rank) => ({ ...rank, solution: Object.assign(new Solution(), { id: rank.solutionId }) })) };
  }
}
