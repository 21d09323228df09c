import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { type SecretRecord, type SecretState, secretState } from '../data/secret.repository.ts';
import { SecretStatusEnum } from './enums.ts';

/** A credential a solution uses to call the quota service. Its plaintext is shown once, at creation. */
@ObjectType('SolutionSecret')
export class SolutionSecret {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The first characters of the secret (mps_…), to tell secrets apart.' })
  prefix!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Recorded at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a rotated-away secret stops working.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => SecretStatusEnum)
  status!: SecretState;
}

/** A newly issued secret with its plaintext: shown this once, never again. */
@ObjectType('CreatedSolutionSecret')
export class CreatedSolutionSecret {
  @Field(() => SolutionSecret)
  secret!: SolutionSecret;

  @Field(() => String, { description: 'Send as `Authorization: Bearer <plaintext>` to POST /quota/validate. Store it now: it is not shown again.' })
  plaintext!: string;

  @Field(() => SolutionSecret, { nullable: true, description: 'On rotation: the secret it replaces, now EXPIRING.' })
  replaced!: SolutionSecret | null;
}

const date = (iso: string | null) => (iso ? new Date(iso) : null);

export function toSolutionSecret(record: SecretRecord, now: Date): SolutionSecret {
  return Object.assign(new SolutionSecret(), {
    id: record.id,
    prefix: record.prefix,
    createdAt: new Date(record.createdAt),
    lastUsedAt: date(record.lastUsedAt),
    expiresAt: date(record.expiresAt),
    revokedAt: date(record.revokedAt),
    status: secretState(record, now),
  });
}
