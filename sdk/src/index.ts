export {
  createQuotaClient,
  MARKETPLACE_UNAVAILABLE,
  type FailMode,
  type QuotaClient,
  type QuotaClientEvent,
  type QuotaClientOptions,
  type QuotaClientStatus,
  type UnavailableReason,
} from './client.ts';
export type { CircuitState } from './circuit-breaker.ts';
export type { DecisionSource, QuotaDecision } from './decision.ts';
export { PASSED_THROUGH_HEADERS, TIERS, VERDICT_CODES, VERDICT_FIELDS, type KnownVerdictCode, type ShimProblem, type Tier, type Upgrade, type ValidateRequest, type Verdict, type VerdictCode } from './contract.ts';
export { QuotaConfigError, QuotaIntegrationError } from './errors.ts';
export { createGate, type GateOutcome, type MarketplaceOptions, type RequestFacts } from './gate.ts';
export { createHealthReporter, HEALTH_CONTENT_TYPE, healthHandler, type HealthCheckResult, type HealthOptions, type HealthReport, type HealthStatus } from './health.ts';
export {
  contextOf,
  INTEGRATION_PROBLEMS,
  INTEGRATION_STANDARD,
  type IntegrationProblemCode,
  type MarketplaceContext,
  PROBLEM_TYPE_BASE,
  type Refusal,
  type RefusalCode,
  refusalFor,
  type RefusalProblem,
  type StandardAnswer,
  TIER_HEADER,
  UNKNOWN_REFUSAL,
  UPGRADE_URL_HEADER,
} from './standard.ts';
export { SDK_VERSION } from './version.ts';
