import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { HttpMethod, Tier } from '@marketplace/contracts';
import type { EndpointRecord } from '../data/solution.repository.ts';
import { HttpMethodEnum, TierEnum } from './enums.ts';

/** An operation of a solution's API that the quota service knows by method and path template. */
@ObjectType('Endpoint')
export class Endpoint {
  @Field(() => ID)
  id!: string;

  @Field(() => HttpMethodEnum)
  method!: HttpMethod;

  @Field(() => String, { description: 'Path template; `{param}` segments match any one segment, e.g. /v1/items/{id}.' })
  path!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Units of quota one call uses (at least 1).' })
  costWeight!: number;

  @Field(() => [TierEnum], { description: 'The tiers whose callers may use it.' })
  tiers!: Tier[];
}

export function toEndpoint(record: EndpointRecord): Endpoint {
  return Object.assign(new Endpoint(), record);
}
