import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { ReadinessCheck as ReadinessCheckRecord, ReadinessItem } from '../services/readiness.ts';

export const ReadinessItemEnum = { ENDPOINTS: 'endpoints', DOCUMENTATION: 'documentation', HEALTH_CHECK_URL: 'healthCheckUrl', SECRET: 'secret' } as const satisfies Record<
  string,
  ReadinessItem
>;
registerEnumType(ReadinessItemEnum, { name: 'ReadinessItem' });

/** One item of the checklist a solution must complete before it is submitted for review. */
@ObjectType('ReadinessCheck')
export class ReadinessCheck {
  @Field(() => ReadinessItemEnum)
  item!: ReadinessItem;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean)
  done!: boolean;

  @Field(() => String, { nullable: true, description: 'What is missing; null when done.' })
  missing!: string | null;
}

export const toReadinessCheck = (check: ReadinessCheckRecord): ReadinessCheck => Object.assign(new ReadinessCheck(), check);
