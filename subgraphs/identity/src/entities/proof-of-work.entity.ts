import { ArgsType, Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import type { ProofOfWorkPurpose } from '../services/proof-of-work.ts';
import { RegisterInput } from './auth.inputs.ts';

export const ProofOfWorkPurposeEnum = {
  SIGN_UP: 'SIGN_UP',
  PASSWORD_RESET: 'PASSWORD_RESET',
  RESEND_VERIFICATION: 'RESEND_VERIFICATION',
} as const satisfies Record<ProofOfWorkPurpose, ProofOfWorkPurpose>;
registerEnumType(ProofOfWorkPurposeEnum, { name: 'ProofOfWorkPurpose', description: 'The mutation a proof-of-work challenge is for.' });

@ObjectType('ProofOfWorkChallenge', { description: 'An ALTCHA challenge (SHA-256) to solve in the browser before a protected mutation.' })
export class ProofOfWorkChallenge {
  @Field(() => String, { description: 'The challenge as JSON (`{ parameters, signature }`); solve it with altcha-lib.' })
  challenge!: string;

  @Field(() => GraphQLISODateTime, { description: 'Solve and use it before then; it is good for one mutation.' })
  expiresAt!: Date;
}

const PROOF_OF_WORK_DESCRIPTION = 'Base64 of the JSON `{ challenge, solution }` of a solved `proofOfWorkChallenge` for this mutation (single use).';

@ArgsType()
export class RegisterArgs {
  @Field(() => RegisterInput)
  input!: RegisterInput;

  @Field(() => String, { nullable: true, description: PROOF_OF_WORK_DESCRIPTION })
  proofOfWork?: string | null;
}

@ArgsType()
export class AccountMailArgs {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true, description: PROOF_OF_WORK_DESCRIPTION })
  proofOfWork?: string | null;
}
