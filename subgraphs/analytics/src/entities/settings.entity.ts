import { Field, Int, ObjectType } from 'type-graphql';
import { DatasetEnum, FilterOpEnum, MetricFnEnum, ScopeEnum } from './enums.ts';
import type { DatasetName, Scope } from '../datasets/datasets.ts';
import type { FilterOp, MetricFn } from '../datasets/query-builder.ts';

@ObjectType('AnalyticsField')
export class AnalyticsField {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'time, string, number or boolean.' })
  type!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean, { description: 'Can be a dimension (strings and booleans; time through hour/day/week/month).' })
  dimension!: boolean;

  @Field(() => [FilterOpEnum])
  filterOps!: FilterOp[];
}

@ObjectType('AnalyticsMetricSetting', { description: 'A metric function and the fields it applies to (none for count).' })
export class AnalyticsMetricSetting {
  @Field(() => MetricFnEnum)
  fn!: MetricFn;

  @Field(() => [String])
  fields!: string[];
}

@ObjectType('AnalyticsDatasetSettings')
export class AnalyticsDatasetSettings {
  @Field(() => DatasetEnum)
  dataset!: DatasetName;

  @Field(() => String, { description: 'The published SQL view of the same rows (the SQL endpoint).' })
  view!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [AnalyticsField])
  fields!: AnalyticsField[];

  @Field(() => [String], { description: 'Everything dimensions accepts.' })
  dimensions!: string[];

  @Field(() => [AnalyticsMetricSetting])
  metrics!: AnalyticsMetricSetting[];

  @Field(() => [ScopeEnum], { description: 'Scopes it can be read in (PLATFORM: analysts and admins).' })
  scopes!: Scope[];

  @Field(() => Int, { description: 'Longest from–to range, in days.' })
  maxRangeDays!: number;

  @Field(() => Int, { description: 'Largest limit.' })
  pageSize!: number;
}

@ObjectType('AnalyticsSqlSettings')
export class AnalyticsSqlSettings {
  @Field(() => [String], { description: 'The views a statement may read.' })
  views!: string[];

  @Field(() => Int)
  rowLimit!: number;

  @Field(() => Int)
  timeoutMs!: number;
}

@ObjectType('AnalyticsSettings')
export class AnalyticsSettings {
  @Field(() => [AnalyticsDatasetSettings])
  datasets!: AnalyticsDatasetSettings[];

  @Field(() => AnalyticsSqlSettings, { description: 'The SQL endpoint (analyticsSql), for analysts and admins.' })
  sql!: AnalyticsSqlSettings;

  @Field(() => Date, { nullable: true, description: 'When the newest event batch was written.' })
  freshAt!: Date | null;
}
