import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { DEFAULT_GRACE_HOURS, GRACE_MAX_HOURS } from '../services/key-rules.ts';

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'A published solution.' })
  solutionId!: string;

  @Field(() => String, { description: '1 to 60 characters, e.g. the app or server that uses the key.' })
  name!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'In the future and at most 2 years ahead; null for never.' })
  expiresAt?: Date | null;
}

// A class, so the schema lists the arguments in this order.
@ArgsType()
export class RotateApiKeyArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_GRACE_HOURS,
    description: `Hours the old key keeps working: 0 (revoked at once) to ${GRACE_MAX_HOURS}.`,
  })
  graceHours!: number;
}
