import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The catalog's Solution, as a stub: billing adds `prices` to it (from the catalog's tiers, through its public
 * reader). Listed in `orphanedTypes`, or type-graphql would drop it.
 */
@Directive('@key(fields: "id")')
@ObjectType('Solution')
export class Solution {
  @Field(() => ID)
  id!: string;
}

export const solutionStub = (id: string) => Object.assign(new Solution(), { id });

/** Resolves `Solution` references: `prices` needs nothing but the id. */
export const solutionReferenceResolvers = {
  Solution: {
    __resolveReference(reference: { id: string }): Solution {
      return solutionStub(reference.id);
    },
  },
};
