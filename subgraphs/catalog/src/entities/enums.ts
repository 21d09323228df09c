import type { HttpMethod } from '@marketplace/contracts';
import { registerEnumType } from 'type-graphql';
import type { ApplicationStatus } from '../data/application.repository.ts';
import type { SecretState } from '../data/secret.repository.ts';
import type { ParameterLocation, ParameterType, SolutionStatus } from '../data/solution.repository.ts';
import type { FeatureType } from '../services/tier-rules.ts';

export { LimitModeEnum, TierEnum } from '@marketplace/shared';

export const SolutionStatusEnum = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  PUBLISHED: 'PUBLISHED',
  REJECTED: 'REJECTED',
  UNPUBLISHED: 'UNPUBLISHED',
  SUSPENDED: 'SUSPENDED',
} as const satisfies Record<SolutionStatus, SolutionStatus>;
registerEnumType(SolutionStatusEnum, {
  name: 'SolutionStatus',
  description:
    'DRAFT → IN_REVIEW → PUBLISHED or REJECTED; REJECTED → DRAFT after an edit; PUBLISHED ⇄ UNPUBLISHED (partner); PUBLISHED or UNPUBLISHED → SUSPENDED (admin) → back (reinstate). Only PUBLISHED solutions are public.',
});

export const ApplicationStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const satisfies Record<
  ApplicationStatus,
  ApplicationStatus
>;
registerEnumType(ApplicationStatusEnum, { name: 'ApplicationStatus' });

export const FeatureFlagTypeEnum = { BOOLEAN: 'boolean', NUMBER: 'number', STRING: 'string' } as const satisfies Record<string, FeatureType>;
registerEnumType(FeatureFlagTypeEnum, { name: 'FeatureFlagType' });

export const SecretStatusEnum = { ACTIVE: 'ACTIVE', EXPIRING: 'EXPIRING', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED' } as const satisfies Record<
  SecretState,
  SecretState
>;
registerEnumType(SecretStatusEnum, {
  name: 'SecretStatus',
  description: 'EXPIRING: rotated away, still accepted until expiresAt; EXPIRED and REVOKED: no longer accepted.',
});

export const HttpMethodEnum = { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE' } as const satisfies Record<HttpMethod, HttpMethod>;
registerEnumType(HttpMethodEnum, { name: 'HttpMethod' });

export const BillingPeriodEnum = { MONTHLY: 'MONTHLY' } as const;
registerEnumType(BillingPeriodEnum, { name: 'BillingPeriod' });

export const ParameterLocationEnum = { PATH: 'path', QUERY: 'query', HEADER: 'header', BODY: 'body' } as const satisfies Record<string, ParameterLocation>;
registerEnumType(ParameterLocationEnum, { name: 'ParameterLocation', description: 'Where a parameter goes; BODY: a top-level field of a JSON request body.' });

export const ParameterTypeEnum = {
  STRING: 'string',
  INTEGER: 'integer',
  NUMBER: 'number',
  BOOLEAN: 'boolean',
  OBJECT: 'object',
  ARRAY: 'array',
} as const satisfies Record<string, ParameterType>;
registerEnumType(ParameterTypeEnum, { name: 'ParameterType' });
