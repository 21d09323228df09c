import type { ConsentKind } from '@marketplace/contracts';
import { Field, GraphQLISODateTime, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { ConsentRecord, ErasureRequest } from '../data/erasure.repository.ts';
import type { DeletionState } from '../services/erasure.service.ts';

export const AccountDeletionStateEnum = { SCHEDULED: 'SCHEDULED', CONFIRM_BY_EMAIL: 'CONFIRM_BY_EMAIL' } as const;
registerEnumType(AccountDeletionStateEnum, {
  name: 'AccountDeletionState',
  description: 'SCHEDULED: the account is deleted at dueAt unless cancelled. CONFIRM_BY_EMAIL: follow the emailed link to schedule it.',
});

export const ConsentKindEnum = { TERMS: 'terms', MARKETING: 'marketing' } as const satisfies Record<string, ConsentKind>;
registerEnumType(ConsentKindEnum, { name: 'ConsentKind', description: 'TERMS: the terms of use. MARKETING: emails about products and offers.' });

export const ConsentSourceEnum = { SIGN_UP: 'sign-up', SETTINGS: 'settings' } as const;
registerEnumType(ConsentSourceEnum, { name: 'ConsentSource' });

@ObjectType('AccountDeletion', { description: 'A requested deletion of an account and its grace period.' })
export class AccountDeletion {
  @Field(() => AccountDeletionStateEnum)
  state!: keyof typeof AccountDeletionStateEnum;

  @Field(() => GraphQLISODateTime, { nullable: true })
  requestedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the personal data is erased unless the deletion is cancelled before.' })
  dueAt!: Date | null;

  @Field(() => Boolean, { description: 'An admin scheduled it for a request received by email.' })
  byAdmin!: boolean;
}

export function toAccountDeletion(state: DeletionState): AccountDeletion {
  const request: ErasureRequest | null = state.state === 'SCHEDULED' ? state.request : null;
  return Object.assign(new AccountDeletion(), {
    state: state.state,
    requestedAt: request ? new Date(request.requestedAt) : null,
    dueAt: request ? new Date(request.dueAt) : null,
    byAdmin: request?.requestedBy === 'admin',
  });
}

@InputType('RequestAccountDeletionInput')
export class RequestAccountDeletionInput {
  @Field(() => String, { nullable: true, description: 'Required for accounts with a password; accounts without one confirm by email.' })
  password?: string | null;
}

@ObjectType('Consent', { description: 'A consent decision with the time and the version of the text it was given for.' })
export class Consent {
  @Field(() => ConsentKindEnum)
  kind!: ConsentKind;

  @Field(() => Boolean)
  granted!: boolean;

  @Field(() => String)
  version!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => ConsentSourceEnum)
  source!: ConsentRecord['source'];
}

export const toConsent = (record: ConsentRecord): Consent => Object.assign(new Consent(), { ...record, at: new Date(record.at) });

@InputType('RecordConsentInput')
export class RecordConsentInput {
  @Field(() => ConsentKindEnum)
  kind!: ConsentKind;

  @Field(() => Boolean)
  granted!: boolean;
}
