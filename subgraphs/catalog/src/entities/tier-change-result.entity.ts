import type { FieldProblem as FieldProblemRecord } from '@marketplace/shared';
import { Field, ObjectType } from 'type-graphql';
import { Endpoint } from './endpoint.entity.ts';
import { Solution } from './solution.entity.ts';
import { PlatformTierSettings } from './tier-config.entity.ts';

/** One rule an input breaks: the field's path in what was sent and a sentence naming the tier. */
@ObjectType('FieldProblem', { description: 'One rule an input breaks, naming the field by its path in what was sent.' })
export class FieldProblem {
  @Field(() => String, { description: 'e.g. tiers[2].monthlyPricePaise (input positions, as sent).' })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('SetSolutionTiersResult', { description: 'The solution with its new tiers, or every problem with them (nothing is saved then).' })
export class SetSolutionTiersResult {
  @Field(() => Solution, { nullable: true, description: 'Null when refused.' })
  solution!: Solution | null;

  @Field(() => [FieldProblem], { description: 'Empty when saved.' })
  problems!: FieldProblem[];
}

@ObjectType('UpdatePlatformTierSettingsResult', { description: 'The new settings, or every problem with them (nothing is saved then).' })
export class UpdatePlatformTierSettingsResult {
  @Field(() => PlatformTierSettings, { nullable: true, description: 'Null when refused.' })
  settings!: PlatformTierSettings | null;

  @Field(() => [FieldProblem], { description: 'Empty when saved.' })
  problems!: FieldProblem[];
}

@ObjectType('ImportOpenApiResult', { description: 'The endpoints read from the document, or every problem with it by JSON pointer (nothing is saved then).' })
export class ImportOpenApiResult {
  @Field(() => [Endpoint], { description: 'What the solution’s endpoints are (or, in a dry run, would be); empty when refused.' })
  endpoints!: Endpoint[];

  @Field(() => [FieldProblem], { description: 'Each with `field` a JSON pointer into the document, e.g. /paths/~1v1~1items/get/parameters/0/in. Empty when read.' })
  problems!: FieldProblem[];

  @Field(() => Boolean, { description: 'True when the endpoints were saved.' })
  applied!: boolean;
}

export const toFieldProblems = (problems: readonly FieldProblemRecord[]): FieldProblem[] =>
  problems.map((p) => Object.assign(new FieldProblem(), { field: p.field, message: p.message }));
