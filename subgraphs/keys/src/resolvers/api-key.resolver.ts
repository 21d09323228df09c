import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { KeysContext } from '../context.ts';
import { type AuditEventView, toAuditEventView } from '@marketplace/shared';
import { ApiKey, toApiKey } from '../entities/api-key.entity.ts';
import { audit } from '../entities/audit-event.entity.ts';
import { CreatedApiKey } from '../entities/created-api-key.entity.ts';
import { CreateApiKeyInput, RotateApiKeyArgs } from '../entities/key.inputs.ts';
import type { IssuedKey } from '../services/key.service.ts';
import { canSee } from '../services/access-rules.ts';
import { callerId } from './access.ts';

/** A customer's keys: list, create, rotate, revoke, and the audit trail of each. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], {
    description: 'Your keys, newest first (optionally of one solution): working ones and those that stopped in the last 30 days.',
  })
  @Authorized()
  async myKeys(
    @Arg('solutionId', () => ID, { nullable: true }) solutionId: string | null | undefined,
    @Ctx() context: KeysContext,
  ): Promise<ApiKey[]> {
    const records = await context.keys.listOfUser(context.caller, callerId(context), solutionId ?? null);
    const now = context.clock.now();
    return records.map((record) => toApiKey(record, now));
  }

  @Query(() => ApiKey, { nullable: true, description: 'Its owner and admins only; null for anyone else.' })
  @Authorized()
  async apiKey(@Arg('id', () => ID) id: string, @Ctx() context: KeysContext): Promise<ApiKey | null> {
    const record = await context.loaders.keyById.load(id);
    return record && canSee(context.caller, record) ? toApiKey(record, context.clock.now()) : null;
  }

  @Query(() => [audit.AuditEvent], {
    description: "A key's audit trail (its part of the keys stream), newest first; its owner and admins only.",
  })
  @Authorized()
  async keyAuditEvents(@Arg('keyId', () => ID) keyId: string, @Ctx() context: KeysContext): Promise<AuditEventView[]> {
    return (await context.keys.auditEvents(context.caller, keyId)).map(toAuditEventView);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'A new key for a published solution; at most 10 active keys per solution. The plaintext is shown only here.',
  })
  @Authorized()
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() context: KeysContext,
  ): Promise<CreatedApiKey> {
    return toCreated(await context.keys.create(context.caller, input), context);
  }

  @Mutation(() => ApiKey, { description: 'Stops a key at once (within seconds on every quota check). Its owner or an admin.' })
  @Authorized()
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: KeysContext): Promise<ApiKey> {
    return toApiKey(await context.keys.revoke(context.caller, id), context.clock.now());
  }

  @Mutation(() => CreatedApiKey, {
    description:
      'Replaces an active key with a new one of the same name and expiry. The old key keeps working for graceHours (0 to 168; 0 revokes it at once).',
  })
  @Authorized()
  async rotateApiKey(
    @Args(() => RotateApiKeyArgs) { id, graceHours }: RotateApiKeyArgs,
    @Ctx() context: KeysContext,
  ): Promise<CreatedApiKey> {
    return toCreated(await context.keys.rotate(context.caller, id, graceHours), context);
  }
}

function toCreated(issued: IssuedKey, context: KeysContext): CreatedApiKey {
  return Object.assign(new CreatedApiKey(), { key: toApiKey(issued.key, context.clock.now()), plaintext: issued.plaintext });
}
