import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The catalog's Solution, as a reference only (the catalog resolves its fields). Listed in `orphanedTypes`,
 * or type-graphql would drop it.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Solution')
export class Solution {
  @Field(() => ID)
  id!: string;
}

export const solutionStub = (id: string) => Object.assign(new Solution(), { id });
