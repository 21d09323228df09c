import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The identity subgraph's User, as a stub: billing adds `subscriptions`, `invoices` and `billingProfile` to it.
 * Listed in `orphanedTypes`, or type-graphql would drop it.
 */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class User {
  @Field(() => ID)
  id!: string;
}

export const userStub = (id: string) => Object.assign(new User(), { id });

/** Resolves `User` references: billing's fields need nothing but the id. */
export const userReferenceResolvers = {
  User: {
    __resolveReference(reference: { id: string }): User {
      return userStub(reference.id);
    },
  },
};
