import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ColumnRoleEnum, DatasetEnum, ScopeEnum } from './enums.ts';
import type { DatasetName, Scope } from '../datasets/datasets.ts';

@ObjectType('AnalyticsColumn')
export class AnalyticsColumn {
  @Field(() => String)
  name!: string;

  @Field(() => ColumnRoleEnum)
  role!: 'dimension' | 'metric';
}

@ObjectType('AnalyticsRow', { description: 'One group: its dimension values (in the order asked; times as ISO 8601) and metric values (in the order asked).' })
export class AnalyticsRow {
  @Field(() => [String], { nullable: 'items' })
  dimensions!: (string | null)[];

  @Field(() => [Float], { nullable: 'items' })
  metrics!: (number | null)[];
}

@ObjectType('AnalyticsResult')
export class AnalyticsResult {
  @Field(() => DatasetEnum)
  dataset!: DatasetName;

  @Field(() => ScopeEnum, { description: 'The scope the rows were read in.' })
  scope!: Scope;

  @Field(() => [AnalyticsColumn], { description: 'Dimensions first, then metrics.' })
  columns!: AnalyticsColumn[];

  @Field(() => [AnalyticsRow])
  rows!: AnalyticsRow[];

  @Field(() => Boolean, { description: 'More groups matched than limit: these rows are the first page, not the whole answer.' })
  truncated!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the newest event batch included was written (null: no events yet).' })
  freshAt!: Date | null;
}

@ObjectType('AnalyticsSqlResult')
export class AnalyticsSqlResult {
  @Field(() => [String])
  columns!: string[];

  @Field(() => [[String]], { nullable: 'itemsAndList', description: 'Cells as text (null stays null), in column order.' })
  rows!: (string | null)[][];

  @Field(() => Boolean, { description: 'More rows than rowLimit, or more than the byte limit of cells (ANALYTICS_SQL_MAX_BYTES): these are the first rows.' })
  truncated!: boolean;

  @Field(() => Int)
  rowLimit!: number;

  @Field(() => Int)
  elapsedMs!: number;
}
