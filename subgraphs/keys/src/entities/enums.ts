import { registerEnumType } from 'type-graphql';
import type { KeyState } from '../public/key-state.ts';

export const ApiKeyStatusEnum = { ACTIVE: 'ACTIVE', EXPIRING: 'EXPIRING', REVOKED: 'REVOKED', EXPIRED: 'EXPIRED' } as const satisfies Record<
  KeyState,
  KeyState
>;
registerEnumType(ApiKeyStatusEnum, {
  name: 'ApiKeyStatus',
  description:
    'ACTIVE: works. EXPIRING: rotated away, still works until graceEndsAt. REVOKED and EXPIRED: refused (revoked by its owner or an admin; past its expiry or its rotation grace).',
});
