import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { HttpMethod, Tier } from '@marketplace/contracts';
import type { EndpointRecord, ParameterLocation, ParameterType } from '../data/solution.repository.ts';
import { HttpMethodEnum, ParameterLocationEnum, ParameterTypeEnum, TierEnum } from './enums.ts';

/** A documented parameter of an endpoint. */
@ObjectType('EndpointParameter')
export class EndpointParameter {
  @Field(() => String)
  name!: string;

  @Field(() => ParameterLocationEnum)
  in!: ParameterLocation;

  @Field(() => ParameterTypeEnum)
  type!: ParameterType;

  @Field(() => Boolean, { description: 'Always true for PATH parameters.' })
  required!: boolean;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'A sample value, as text.' })
  example!: string | null;
}

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

  @Field(() => [EndpointParameter], { description: 'Documented parameters, in the order the partner gave them.' })
  parameters!: EndpointParameter[];

  @Field(() => String, { nullable: true, description: 'An example request body, as the partner wrote it.' })
  requestExample!: string | null;

  @Field(() => String, { nullable: true, description: 'An example response body, as the partner wrote it.' })
  responseExample!: string | null;
}

export function toEndpoint(record: EndpointRecord): Endpoint {
  return Object.assign(new Endpoint(), record, { parameters: record.parameters.map((p) => Object.assign(new EndpointParameter(), p)) });
}
