import 'reflect-metadata';
import { DomainError } from './errors.ts';
import { describe, expect, it } from 'vitest';
import { graphql } from 'graphql';
import { Arg, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { authChecker, buildFederatedSchema, MAX_ID_LENGTH, signedIn } from './federation.ts';
import type { Caller, Role } from './internal-auth.ts';

const check = (caller: Caller, roles: Role[] = []) =>
  (authChecker as (data: unknown, roles: Role[]) => boolean)({ context: { caller, requestId: 'r' } }, roles);

describe('signedIn', () => {
  it('gives the caller with its user id, and refuses an anonymous caller as UNAUTHENTICATED', () => {
    expect(signedIn({ userId: 'usr_1', roles: ['customer'] }).userId).toBe('usr_1');
    for (const caller of [{ roles: [] }, { userId: '', roles: ['admin' as const] }]) {
      expect(() => signedIn(caller)).toThrow(DomainError);
      expect(() => signedIn(caller)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    }
  });
});

describe('authChecker', () => {
  it('lets a signed-in caller through, with a role only when they have one of them', () => {
    expect(check({ userId: 'usr_1', roles: ['customer'] })).toBe(true);
    // Without the role: FORBIDDEN, saying whom it is for (an analyst is not an admin).
    expect(() => check({ userId: 'usr_1', roles: ['customer', 'analyst'] }, ['admin'])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'Only admins may do this.' }),
    );
    expect(() => check({ userId: 'usr_1', roles: ['customer', 'partner'] }, ['analyst', 'admin'])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'Only analysts and admins may do this.' }),
    );
    expect(check({ userId: 'usr_1', roles: ['customer', 'partner'] }, ['admin', 'partner'])).toBe(true);
    expect(() => check({ roles: ['admin'] }, ['admin'])).toThrow(/sign in/i);
  });
});

describe('buildFederatedSchema', () => {
  @InputType()
  class LookupInput {
    @Field(() => ID)
    userId!: string;

    @Field(() => [ID], { nullable: true })
    solutionIds?: string[];
  }

  @Resolver()
  class LookupResolver {
    @Query(() => String, { nullable: true })
    thing(@Arg('id', () => ID) id: string): string | null {
      return id === 'sol_1' ? 'found' : null;
    }

    @Mutation(() => String)
    lookup(@Arg('input', () => LookupInput) input: LookupInput, @Arg('note', () => String) note: string): string {
      return `${input.userId} ${note.length}`;
    }
  }

  it('refuses an ID argument too long to be an id as BAD_USER_INPUT naming where, before the resolver runs', async () => {
    const schema = await buildFederatedSchema({ resolvers: [LookupResolver] });
    const run = async (source: string, variableValues: Record<string, unknown>) => {
      const result = await graphql({ schema, source, variableValues, contextValue: { caller: { roles: [] }, requestId: 'r' } });
      return result.errors ? result.errors.map((e) => [(e.originalError as DomainError).code, (e.originalError as DomainError).field]) : result.data;
    };
    const long = 'x'.repeat(MAX_ID_LENGTH + 1);
    expect(await run('query($id: ID!) { thing(id: $id) }', { id: 'sol_1' })).toEqual({ thing: 'found' });
    expect(await run('query($id: ID!) { thing(id: $id) }', { id: long })).toEqual([['BAD_USER_INPUT', 'id']]);
    const LOOKUP = 'mutation($input: LookupInput!, $note: String!) { lookup(input: $input, note: $note) }';
    expect(await run(LOOKUP, { input: { userId: 'usr_1', solutionIds: ['sol_1'] }, note: long })).toEqual({ lookup: `usr_1 ${long.length}` });
    expect(await run(LOOKUP, { input: { userId: long }, note: '' })).toEqual([['BAD_USER_INPUT', 'input.userId']]);
    expect(await run(LOOKUP, { input: { userId: 'usr_1', solutionIds: ['sol_1', long] }, note: '' })).toEqual([['BAD_USER_INPUT', 'input.solutionIds[1]']]);
  });
});
