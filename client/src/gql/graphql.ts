/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: any; output: any; }
};

/** A requested deletion of an account and its grace period. */
export type AccountDeletion = {
  __typename?: 'AccountDeletion';
  /** An admin scheduled it for a request received by email. */
  byAdmin: Scalars['Boolean']['output'];
  /** When the personal data is erased unless the deletion is cancelled before. */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  requestedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  state: AccountDeletionState;
};

/** SCHEDULED: the account is deleted at dueAt unless cancelled. CONFIRM_BY_EMAIL: follow the emailed link to schedule it. */
export type AccountDeletionState =
  | 'CONFIRM_BY_EMAIL'
  | 'SCHEDULED';

/** A signed-in session of the user (one sign-in and its refreshes). */
export type AccountSession = {
  __typename?: 'AccountSession';
  /** When the user signed in. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The session this request was made with. */
  current: Scalars['Boolean']['output'];
  /** When it ends unless used again. */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The last sign-in or token refresh. */
  lastActiveAt: Scalars['DateTimeISO']['output'];
};

/** Users who signed up in a week, and the share of them making keyed calls 0, 1, 2… weeks later. */
export type AnalyticsCohort = {
  __typename?: 'AnalyticsCohort';
  /** retention[k] = share active in week k after sign-up (0 = the sign-up week). */
  retention: Array<Scalars['Float']['output']>;
  size: Scalars['Int']['output'];
  /** Monday 00:00 UTC of the sign-up week. */
  week: Scalars['DateTimeISO']['output'];
};

export type AnalyticsColumn = {
  __typename?: 'AnalyticsColumn';
  name: Scalars['String']['output'];
  role: AnalyticsColumnRole;
};

export type AnalyticsColumnRole =
  | 'DIMENSION'
  | 'METRIC';

export type AnalyticsConsumerCalls = {
  __typename?: 'AnalyticsConsumerCalls';
  calls: Scalars['SafeInt']['output'];
  /** Pseudonymous consumer id (cons_…). */
  consumer: Scalars['String']['output'];
};

/** A dataset of the event log (see analyticsSettings for its fields and limits). */
export type AnalyticsDataset =
  | 'CALLS'
  | 'CONVERSIONS'
  | 'HEALTH'
  | 'REVENUE'
  | 'SIGNUPS'
  | 'SUBSCRIPTIONS';

export type AnalyticsDatasetSettings = {
  __typename?: 'AnalyticsDatasetSettings';
  dataset: AnalyticsDataset;
  description: Scalars['String']['output'];
  /** Everything dimensions accepts. */
  dimensions: Array<Scalars['String']['output']>;
  fields: Array<AnalyticsField>;
  /** Longest from–to range, in days. */
  maxRangeDays: Scalars['Int']['output'];
  metrics: Array<AnalyticsMetricSetting>;
  /** Largest limit. */
  pageSize: Scalars['Int']['output'];
  /** Scopes it can be read in (PLATFORM: analysts and admins). */
  scopes: Array<AnalyticsScope>;
  /** The published SQL view of the same rows (the SQL endpoint). */
  view: Scalars['String']['output'];
};

export type AnalyticsDayCount = {
  __typename?: 'AnalyticsDayCount';
  count: Scalars['Int']['output'];
  /** 00:00 UTC of the day. */
  day: Scalars['DateTimeISO']['output'];
};

/** Calls of one UTC day with one verdict code (days without calls are left out). */
export type AnalyticsDayOutcome = {
  __typename?: 'AnalyticsDayOutcome';
  calls: Scalars['SafeInt']['output'];
  /** 00:00 UTC of the day. */
  day: Scalars['DateTimeISO']['output'];
  /** Verdict code: VALID, QUOTA_EXCEEDED, RATE_LIMITED… */
  outcome: Scalars['String']['output'];
};

export type AnalyticsEndpointCalls = {
  __typename?: 'AnalyticsEndpointCalls';
  calls: Scalars['SafeInt']['output'];
  /** "METHOD /path", or "-" for calls that named no endpoint. */
  endpoint: Scalars['String']['output'];
  /** Calls with any outcome but VALID. */
  refused: Scalars['SafeInt']['output'];
};

export type AnalyticsField = {
  __typename?: 'AnalyticsField';
  description: Scalars['String']['output'];
  /** Can be a dimension (strings and booleans; time through hour/day/week/month). */
  dimension: Scalars['Boolean']['output'];
  filterOps: Array<AnalyticsFilterOp>;
  name: Scalars['String']['output'];
  /** time, string, number or boolean. */
  type: Scalars['String']['output'];
};

/** A condition (field, op, value — or values for in), or AND / OR of filters; all given parts must hold. */
export type AnalyticsFilter = {
  AND?: InputMaybe<Array<AnalyticsFilter>>;
  OR?: InputMaybe<Array<AnalyticsFilter>>;
  /** A field of the dataset (analyticsSettings lists them), e.g. tier, solution, time. */
  field?: InputMaybe<Scalars['String']['input']>;
  op?: InputMaybe<AnalyticsFilterOp>;
  /** The value, as text: numbers as digits, times as ISO 8601, booleans as true/false. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** For in: 1 to 100 values. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Comparison of a field with value (in: with values). */
export type AnalyticsFilterOp =
  | 'eq'
  | 'geq'
  | 'gt'
  | 'in'
  | 'leq'
  | 'lt'
  | 'neq';

/** anonymous → registered → paid over a range (conversions dated by their first keyed call). */
export type AnalyticsFunnel = {
  __typename?: 'AnalyticsFunnel';
  /** Anonymous trials started in the range (keyed fingerprints per solution). */
  anonymous: Scalars['Int']['output'];
  medianSecondsToPay?: Maybe<Scalars['Float']['output']>;
  medianSecondsToRegister?: Maybe<Scalars['Float']['output']>;
  /** Of the registered, those who subscribed to the solution. */
  paid: Scalars['Int']['output'];
  /** paid ÷ registered. */
  paidRate?: Maybe<Scalars['Float']['output']>;
  /** Anonymous callers later seen with a registered key on the same solution. */
  registered: Scalars['Int']['output'];
  /** registered ÷ anonymous (null when no anonymous callers). */
  registeredRate?: Maybe<Scalars['Float']['output']>;
};

export type AnalyticsKeyCalls = {
  __typename?: 'AnalyticsKeyCalls';
  calls: Scalars['SafeInt']['output'];
  keyId: Scalars['ID']['output'];
  /** Calls with any outcome but VALID. */
  refused: Scalars['SafeInt']['output'];
};

/** A registered consumer who reached 80 % (upgrade prompt) or 100 % (refused) of their current tier's allowance in its current window, by their calls up to the range's end. */
export type AnalyticsLead = {
  __typename?: 'AnalyticsLead';
  consumer: Scalars['String']['output'];
  /** How much of that tier's allowance they used: 80 when a call was allowed at 80 % or more of it, 100 when one was refused because nothing was left (QUOTA_EXCEEDED, or TRIAL_EXPIRED). Only calls at that tier count, since they moved to it and since their window last started afresh (a call allowed under 80 %: a new period), so one refused as Registered who then upgraded is no Pro lead until they near the Pro allowance. RATE_LIMITED and other refusals do not count. */
  reached: Scalars['Int']['output'];
  /** Their current tier: the one of their latest call in the range (of calls in the same minute, the higher). */
  tier: Tier;
};

export type AnalyticsLeads = {
  __typename?: 'AnalyticsLeads';
  at80: Scalars['Int']['output'];
  at100: Scalars['Int']['output'];
  /** Up to 100, those at 100 % first. */
  consumers: Array<AnalyticsLead>;
};

export type AnalyticsMetric = {
  /** The column name in the result (default e.g. count, sum_units, q50_seconds_to_register). */
  as?: InputMaybe<Scalars['String']['input']>;
  /** The field (not for count). */
  field?: InputMaybe<Scalars['String']['input']>;
  fn: AnalyticsMetricFn;
  /** For quantile: between 0 and 1 (0.5 = median). */
  q?: InputMaybe<Scalars['Float']['input']>;
};

/** count (of calls for the calls dataset, of rows otherwise), sum, uniq (distinct values), avg (per counted item), quantile (q). */
export type AnalyticsMetricFn =
  | 'avg'
  | 'count'
  | 'quantile'
  | 'sum'
  | 'uniq';

/** A metric function and the fields it applies to (none for count). */
export type AnalyticsMetricSetting = {
  __typename?: 'AnalyticsMetricSetting';
  fields: Array<Scalars['String']['output']>;
  fn: AnalyticsMetricFn;
};

export type AnalyticsOrder = {
  /** A column of the result (a dimension or a metric's name). */
  column: Scalars['String']['input'];
  direction?: InputMaybe<AnalyticsOrderDirection>;
};

export type AnalyticsOrderDirection =
  | 'ASC'
  | 'DESC';

export type AnalyticsQueryInput = {
  dataset: AnalyticsDataset;
  /** Group by: hour, day, week, month, or string/boolean fields (solution, partner, tier, outcome, endpoint…). */
  dimensions?: InputMaybe<Array<Scalars['String']['input']>>;
  filter?: InputMaybe<AnalyticsFilter>;
  /** Start of the range (inclusive). */
  from: Scalars['DateTimeISO']['input'];
  /** Rows to return: 1 to the dataset's pageSize (default 100). */
  limit?: InputMaybe<Scalars['Int']['input']>;
  metrics: Array<AnalyticsMetric>;
  /** Default: by the dimensions, ascending. */
  orderBy?: InputMaybe<Array<AnalyticsOrder>>;
  /** Default: the widest you may read. */
  scope?: InputMaybe<AnalyticsScope>;
  /** End of the range (exclusive); at most the dataset's maxRangeDays after from. */
  to: Scalars['DateTimeISO']['input'];
};

export type AnalyticsResult = {
  __typename?: 'AnalyticsResult';
  /** Dimensions first, then metrics. */
  columns: Array<AnalyticsColumn>;
  dataset: AnalyticsDataset;
  /** When the newest event batch included was written (null: no events yet). */
  freshAt?: Maybe<Scalars['DateTimeISO']['output']>;
  rows: Array<AnalyticsRow>;
  /** The scope the rows were read in. */
  scope: AnalyticsScope;
  /** More groups matched than limit: these rows are the first page, not the whole answer. */
  truncated: Scalars['Boolean']['output'];
};

/** One group: its dimension values (in the order asked; times as ISO 8601) and metric values (in the order asked). */
export type AnalyticsRow = {
  __typename?: 'AnalyticsRow';
  dimensions: Array<Maybe<Scalars['String']['output']>>;
  metrics: Array<Maybe<Scalars['Float']['output']>>;
};

/** Whose rows: CUSTOMER your own usage, PARTNER your solutions', PLATFORM everyone's (analysts and admins). */
export type AnalyticsScope =
  | 'CUSTOMER'
  | 'PARTNER'
  | 'PLATFORM';

export type AnalyticsSettings = {
  __typename?: 'AnalyticsSettings';
  datasets: Array<AnalyticsDatasetSettings>;
  /** When the newest event batch was written. */
  freshAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The SQL endpoint (analyticsSql), for analysts and admins. */
  sql: AnalyticsSqlSettings;
};

export type AnalyticsSolutionRank = {
  __typename?: 'AnalyticsSolutionRank';
  calls: Scalars['SafeInt']['output'];
  /** Distinct registered customers who called it. */
  customers: Scalars['Int']['output'];
  revenuePaise: Scalars['SafeInt']['output'];
  /** The solution (resolved by the catalog; null once it is gone). */
  solution?: Maybe<Solution>;
  solutionId: Scalars['ID']['output'];
};

export type AnalyticsSqlResult = {
  __typename?: 'AnalyticsSqlResult';
  columns: Array<Scalars['String']['output']>;
  elapsedMs: Scalars['Int']['output'];
  rowLimit: Scalars['Int']['output'];
  /** Cells as text (null stays null), in column order. */
  rows?: Maybe<Array<Maybe<Array<Maybe<Scalars['String']['output']>>>>>;
  /** More rows than rowLimit, or more than the byte limit of cells (ANALYTICS_SQL_MAX_BYTES): these are the first rows. */
  truncated: Scalars['Boolean']['output'];
};

export type AnalyticsSqlSettings = {
  __typename?: 'AnalyticsSqlSettings';
  rowLimit: Scalars['Int']['output'];
  timeoutMs: Scalars['Int']['output'];
  /** The views a statement may read. */
  views: Array<Scalars['String']['output']>;
};

/** Callers and calls of one tier. */
export type AnalyticsTierAdoption = {
  __typename?: 'AnalyticsTierAdoption';
  /** Distinct callers: consumers, or anonymous fingerprints. */
  callers: Scalars['Int']['output'];
  calls: Scalars['SafeInt']['output'];
  /** Null: calls refused before a tier applied (key, account or solution refusals). */
  tier?: Maybe<Tier>;
};

export type AnalyticsTierChange = {
  __typename?: 'AnalyticsTierChange';
  /** tier.granted, subscription.started, subscription.changed, subscription.cancelled, trial.started or trial.ended. */
  change: Scalars['String']['output'];
  previousTier?: Maybe<Tier>;
  tier?: Maybe<Tier>;
  time: Scalars['DateTimeISO']['output'];
};

/** A customer's API key for one solution; only its owner and admins see it. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key stops working at this instant; null for never. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A rotated key keeps working until this instant. */
  graceEndsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Recorded at most once a minute. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the key (`mk_live_` + 4), to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** The key that replaced this one when it was rotated. */
  replacedById?: Maybe<Scalars['ID']['output']>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The solution the key calls (resolved by the catalog). */
  solution: Solution;
  solutionId: Scalars['ID']['output'];
  status: ApiKeyStatus;
  userId: Scalars['ID']['output'];
};

/** ACTIVE: works. EXPIRING: rotated away, still works until graceEndsAt. REVOKED and EXPIRED: refused (revoked by its owner or an admin; past its expiry or its rotation grace). */
export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'EXPIRING'
  | 'REVOKED';

export type ApplicationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type ApplyForPartnershipInput = {
  /** Shown as the publisher of your solutions. */
  companyName: Scalars['String']['input'];
  /** The decision, and later your solutions’ reviews, are mailed here. */
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  /** What you plan to offer (up to 2,000 characters). */
  description: Scalars['String']['input'];
  website: Scalars['String']['input'];
};

/** The first broken link of a hash chain. */
export type AuditChainBreak = {
  __typename?: 'AuditChainBreak';
  /** The event at that position; null when it is missing. */
  eventId?: Maybe<Scalars['ID']['output']>;
  problem: AuditChainProblem;
  /** The position in the stream where the chain breaks (0: outside the chain). */
  seq: Scalars['Int']['output'];
};

/** Why a link of an audit hash chain is broken. */
export type AuditChainProblem =
  /** Two events claim this position. */
  | 'DUPLICATE_EVENT'
  /** The event's fields no longer give its hash: it was edited. */
  | 'HASH_MISMATCH'
  /** The stream's head names an end the events do not reach. */
  | 'HEAD_MISMATCH'
  /** No event holds this position: one was deleted, or the tail was cut. */
  | 'MISSING_EVENT'
  /** The event does not follow the one before it: that one was replaced, or events were reordered. */
  | 'PREVIOUS_HASH_MISMATCH'
  /** An event without a link, newer than the start of the chain: slipped in. */
  | 'UNCHAINED_EVENT';

/** The verification of one stream's hash chain, read now. */
export type AuditChainReport = {
  __typename?: 'AuditChainReport';
  /** Events checked. */
  checked: Scalars['Int']['output'];
  firstBreak?: Maybe<AuditChainBreak>;
  /** True when every link holds. */
  ok: Scalars['Boolean']['output'];
  stream: AuditStream;
  /** Events from before the chain began (not verifiable). */
  unchained: Scalars['Int']['output'];
};

/** One entry of the append-only audit trail: who did what to what, and what changed. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Dotted verb, e.g. user.suspend, solution.approve, key.revoke, tier.grant. */
  action: Scalars['String']['output'];
  /** Who acted; null for the platform itself. */
  actor?: Maybe<User>;
  /** Who acted; null for the platform itself. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The changed fields after the action. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** The changed fields before the action. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** The solution the change concerns. */
  solutionId?: Maybe<Scalars['ID']['output']>;
  /** The subgraph that keeps the event (in its own table). */
  stream: AuditStream;
  /** A tier grant's is `<userId>#<solutionId>`. */
  targetId: Scalars['ID']['output'];
  /** User, Solution, PartnerApplication, Platform, ApiKey, TierGrant … */
  targetType: Scalars['String']['output'];
  /** The user the change concerns (the account, a key's owner, a grant's holder, a solution's partner). */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

/** All given conditions must hold. */
export type AuditEventFilter = {
  /** The exact action, e.g. user.suspend. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Who acted. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Events at or after this moment. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What was acted on (a user, solution, application, key, tier grant …). */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Events before this moment. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The user the change concerns (the account, a key's owner, a grant's holder …). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A stream of the audit trail: the subgraph (and table) that keeps its events. */
export type AuditStream =
  | 'BILLING'
  | 'CATALOG'
  | 'IDENTITY'
  | 'KEYS'
  | 'QUOTAS';

/** The platform's audit trail: one field per stream, newest first; admins only. */
export type AuditTrail = {
  __typename?: 'AuditTrail';
  /** The billing stream, newest first; null (with an error) when it could not be read. */
  billing?: Maybe<AuditEventConnection>;
  /** Verifies the billing stream's hash chain now (reads the whole stream); null (with an error) when it could not be read. */
  billingChain?: Maybe<AuditChainReport>;
  /** The catalog stream, newest first; null (with an error) when it could not be read. */
  catalog?: Maybe<AuditEventConnection>;
  /** Verifies the catalog stream's hash chain now (reads the whole stream); null (with an error) when it could not be read. */
  catalogChain?: Maybe<AuditChainReport>;
  id: Scalars['ID']['output'];
  /** The identity stream, newest first; null (with an error) when it could not be read. */
  identity?: Maybe<AuditEventConnection>;
  /** Verifies the identity stream's hash chain now (reads the whole stream); null (with an error) when it could not be read. */
  identityChain?: Maybe<AuditChainReport>;
  /** The keys stream, newest first; null (with an error) when it could not be read. */
  keys?: Maybe<AuditEventConnection>;
  /** Verifies the keys stream's hash chain now (reads the whole stream); null (with an error) when it could not be read. */
  keysChain?: Maybe<AuditChainReport>;
  /** The quotas stream, newest first; null (with an error) when it could not be read. */
  quotas?: Maybe<AuditEventConnection>;
  /** Verifies the quotas stream's hash chain now (reads the whole stream); null (with an error) when it could not be read. */
  quotasChain?: Maybe<AuditChainReport>;
};


/** The platform's audit trail: one field per stream, newest first; admins only. */
export type AuditTrailBillingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The platform's audit trail: one field per stream, newest first; admins only. */
export type AuditTrailCatalogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The platform's audit trail: one field per stream, newest first; admins only. */
export type AuditTrailIdentityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The platform's audit trail: one field per stream, newest first; admins only. */
export type AuditTrailKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The platform's audit trail: one field per stream, newest first; admins only. */
export type AuditTrailQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <token>`; valid for 15 minutes. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  /** Single use: refreshSession returns its successor. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTimeISO']['output'];
  user: User;
};

/** What the web app needs to take payments. */
export type BillingConfig = {
  __typename?: 'BillingConfig';
  /** Razorpay's key id for Checkout. */
  keyId: Scalars['String']['output'];
  /** Show a "Test mode" banner: the Razorpay simulator or test keys, no real money. */
  testMode: Scalars['Boolean']['output'];
};

export type BillingPeriod =
  | 'MONTHLY';

/** Who invoices are made out to. */
export type BillingProfile = {
  __typename?: 'BillingProfile';
  /** Postal address, up to 4 lines separated by newlines. */
  address?: Maybe<Scalars['String']['output']>;
  /** Receipts, invoices and payment reminders go here. */
  email: Scalars['String']['output'];
  /** Registered businesses: their GSTIN (the invoice then shows it, and its state is the place of supply). */
  gstin?: Maybe<Scalars['String']['output']>;
  legalName: Scalars['String']['output'];
  /** State or union territory, by name. */
  state?: Maybe<Scalars['String']['output']>;
  /** GST state code of `state`, e.g. 29. */
  stateCode?: Maybe<Scalars['String']['output']>;
};

export type BillingProfileInput = {
  /** Up to 4 lines of 120 characters, separated by newlines. */
  address?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /** A valid GSTIN (15 characters, checked); its state must be `state` when both are given. */
  gstin?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 120 characters. */
  legalName: Scalars['String']['input'];
  /** State or union territory by name or GST state code. */
  state?: InputMaybe<Scalars['String']['input']>;
};

/** The platform as the seller on tax documents (admin setting; each document keeps a copy). */
export type BillingSeller = {
  __typename?: 'BillingSeller';
  addressLines: Array<Scalars['String']['output']>;
  creditNotePrefix: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  gstin: Scalars['String']['output'];
  invoicePrefix: Scalars['String']['output'];
  legalName: Scalars['String']['output'];
  /** True while no admin has saved a seller and test mode supplies a placeholder. */
  placeholder: Scalars['Boolean']['output'];
  /** SAC printed on every line (default 998315). */
  sac: Scalars['String']['output'];
  /** GST state code, e.g. 29 (must be the GSTIN's). */
  stateCode: Scalars['String']['output'];
};

export type BillingSellerInput = {
  /** 1 to 4 lines. */
  addressLines: Array<Scalars['String']['input']>;
  creditNotePrefix?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  gstin: Scalars['String']['input'];
  invoicePrefix?: InputMaybe<Scalars['String']['input']>;
  legalName: Scalars['String']['input'];
  sac?: InputMaybe<Scalars['String']['input']>;
  /** GST state code or name; must be the GSTIN's state. */
  stateCode: Scalars['String']['input'];
};

/** A customer's paid tier on one solution, renewed monthly through Razorpay. */
export type BillingSubscription = {
  __typename?: 'BillingSubscription';
  /** Ends at currentPeriodEnd; resumeSubscription undoes it until shortly before then. */
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currentPeriodEnd?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The paid period; also the quota period of the tier. */
  currentPeriodStart?: Maybe<Scalars['DateTimeISO']['output']>;
  /** PAST_DUE: the tier is kept until then. */
  graceEndsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** What the next charge will be. */
  nextCharge?: Maybe<TaxedPrice>;
  /** When Razorpay charges next; null when nothing more is charged. */
  nextChargeAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The Enterprise offer whose terms it carries. */
  offer?: Maybe<EnterpriseOffer>;
  /** Where to pay: the checkout of a CREATED subscription, or the page that pays a PAST_DUE or HALTED one. */
  paymentUrl?: Maybe<Scalars['String']['output']>;
  /** Razorpay's id of it (as in Razorpay's own mails), once checkout has begun. */
  razorpaySubscriptionId?: Maybe<Scalars['String']['output']>;
  /** The tier that takes over at currentPeriodEnd (Enterprise → Pro). */
  scheduledTier?: Maybe<Tier>;
  solution: Solution;
  status: SubscriptionStatus;
  tier: Tier;
  /** A new price of the tier you were emailed about (30 days ahead), until it applies. */
  upcomingPrice?: Maybe<UpcomingPrice>;
  userId: Scalars['ID']['output'];
};

/** What Razorpay Checkout returned. */
export type CheckoutConfirmation = {
  razorpayPaymentId: Scalars['String']['input'];
  razorpaySignature: Scalars['String']['input'];
  razorpaySubscriptionId: Scalars['String']['input'];
};

/** A subscription waiting for its payment at Razorpay Checkout. */
export type CheckoutSession = {
  __typename?: 'CheckoutSession';
  /** What is charged now. */
  amount: TaxedPrice;
  /** Open this page to pay (add `callback_url` for the return); it returns razorpay_payment_id, razorpay_subscription_id and razorpay_signature. */
  checkoutUrl: Scalars['String']['output'];
  /** Razorpay's key id, for Checkout's `key`. */
  keyId: Scalars['String']['output'];
  /** Razorpay's subscription id, for Checkout's `subscription_id`. */
  razorpaySubscriptionId: Scalars['String']['output'];
  subscriptionId: Scalars['ID']['output'];
  /** True on the Razorpay test-mode simulator or with test keys: no real money moves. */
  testMode: Scalars['Boolean']['output'];
};

/** The platform's fee on every payment: a default and per-solution overrides. */
export type CommissionSettings = {
  __typename?: 'CommissionSettings';
  /** Basis points (2000 = 20 %, the default until an admin sets one). */
  defaultPercentBps: Scalars['Int']['output'];
  solutions: Array<SolutionCommission>;
};

/** A consent decision with the time and the version of the text it was given for. */
export type Consent = {
  __typename?: 'Consent';
  at: Scalars['DateTimeISO']['output'];
  granted: Scalars['Boolean']['output'];
  kind: ConsentKind;
  source: ConsentSource;
  version: Scalars['String']['output'];
};

/** TERMS: the terms of use. MARKETING: emails about products and offers. */
export type ConsentKind =
  | 'MARKETING'
  | 'TERMS';

export type ConsentSource =
  | 'SETTINGS'
  | 'SIGN_UP';

export type CreateApiKeyInput = {
  /** In the future and at most 2 years ahead; null for never. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 1 to 60 characters, e.g. the app or server that uses the key. */
  name: Scalars['String']['input'];
  /** A published solution. */
  solutionId: Scalars['ID']['input'];
};

export type CreateSolutionInput = {
  baseUrl: Scalars['String']['input'];
  /** One of `categories`. */
  category: Scalars['String']['input'];
  /** Markdown, up to 20,000 characters. */
  description: Scalars['String']['input'];
  documentationUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** 3 to 60 lower-case letters, digits and single dashes, e.g. text-summarizer. */
  slug: Scalars['String']['input'];
  /** One line, up to 200 characters. */
  summary: Scalars['String']['input'];
  /** Up to 10, lower-case. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  key: ApiKey;
  /** The key itself. Shown this once: store it now; the platform keeps only its hash. */
  plaintext: Scalars['String']['output'];
};

export type CreatedSolutionSecret = {
  __typename?: 'CreatedSolutionSecret';
  /** Send as `Authorization: Bearer <plaintext>` to POST /quota/validate. Store it now: it is not shown again. */
  plaintext: Scalars['String']['output'];
  /** On rotation: the secret it replaces, now EXPIRING. */
  replaced?: Maybe<SolutionSecret>;
  secret: SolutionSecret;
};

/** The signed-in user's own calls to one solution over [from, to). */
export type CustomerAnalytics = {
  __typename?: 'CustomerAnalytics';
  /** Up to 100 endpoints, most calls first. */
  byEndpoint: Array<AnalyticsEndpointCalls>;
  /** Your keys that made calls, most calls first. */
  byKey: Array<AnalyticsKeyCalls>;
  calls: Scalars['SafeInt']['output'];
  daily: Array<AnalyticsDayOutcome>;
  /** When the newest event batch was written (null: no events yet). */
  freshAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Calls per hour of the day in UTC: 24 numbers, [0] = 00:00–01:00. */
  hourOfDay: Array<Scalars['SafeInt']['output']>;
  solutionId: Scalars['ID']['output'];
  /** Your tier changes on the solution up to the end of the range, newest first (at most 50). */
  tierHistory: Array<AnalyticsTierChange>;
};

export type DailyUsage = {
  __typename?: 'DailyUsage';
  /** Calls allowed. */
  allowed: Scalars['Int']['output'];
  /** yyyy-mm-dd (UTC). */
  day: Scalars['String']['output'];
  /** Calls refused (they consumed nothing). */
  denied: Scalars['Int']['output'];
  /** Quota units the allowed calls consumed (endpoints may weigh more than 1). */
  units: Scalars['Int']['output'];
};

export type Endpoint = {
  __typename?: 'Endpoint';
  /** Units of quota one call uses (at least 1). */
  costWeight: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  method: HttpMethod;
  /** Documented parameters, in the order the partner gave them. */
  parameters: Array<EndpointParameter>;
  /** Path template; `{param}` segments match any one segment, e.g. /v1/items/{id}. */
  path: Scalars['String']['output'];
  /** An example request body, as the partner wrote it. */
  requestExample?: Maybe<Scalars['String']['output']>;
  /** An example response body, as the partner wrote it. */
  responseExample?: Maybe<Scalars['String']['output']>;
  /** The tiers whose callers may use it. */
  tiers: Array<Tier>;
};

export type EndpointInput = {
  /** Units of quota per call, 1 to 1000. */
  costWeight?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  method: HttpMethod;
  /** Up to 30; once any is given, every {param} of the path must be among them. */
  parameters?: InputMaybe<Array<EndpointParameterInput>>;
  /** Starts with "/"; `{param}` for a variable segment, e.g. /v1/items/{id}. */
  path: Scalars['String']['input'];
  /** An example request body, up to 4,000 characters. */
  requestExample?: InputMaybe<Scalars['String']['input']>;
  /** An example response body, up to 4,000 characters. */
  responseExample?: InputMaybe<Scalars['String']['input']>;
  /** Absent: every tier. */
  tiers?: InputMaybe<Array<Tier>>;
};

export type EndpointParameter = {
  __typename?: 'EndpointParameter';
  description?: Maybe<Scalars['String']['output']>;
  /** A sample value, as text. */
  example?: Maybe<Scalars['String']['output']>;
  in: ParameterLocation;
  name: Scalars['String']['output'];
  /** Always true for PATH parameters. */
  required: Scalars['Boolean']['output'];
  type: ParameterType;
};

export type EndpointParameterInput = {
  /** Up to 300 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A sample value, up to 200 characters. */
  example?: InputMaybe<Scalars['String']['input']>;
  in: ParameterLocation;
  /** Up to 60 characters; a header name for HEADER, the {name} of the path template for PATH. */
  name: Scalars['String']['input'];
  /** Default false; PATH parameters are always required. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default STRING. */
  type?: InputMaybe<ParameterType>;
};

/** An admin's Enterprise terms for one customer on one solution, paid through the same checkout. */
export type EnterpriseOffer = {
  __typename?: 'EnterpriseOffer';
  /** Calls per billing period. */
  callAllowance: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** An open offer can be accepted until then. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The monthly price, exclusive of GST. */
  price: Money;
  ratePerSecond: Scalars['Int']['output'];
  solution: Solution;
  status: EnterpriseOfferStatus;
  /** The customer the offer is for. */
  user: User;
};

export type EnterpriseOfferInput = {
  /** Calls per billing period, within the platform's Enterprise bounds. */
  callAllowance: Scalars['Int']['input'];
  /** Default: 30 days from now; at most a year ahead. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Monthly price in paise, exclusive of GST; at least ₹1 (100), within the platform's Enterprise bounds. */
  pricePaise: Scalars['SafeInt']['input'];
  /** Calls per second, within the platform's Enterprise bounds. */
  ratePerSecond: Scalars['Int']['input'];
  /** A published solution with an Enterprise tier. */
  solutionId: Scalars['ID']['input'];
  /** The customer. */
  userId: Scalars['ID']['input'];
};

/** OPEN: the customer may accept it at checkout until expiresAt. ACCEPTED: paid for; its subscription carries it. WITHDRAWN by an admin, or EXPIRED unaccepted. */
export type EnterpriseOfferStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'OPEN'
  | 'WITHDRAWN';

export type FeatureFlag = {
  __typename?: 'FeatureFlag';
  /** Set when type is BOOLEAN. */
  booleanValue?: Maybe<Scalars['Boolean']['output']>;
  key: Scalars['String']['output'];
  /** Set when type is NUMBER. */
  numberValue?: Maybe<Scalars['Float']['output']>;
  /** Set when type is STRING. */
  stringValue?: Maybe<Scalars['String']['output']>;
  type: FeatureFlagType;
};

export type FeatureFlagInput = {
  booleanValue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Starts with a lower-case letter; letters, digits, ".", "_", "-"; up to 40. */
  key: Scalars['String']['input'];
  numberValue?: InputMaybe<Scalars['Float']['input']>;
  stringValue?: InputMaybe<Scalars['String']['input']>;
  type: FeatureFlagType;
};

export type FeatureFlagType =
  | 'BOOLEAN'
  | 'NUMBER'
  | 'STRING';

/** One rule an input breaks, naming the field by its path in what was sent. */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  /** e.g. tiers[2].monthlyPricePaise (input positions, as sent). */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type GrantTierInput = {
  /** When the grant ends; in the future and at most 2 years ahead. Omit for open-ended. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Why; kept in the audit trail (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  solutionId: Scalars['ID']['input'];
  /** PRO or ENTERPRISE. */
  tier: Tier;
  userId: Scalars['ID']['input'];
};

/** One check of a solution's health URL. */
export type HealthCheck = {
  __typename?: 'HealthCheck';
  at: Scalars['DateTimeISO']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  failure?: Maybe<HealthFailure>;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  latencyMs: Scalars['Int']['output'];
  up: Scalars['Boolean']['output'];
};

/** Why a health check found a solution down: TIMEOUT (no full answer within the deadline), UNREACHABLE (connection or name failed), BLOCKED (the URL points at a refused address), REDIRECT (to another host, or too many), HTTP_STATUS (not 2xx), BAD_BODY (not health JSON), REPORTED_DOWN (the solution says fail), INVALID_URL. */
export type HealthFailure =
  | 'BAD_BODY'
  | 'BLOCKED'
  | 'HTTP_STATUS'
  | 'INVALID_URL'
  | 'REDIRECT'
  | 'REPORTED_DOWN'
  | 'TIMEOUT'
  | 'UNREACHABLE';

/** A time a solution was down: from the first failed check to the next passing one. */
export type HealthIncident = {
  __typename?: 'HealthIncident';
  /** What the first failed check found. */
  detail: Scalars['String']['output'];
  /** Seconds down, so far while it lasts. */
  durationSeconds: Scalars['Int']['output'];
  /** Null while it lasts. */
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  failure: HealthFailure;
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTimeISO']['output'];
};

/** Health checks of one UTC hour or day. */
export type HealthPeriod = {
  __typename?: 'HealthPeriod';
  checks: Scalars['Int']['output'];
  /** Median latency of the up checks, to the upper bound of its bucket. */
  p50Ms?: Maybe<Scalars['Int']['output']>;
  /** 95th percentile latency of the up checks, to the upper bound of its bucket. */
  p95Ms?: Maybe<Scalars['Int']['output']>;
  start: Scalars['DateTimeISO']['output'];
  /** Checks that found it up. */
  up: Scalars['Int']['output'];
  /** Percent of checks up, two decimals; null without checks. */
  uptimePercent?: Maybe<Scalars['Float']['output']>;
};

export type HttpMethod =
  | 'DELETE'
  | 'GET'
  | 'PATCH'
  | 'POST'
  | 'PUT';

/** The endpoints read from the document, or every problem with it by JSON pointer (nothing is saved then). */
export type ImportOpenApiResult = {
  __typename?: 'ImportOpenApiResult';
  /** True when the endpoints were saved. */
  applied: Scalars['Boolean']['output'];
  /** What the solution’s endpoints are (or, in a dry run, would be); empty when refused. */
  endpoints: Array<Endpoint>;
  /** Each with `field` a JSON pointer into the document, e.g. /paths/~1v1~1items/get/parameters/0/in. Empty when read. */
  problems: Array<FieldProblem>;
};

/** A GST tax invoice (one per successful payment) or a credit note (one per refund). */
export type Invoice = {
  __typename?: 'Invoice';
  cgst?: Maybe<Money>;
  /** What the document is for, e.g. "Text Summariser — Pro plan, 1 Apr 2026 – 30 Apr 2026". */
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  igst?: Maybe<Money>;
  issuedAt: Scalars['DateTimeISO']['output'];
  kind: InvoiceKind;
  /** e.g. MP/26-27/0000042: gapless per financial year and kind. */
  number: Scalars['String']['output'];
  /** GET it with the bearer token (Authorization header): the PDF, for its customer and admins only. */
  pdfUrl: Scalars['String']['output'];
  /** SGST, or UTGST in union territories without a legislature. */
  sgst?: Maybe<Money>;
  solution?: Maybe<Solution>;
  taxable: Money;
  total: Money;
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  nodes: Array<Invoice>;
  pageInfo: PageInfo;
};

/** A GST tax invoice, or a credit note against one (a refund). */
export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

/** HARD refuses calls beyond the allowance; SOFT allows them at the overage price per call (paid tiers only). */
export type LimitMode =
  | 'HARD'
  | 'SOFT';

/** A provider account that signs in to this account. */
export type LinkedSignInMethod = {
  __typename?: 'LinkedSignInMethod';
  /** The email the provider shared when the link was made. */
  email?: Maybe<Scalars['String']['output']>;
  linkedAt: Scalars['DateTimeISO']['output'];
  providerId: Scalars['ID']['output'];
  /** The provider's name; its id when it is no longer configured. */
  providerName: Scalars['String']['output'];
  /** The user's name at the provider, e.g. cognito:username or a GitHub login. */
  username?: Maybe<Scalars['String']['output']>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** An amount in integer paise (1/100 rupee) with its currency; computed by the server only. */
export type Money = {
  __typename?: 'Money';
  /** ISO 4217; always INR. */
  currency: Scalars['String']['output'];
  paise: Scalars['SafeInt']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Partners: registers an endpoint (method + path template) with its cost weight and tiers. */
  addEndpoint: Endpoint;
  /** Signed in: apply to become a partner. One pending application at a time. */
  applyForPartnership: PartnerApplication;
  /** Admins: grants the applicant the PARTNER role (effective within seconds, without a new sign-in) and mails them. */
  approvePartnerApplication: PartnerApplication;
  /** Admins: IN_REVIEW → PUBLISHED. Refused, naming the problem, when the tiers no longer fit the platform bounds. */
  approveSolution: Solution;
  /** Signed in. Cancels the scheduled deletion of your account; everything stays as it was. */
  cancelAccountDeletion: Scalars['Boolean']['output'];
  /** Admins. Cancels a scheduled deletion of an account within its grace period. */
  cancelAccountErasure: Scalars['Boolean']['output'];
  /** Ends the subscription at the period end (the tier stays until then). */
  cancelSubscription: BillingSubscription;
  /** Signed in. Ends every other session of the user. */
  changePassword: Scalars['Boolean']['output'];
  /** Pro → Enterprise now (pay the prorated total of planChangePreview; CONFLICT on expectedTotalPaise if it changed), or Enterprise → Pro at the period end. Complete it by paying at the returned checkout and confirmCheckout. */
  changePlan: PlanChange;
  /** Finishes a flow with the provider's callback; the gateway's /auth/oidc/<provider>/callback calls it. Single use per flow. */
  completeSocialSignIn: SocialSignInResult;
  /** Follows the emailed link of an account without a password: schedules its deletion. */
  confirmAccountDeletion: AccountDeletion;
  /** Confirms a Checkout payment by its signature (or the webhook does, whichever comes first); the tier applies at once. BAD_USER_INPUT on input.razorpaySignature when it does not match. */
  confirmCheckout: BillingSubscription;
  /** Follows the emailed link: the account takes the new address (verified). */
  confirmEmailChange: User;
  /** Links the pending provider account after the account's password, and signs in. */
  confirmSocialLink: AuthPayload;
  /** Follows the emailed link: links the pending provider account and signs in. */
  confirmSocialLinkByEmail: AuthPayload;
  /** A new key for a published solution; at most 10 active keys per solution. The plaintext is shown only here. */
  createApiKey: CreatedApiKey;
  /** Admins: Enterprise terms for one customer on one solution (within the platform's Enterprise bounds); they accept with startCheckout(offerId). Errors name input.<field>. */
  createEnterpriseOffer: EnterpriseOffer;
  /** Partners: a new DRAFT with the platform's default tiers. */
  createSolution: Solution;
  /** Partners: issues a secret (at most two live at a time). The plaintext is shown only here. */
  createSolutionSecret: CreatedSolutionSecret;
  /** Signed in: hides one of your notices from the app. NOT_FOUND for a notice that is not yours. */
  dismissNotice: UsageNotice;
  /** Signed in. Ends every session but this one; how many ended. */
  endOtherSessions: Scalars['Int']['output'];
  /** Signed in. Ends one of your sessions (your current one signs you out). */
  endSession: Scalars['Boolean']['output'];
  /** Admins: gives a user PRO or ENTERPRISE on a solution (replacing an earlier grant), optionally until endsAt; audited. BAD_USER_INPUT on input.tier for a free tier, on input.endsAt for a time not in the future or more than 2 years ahead; CONFLICT on input.solutionId for a solution never public (draft, in review, rejected). */
  grantTier: TierGrant;
  /** Partners: makes an OpenAPI 3.1 document the solution's endpoints (registered routes keep their ids; routes the document lacks are removed). Every problem is reported by JSON pointer and nothing is saved then. */
  importOpenApi: ImportOpenApiResult;
  login: AuthPayload;
  /** Ends the caller's current session and/or the session of the given refresh token; false when there was none. */
  logout: Scalars['Boolean']['output'];
  /** Admin only. CONFLICT on userId when the account is not suspended. */
  reactivateUser: User;
  /** Signed in. Records a consent decision for the current version of the text. */
  recordConsent: Consent;
  /** Spends the refresh token and returns its successor. */
  refreshSession: AuthPayload;
  /** Admins: refunds (part of) an invoice at Razorpay and issues the credit note. NOT_FOUND on invoiceId for an unknown invoice; CONFLICT on invoiceId once refunded in full. */
  refundInvoice: Invoice;
  /** Creates an account and emails a verification link. Needs a solved SIGN_UP proof of work. */
  register: User;
  /** Admins: SUSPENDED → the state it was suspended from. */
  reinstateSolution: Solution;
  /** Admins: rejects with a reason, which is mailed to the applicant. */
  rejectPartnerApplication: PartnerApplication;
  /** Admins: IN_REVIEW → REJECTED; the partner edits it (back to DRAFT) and submits again. */
  rejectSolution: Solution;
  /** Partners: removes an endpoint. */
  removeEndpoint: Scalars['Boolean']['output'];
  /** Partners: UNPUBLISHED → PUBLISHED directly (no new review: edits of a live solution are live too); the tiers must fit the platform bounds. */
  republishSolution: Solution;
  /** Signed in. Schedules the deletion of your account after a 14-day grace period (re-enter your password), or mails a confirmation link to accounts without a password. */
  requestAccountDeletion: AccountDeletion;
  /** Signed in. Mails a confirmation link to the new address (24 hours); nothing changes until it is followed. Always true once the input is valid. */
  requestEmailChange: Scalars['Boolean']['output'];
  /** Always true, whether or not the email belongs to an account. Needs a solved PASSWORD_RESET proof of work. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Signed in, for an account without a password (social sign-up): emails a link that sets its first password. CONFLICT when it has one. */
  requestPasswordSetup: Scalars['Boolean']['output'];
  /** Always true, whether or not a mail was sent. Needs a solved RESEND_VERIFICATION proof of work. */
  resendVerification: Scalars['Boolean']['output'];
  /** Follows the emailed reset link (single use, 1 hour); signs out everywhere. */
  resetPassword: Scalars['Boolean']['output'];
  /** Undoes a scheduled cancellation or downgrade (until shortly before the period end). */
  resumeSubscription: BillingSubscription;
  /** Stops a key at once (within seconds on every quota check). Its owner or an admin. */
  revokeApiKey: ApiKey;
  /** Partners: stops a secret at once (within seconds on every quota process). */
  revokeSolutionSecret: SolutionSecret;
  /** Admins: ends a grant now (the user is REGISTERED again); audited. False when there was none. */
  revokeTierGrant: Scalars['Boolean']['output'];
  /** Replaces an active key with a new one of the same name and expiry. The old key keeps working for graceHours (0 to 168; 0 revokes it at once). */
  rotateApiKey: CreatedApiKey;
  /** Partners: issues a successor to an ACTIVE secret; the old one keeps working for graceHours, then stops. */
  rotateSolutionSecret: CreatedSolutionSecret;
  /** Admins. Schedules the deletion of an account for a request its holder sent by email (same grace period; the holder is mailed and may cancel). Audited with the reason. */
  scheduleAccountErasure: AccountDeletion;
  /** Mails the account's owner a link that confirms the pending link instead of the password (once per token). */
  sendSocialLinkEmail: Scalars['Boolean']['output'];
  /** Admins: the default platform fee, and/or one solution's own (solutionId with solutionPercentBps; solutionId alone clears it). Basis points 0 to 10000. Applies to payments from now on; audited. */
  setCommission: CommissionSettings;
  /** Partners: sets or (with null) removes the health-check URL. */
  setHealthCheckUrl: Solution;
  /** Signed in: turns a solution's upgrade-notice emails on or off; the in-app notices stay. */
  setNoticeEmails: NoticePreference;
  /** Partners, own solutions: replaces all four tiers at once. Refused as a whole when any rule fails: then `problems` names each one (e.g. tiers[2].monthlyPricePaise) and nothing is saved. A new price of a published paid tier needs `priceConfirmations`. */
  setSolutionTiers: SetSolutionTiersResult;
  /** Admin only. CUSTOMER is always kept; you cannot drop your own ADMIN. */
  setUserRoles: User;
  /** Starts paying for PRO or ENTERPRISE (or an Enterprise offer) on a published solution. Idempotent per customer and solution: while a checkout is open, the same session comes back. BAD_USER_INPUT names solutionId (unknown), tier (free, or no price) or offerId (not yours); CONFLICT names solutionId when it is not published or you already subscribe, offerId when the offer is no longer open. */
  startCheckout: CheckoutSession;
  /** Starts signing in with a provider (or, signed in with `link: true`, linking one). Send the browser to `authorizationUrl`; the web app does this through the gateway, which binds `state` to the browser. */
  startSocialSignIn: SocialSignInStart;
  /** Partners: DRAFT → IN_REVIEW; the tiers must fit the platform bounds. */
  submitSolution: Solution;
  /** Admins: PUBLISHED or UNPUBLISHED → SUSPENDED. */
  suspendSolution: Solution;
  /** Admin only. Ends all their sessions and emails them the reason. CONFLICT on userId when already suspended (nothing is sent again). */
  suspendUser: User;
  /** Signed in. Unlinks a provider, keeping at least one way to sign in; returns what stays linked. */
  unlinkSignInMethod: Array<LinkedSignInMethod>;
  /** Partners: PUBLISHED → UNPUBLISHED (leaves the catalog). */
  unpublishSolution: Solution;
  /** Applies to invoices issued from now on. BAD_USER_INPUT names the field (input.gstin, input.state, input.email …); nothing is saved then. */
  updateBillingProfile: BillingProfile;
  /** Admins: sets the seller printed on tax documents from now on; refuses every field at fault at once (problems, each naming input.<field>); audited. */
  updateBillingSeller: BillingSeller;
  /** Partners: replaces an endpoint. */
  updateEndpoint: Endpoint;
  /** Admins: replaces the defaults and bounds of all four tiers; audited. Refused as a whole when any rule fails: then `problems` names each one and nothing is saved. */
  updatePlatformTierSettings: UpdatePlatformTierSettingsResult;
  /** Signed in. Changes the display name. */
  updateProfile: User;
  /** Partners, own solutions, not while IN_REVIEW or SUSPENDED. A REJECTED solution returns to DRAFT; a PUBLISHED one changes live. */
  updateSolution: Solution;
  /** Follows the emailed verification link (single use, 24 hours). */
  verifyEmail: User;
  /** Admins: withdraws an open offer. NOT_FOUND on id for an unknown offer; CONFLICT on id for one withdrawn, accepted or expired. */
  withdrawEnterpriseOffer: EnterpriseOffer;
};


export type MutationAddEndpointArgs = {
  input: EndpointInput;
  solutionId: Scalars['ID']['input'];
};


export type MutationApplyForPartnershipArgs = {
  input: ApplyForPartnershipInput;
};


export type MutationApprovePartnerApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveSolutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelAccountErasureArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationCancelSubscriptionArgs = {
  subscriptionId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangePlanArgs = {
  expectedTotalPaise: Scalars['SafeInt']['input'];
  subscriptionId: Scalars['ID']['input'];
  toTier: Tier;
};


export type MutationCompleteSocialSignInArgs = {
  provider: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  state: Scalars['String']['input'];
};


export type MutationConfirmAccountDeletionArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmCheckoutArgs = {
  input: CheckoutConfirmation;
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmSocialLinkArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationConfirmSocialLinkByEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateEnterpriseOfferArgs = {
  input: EnterpriseOfferInput;
};


export type MutationCreateSolutionArgs = {
  input: CreateSolutionInput;
};


export type MutationCreateSolutionSecretArgs = {
  solutionId: Scalars['ID']['input'];
};


export type MutationDismissNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantTierArgs = {
  input: GrantTierInput;
};


export type MutationImportOpenApiArgs = {
  document: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  solutionId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefundInvoiceArgs = {
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  taxablePaise?: InputMaybe<Scalars['SafeInt']['input']>;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
  proofOfWork?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReinstateSolutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectPartnerApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectSolutionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveEndpointArgs = {
  endpointId: Scalars['ID']['input'];
  solutionId: Scalars['ID']['input'];
};


export type MutationRepublishSolutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestAccountDeletionArgs = {
  input: RequestAccountDeletionInput;
};


export type MutationRequestEmailChangeArgs = {
  input: RequestEmailChangeInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
  proofOfWork?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResendVerificationArgs = {
  email: Scalars['String']['input'];
  proofOfWork?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResumeSubscriptionArgs = {
  subscriptionId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSolutionSecretArgs = {
  secretId: Scalars['ID']['input'];
};


export type MutationRevokeTierGrantArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  solutionId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  graceHours?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRotateSolutionSecretArgs = {
  graceHours?: Scalars['Int']['input'];
  secretId: Scalars['ID']['input'];
};


export type MutationScheduleAccountErasureArgs = {
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSendSocialLinkEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationSetCommissionArgs = {
  defaultPercentBps?: InputMaybe<Scalars['Int']['input']>;
  solutionId?: InputMaybe<Scalars['ID']['input']>;
  solutionPercentBps?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetHealthCheckUrlArgs = {
  solutionId: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetNoticeEmailsArgs = {
  input: SetNoticeEmailsInput;
};


export type MutationSetSolutionTiersArgs = {
  priceConfirmations?: InputMaybe<Array<Scalars['String']['input']>>;
  solutionId: Scalars['ID']['input'];
  tiers: Array<TierConfigInput>;
};


export type MutationSetUserRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationStartCheckoutArgs = {
  offerId?: InputMaybe<Scalars['ID']['input']>;
  solutionId: Scalars['ID']['input'];
  tier: Tier;
};


export type MutationStartSocialSignInArgs = {
  link?: InputMaybe<Scalars['Boolean']['input']>;
  next?: InputMaybe<Scalars['String']['input']>;
  provider: Scalars['ID']['input'];
};


export type MutationSubmitSolutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendSolutionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSuspendUserArgs = {
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUnlinkSignInMethodArgs = {
  provider: Scalars['ID']['input'];
};


export type MutationUnpublishSolutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateBillingProfileArgs = {
  input: BillingProfileInput;
};


export type MutationUpdateBillingSellerArgs = {
  input: BillingSellerInput;
};


export type MutationUpdateEndpointArgs = {
  endpointId: Scalars['ID']['input'];
  input: EndpointInput;
  solutionId: Scalars['ID']['input'];
};


export type MutationUpdatePlatformTierSettingsArgs = {
  input: PlatformTierSettingsInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateSolutionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSolutionInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationWithdrawEnterpriseOfferArgs = {
  id: Scalars['ID']['input'];
};

/** The audit trail's events about the signed-in user, one field per stream, newest first. */
export type MyAuditTrail = {
  __typename?: 'MyAuditTrail';
  /** The billing stream's events about you, newest first; null (with an error) when it could not be read. */
  billing?: Maybe<AuditEventConnection>;
  /** The catalog stream's events about you, newest first; null (with an error) when it could not be read. */
  catalog?: Maybe<AuditEventConnection>;
  /** The user's id. */
  id: Scalars['ID']['output'];
  /** The identity stream's events about you, newest first; null (with an error) when it could not be read. */
  identity?: Maybe<AuditEventConnection>;
  /** The keys stream's events about you, newest first; null (with an error) when it could not be read. */
  keys?: Maybe<AuditEventConnection>;
  /** The quotas stream's events about you, newest first; null (with an error) when it could not be read. */
  quotas?: Maybe<AuditEventConnection>;
};


/** The audit trail's events about the signed-in user, one field per stream, newest first. */
export type MyAuditTrailBillingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit trail's events about the signed-in user, one field per stream, newest first. */
export type MyAuditTrailCatalogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit trail's events about the signed-in user, one field per stream, newest first. */
export type MyAuditTrailIdentityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit trail's events about the signed-in user, one field per stream, newest first. */
export type MyAuditTrailKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit trail's events about the signed-in user, one field per stream, newest first. */
export type MyAuditTrailQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NoticePreference = {
  __typename?: 'NoticePreference';
  /** True (the default) to get upgrade notices by email as well as in the app. */
  emails: Scalars['Boolean']['output'];
  solution: Solution;
  solutionId: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where a parameter goes; BODY: a top-level field of a JSON request body. */
export type ParameterLocation =
  | 'BODY'
  | 'HEADER'
  | 'PATH'
  | 'QUERY';

export type ParameterType =
  | 'ARRAY'
  | 'BOOLEAN'
  | 'INTEGER'
  | 'NUMBER'
  | 'OBJECT'
  | 'STRING';

export type PartnerApplication = {
  __typename?: 'PartnerApplication';
  applicantId: Scalars['ID']['output'];
  companyName: Scalars['String']['output'];
  /** Decisions and solution reviews are mailed here. */
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The admin who decided. */
  decidedBy?: Maybe<Scalars['ID']['output']>;
  /** Why it was rejected. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: ApplicationStatus;
  website: Scalars['String']['output'];
};

export type PartnerApplicationConnection = {
  __typename?: 'PartnerApplicationConnection';
  nodes: Array<PartnerApplication>;
  pageInfo: PageInfo;
};

/** A provider account waiting to be linked to the account with its email. */
export type PendingSocialLink = {
  __typename?: 'PendingSocialLink';
  /** The account's email (the provider verified the same address). */
  email: Scalars['String']['output'];
  /** Where the web app goes after linking (a path on this site). */
  next: Scalars['String']['output'];
  provider: SignInProvider;
  /** True for an emailed link, which confirms without the password. */
  viaEmail: Scalars['Boolean']['output'];
};

/** A plan change as made: the subscription now, and the payment it still needs. */
export type PlanChange = {
  __typename?: 'PlanChange';
  /** Pay here to complete it (then confirmCheckout): the prorated charge of an upgrade, or the card authorisation for the plan that starts at the period end. */
  checkout?: Maybe<CheckoutSession>;
  /** The subscription that carries the plan from now on (a new one for an upgrade, once paid). */
  subscription: BillingSubscription;
};

/** Pro → Enterprise now: the unused part of the period is credited, the rest of it charged at the new price (GST on the difference). */
export type PlanChangePreview = {
  __typename?: 'PlanChangePreview';
  /** The new plan for the rest of the period, exclusive of GST. */
  charge: Money;
  /** Unused time of the current plan, exclusive of GST. */
  credit: Money;
  /** When the change applies: now for an upgrade, the period end for a downgrade. */
  effectiveAt: Scalars['DateTimeISO']['output'];
  gst: Money;
  subscriptionId: Scalars['ID']['output'];
  /** charge − credit (never below zero). */
  taxable: Money;
  toTier: Tier;
  /** Paid now; pass it to changePlan as expectedTotalPaise. */
  total: Money;
};

/** What a paid tier of a solution costs a month, and what it gives. */
export type PlanPrice = {
  __typename?: 'PlanPrice';
  /** Calls per billing period. */
  callAllowance?: Maybe<Scalars['Int']['output']>;
  /** GST for the caller's billing profile (signed out or without a state: as supplied in the seller's state). */
  monthly: TaxedPrice;
  ratePerSecond?: Maybe<Scalars['Int']['output']>;
  tier: Tier;
};

/** Platform-wide figures for analysts and admins (a range; MRR and paying customers at its end). */
export type PlatformAnalytics = {
  __typename?: 'PlatformAnalytics';
  /** Distinct registered customers who made calls. */
  activeCustomers: Scalars['Int']['output'];
  arrPaise: Scalars['SafeInt']['output'];
  calls: Scalars['SafeInt']['output'];
  /** Subscriptions cancelled in the range ÷ those active at its start. */
  churnRate?: Maybe<Scalars['Float']['output']>;
  cohorts: Array<AnalyticsCohort>;
  commissionPaise: Scalars['SafeInt']['output'];
  daily: Array<AnalyticsDayOutcome>;
  freshAt?: Maybe<Scalars['DateTimeISO']['output']>;
  funnel: AnalyticsFunnel;
  mrrPaise: Scalars['SafeInt']['output'];
  /** Customers with an active subscription at the end of the range. */
  payingCustomers: Scalars['Int']['output'];
  /** The top 10 by calls, by customers and by revenue (each solution once), most calls first. */
  popularSolutions: Array<AnalyticsSolutionRank>;
  /** Payments minus refunds in the range. */
  revenuePaise: Scalars['SafeInt']['output'];
  signups: Scalars['Int']['output'];
  /** Sign-ups per UTC day (days without any left out). */
  signupsDaily: Array<AnalyticsDayCount>;
};

export type PlatformTierSettings = {
  __typename?: 'PlatformTierSettings';
  /** ISO 4217 currency of every price: INR. */
  currency: Scalars['String']['output'];
  tiers: Array<TierBounds>;
  /** Null while the built-in defaults apply. */
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  updatedBy?: Maybe<Scalars['ID']['output']>;
};

export type PlatformTierSettingsInput = {
  /** All four tiers. */
  tiers: Array<TierBoundsInput>;
};

/** An ALTCHA challenge (SHA-256) to solve in the browser before a protected mutation. */
export type ProofOfWorkChallenge = {
  __typename?: 'ProofOfWorkChallenge';
  /** The challenge as JSON (`{ parameters, signature }`); solve it with altcha-lib. */
  challenge: Scalars['String']['output'];
  /** Solve and use it before then; it is good for one mutation. */
  expiresAt: Scalars['DateTimeISO']['output'];
};

/** The mutation a proof-of-work challenge is for. */
export type ProofOfWorkPurpose =
  | 'PASSWORD_RESET'
  | 'RESEND_VERIFICATION'
  | 'SIGN_UP';

export type Query = {
  __typename?: 'Query';
  /** Admins. The scheduled deletion of a user's account, if any (the admin user page). */
  accountErasure?: Maybe<AccountDeletion>;
  /** Admins: solutions in a status (or all), most recent status change first. */
  adminSolutions: SolutionConnection;
  /** One dataset grouped by dimensions with metrics, filtered, ordered and limited, in your scope. Bad input is BAD_USER_INPUT naming each field at fault; nothing partial is presented as whole (see truncated). */
  analytics: AnalyticsResult;
  /** Each dataset's fields, dimensions, metrics, scopes and limits, and the SQL endpoint's. */
  analyticsSettings: AnalyticsSettings;
  /** One SELECT over the published views (calls, signups, conversions, subscriptions, revenue, health), for analysts and admins: no files, URLs or extensions, a time limit and a row limit (analyticsSettings.sql). Anything else is BAD_USER_INPUT (field sql). */
  analyticsSql: AnalyticsSqlResult;
  /** Its owner and admins only; null for anyone else. */
  apiKey?: Maybe<ApiKey>;
  /** Admins: the audit trail of every stream. */
  auditTrail: AuditTrail;
  billingConfig: BillingConfig;
  /** Admins: the seller on tax documents; null until set (outside test mode a placeholder stands in). */
  billingSeller?: Maybe<BillingSeller>;
  /** The categories a solution can be listed in. */
  categories: Array<Scalars['String']['output']>;
  /** Admins. */
  commissionSettings: CommissionSettings;
  /** Admins: every offer (optionally of one solution), newest first. */
  enterpriseOffers: Array<EnterpriseOffer>;
  /** Its customer and admins only; null for anyone else. */
  invoice?: Maybe<Invoice>;
  /** A key's audit trail (its part of the keys stream), newest first; its owner and admins only. */
  keyAuditEvents: Array<AuditEvent>;
  /** The signed-in user; null when not signed in. */
  me?: Maybe<User>;
  /** Signed in. The scheduled deletion of your account, if any. */
  myAccountDeletion?: Maybe<AccountDeletion>;
  /** Your own calls to a solution over [from, to): per day and outcome, key, endpoint and hour; your tier history. */
  myAnalytics: CustomerAnalytics;
  /** Signed in: the audit events about you (the account, your keys, grants and subscriptions), per stream. */
  myAuditTrail: MyAuditTrail;
  /** Null until you save one (invoices then use your account name and email). */
  myBillingProfile?: Maybe<BillingProfile>;
  /** Signed in. Your consent decisions (terms, marketing emails), newest first. */
  myConsents: Array<Consent>;
  /** Offers made to you, newest first. */
  myEnterpriseOffers: Array<EnterpriseOffer>;
  /** Your invoices and credit notes, newest first. */
  myInvoices: InvoiceConnection;
  /** Your keys, newest first (optionally of one solution): working ones and those that stopped in the last 30 days. */
  myKeys: Array<ApiKey>;
  /** Signed in: whether a solution's upgrade notices also come to you by email (yes unless turned off). */
  myNoticePreference: NoticePreference;
  /** Signed in: your upgrade notices, newest first — of one solution when solutionId is given (NOT_FOUND for an unknown one). Dismissed ones, and a solution's status notices that a newer one overtook (a suspension once reinstated), only with includeDismissed: the history. */
  myNotices: Array<UsageNotice>;
  /** Signed in: your most recent partner application. */
  myPartnerApplication?: Maybe<PartnerApplication>;
  /** Signed in. The sessions that can still be used, most recently active first. */
  mySessions: Array<AccountSession>;
  /** Partners: every solution of yours, in any state, newest first. */
  mySolutions: Array<Solution>;
  /** Your subscriptions, newest first (ended ones included). */
  mySubscriptions: Array<BillingSubscription>;
  /** Signed in: your tier on a solution (REGISTERED unless an admin granted more). */
  myTier: Tier;
  /** Signed in: your tier, quota and window on a solution. NOT_FOUND for an unknown solution. */
  myUsage: SolutionUsage;
  /** Admins: applications in a status (or all), newest first. */
  partnerApplications: PartnerApplicationConnection;
  /** Partners: revenue of your solutions (or one) by solution and month, oldest first; NOT_FOUND (field solutionId) for another partner's solution, as for an id of none. Months are YYYY-MM (UTC), both ends included; default the last 12. */
  partnerRevenue: Array<RevenueRow>;
  /** A pending link by its token; null when invalid, used or expired. */
  pendingSocialLink?: Maybe<PendingSocialLink>;
  /** What changePlan would charge now (Pro → Enterprise) or schedule (Enterprise → Pro). */
  planChangePreview: PlanChangePreview;
  /** Platform-wide figures over [from, to): analysts and admins. */
  platformAnalytics: PlatformAnalytics;
  /** Admins: revenue by partner, solution and month, oldest first (months as in partnerRevenue). */
  platformRevenue: Array<RevenueRow>;
  /** The defaults and bounds partners configure tiers within. Public. */
  platformTierSettings: PlatformTierSettings;
  /** Admins: every change of the platform tier settings, newest first. */
  platformTierSettingsHistory: AuditEventConnection;
  /** A fresh proof-of-work challenge for sign-up, password reset or resend verification. */
  proofOfWorkChallenge: ProofOfWorkChallenge;
  /** Admins: solutions waiting for review, oldest submission first. */
  reviewQueue: SolutionConnection;
  /** The providers configured for social sign-in; empty when none is. */
  signInProviders: Array<SignInProvider>;
  /** A published solution by slug; its partner and admins also get it in any other state. Null otherwise. */
  solution?: Maybe<Solution>;
  /** A solution's figures over [from, to): its partner, analysts and admins. NOT_FOUND (field solutionId) for another partner's solution, as for an id of none. */
  solutionAnalytics: SolutionAnalytics;
  /** Like `solution`, by id. */
  solutionById?: Maybe<Solution>;
  /** The solution's partner and admins: everyone who has held a key for it, by user id, with tier and usage (quotas) and name (identity). NOT_FOUND for another partner's solution. */
  solutionCustomers: SolutionCustomerConnection;
  /** The solution's partner and admins (anyone else: NOT_FOUND on solutionId, as an unknown id): calls by day and tier from `from` to `to` (yyyy-mm-dd, at most 366 days apart). Days without calls are omitted; anonymous callers are counted as ANONYMOUS, never identified. */
  solutionUsage: Array<TierDailyUsage>;
  /** The public catalog: published solutions, most recently published first. */
  solutions: SolutionConnection;
  /** Its customer and admins only; null for anyone else. */
  subscription?: Maybe<BillingSubscription>;
  /** Admins: the audit trail of a user's grant on a solution (its part of the quotas stream), newest first. */
  tierGrantHistory: Array<AuditEvent>;
  /** Admins: every tier grant on a solution, ended ones included, by user id. */
  tierGrants: Array<TierGrant>;
  /** Partners: who a new price of a paid tier reaches (subscribers, and reach: told now, once active again, if they resume, when they start) and from when, before saving it with setSolutionTiers (which records the notice due to each of them; they are emailed within minutes). NOT_FOUND (field solutionId) for another partner's solution, as for an id of none. */
  tierPriceChangePreview: TierPriceChange;
  /** Admin only. */
  user?: Maybe<User>;
  /** Admin only. Newest first; `search` matches email or name. */
  users: UserConnection;
};


export type QueryAccountErasureArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryAdminSolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SolutionStatus>;
};


export type QueryAnalyticsArgs = {
  input: AnalyticsQueryInput;
};


export type QueryAnalyticsSqlArgs = {
  sql: Scalars['String']['input'];
};


export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnterpriseOffersArgs = {
  solutionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKeyAuditEventsArgs = {
  keyId: Scalars['ID']['input'];
};


export type QueryMyAnalyticsArgs = {
  from: Scalars['DateTimeISO']['input'];
  solutionId: Scalars['ID']['input'];
  to: Scalars['DateTimeISO']['input'];
};


export type QueryMyInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyKeysArgs = {
  solutionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyNoticePreferenceArgs = {
  solutionId: Scalars['ID']['input'];
};


export type QueryMyNoticesArgs = {
  includeDismissed?: InputMaybe<Scalars['Boolean']['input']>;
  solutionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyTierArgs = {
  solutionId: Scalars['ID']['input'];
};


export type QueryMyUsageArgs = {
  solutionId: Scalars['ID']['input'];
};


export type QueryPartnerApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


export type QueryPartnerRevenueArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  solutionId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPendingSocialLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryPlanChangePreviewArgs = {
  subscriptionId: Scalars['ID']['input'];
  toTier: Tier;
};


export type QueryPlatformAnalyticsArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


export type QueryPlatformRevenueArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlatformTierSettingsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProofOfWorkChallengeArgs = {
  purpose: ProofOfWorkPurpose;
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySolutionArgs = {
  slug: Scalars['String']['input'];
};


export type QuerySolutionAnalyticsArgs = {
  from: Scalars['DateTimeISO']['input'];
  solutionId: Scalars['ID']['input'];
  to: Scalars['DateTimeISO']['input'];
};


export type QuerySolutionByIdArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySolutionCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  solutionId: Scalars['ID']['input'];
};


export type QuerySolutionUsageArgs = {
  from: Scalars['String']['input'];
  solutionId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QuerySolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTierGrantHistoryArgs = {
  solutionId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryTierGrantsArgs = {
  solutionId: Scalars['ID']['input'];
};


export type QueryTierPriceChangePreviewArgs = {
  newPricePaise: Scalars['SafeInt']['input'];
  solutionId: Scalars['ID']['input'];
  tier: Tier;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

export type ReadinessCheck = {
  __typename?: 'ReadinessCheck';
  done: Scalars['Boolean']['output'];
  item: ReadinessItem;
  label: Scalars['String']['output'];
  /** What is missing; null when done. */
  missing?: Maybe<Scalars['String']['output']>;
};

export type ReadinessItem =
  | 'DOCUMENTATION'
  | 'ENDPOINTS'
  | 'HEALTH_CHECK_URL'
  | 'SECRET';

export type RecordConsentInput = {
  granted: Scalars['Boolean']['input'];
  kind: ConsentKind;
};

export type RegisterInput = {
  /** Must be true: the user accepted the terms of use. Missing or false is BAD_USER_INPUT on input.acceptTerms. */
  acceptTerms?: InputMaybe<Scalars['Boolean']['input']>;
  email: Scalars['String']['input'];
  /** The user wants marketing emails (default: no). */
  marketingEmails?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** 10 to 200 characters, not the email address. */
  password: Scalars['String']['input'];
};

export type RequestAccountDeletionInput = {
  /** Required for accounts with a password; accounts without one confirm by email. */
  password?: InputMaybe<Scalars['String']['input']>;
};

export type RequestEmailChangeInput = {
  /** Proves it is the account holder asking. */
  currentPassword: Scalars['String']['input'];
  newEmail: Scalars['String']['input'];
};

/** Payments of one month (UTC) on one solution, split between platform and partner. Aggregates only. */
export type RevenueRow = {
  __typename?: 'RevenueRow';
  /** What customers paid, GST included (refunds subtracted). */
  gross: Money;
  gst: Money;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  partnerId?: Maybe<Scalars['ID']['output']>;
  /** What the partner is owed: taxable value − platform fee. */
  partnerNet: Money;
  /** Payments (refunds not counted). */
  payments: Scalars['Int']['output'];
  platformFee: Money;
  solution?: Maybe<Solution>;
  /** Distinct paying customers. */
  subscribers: Scalars['Int']['output'];
};

/** What a user may do. Every user is a customer; partners list solutions; analysts read platform analytics (read-only); admins run the platform. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'CUSTOMER'
  | 'PARTNER';

/** EXPIRING: rotated away, still accepted until expiresAt; EXPIRED and REVOKED: no longer accepted. */
export type SecretStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'EXPIRING'
  | 'REVOKED';

export type SetNoticeEmailsInput = {
  /** False to stop the emails (the in-app notices stay). */
  emails: Scalars['Boolean']['input'];
  solutionId: Scalars['ID']['input'];
};

/** The solution with its new tiers, or every problem with them (nothing is saved then). */
export type SetSolutionTiersResult = {
  __typename?: 'SetSolutionTiersResult';
  /** Empty when saved. */
  problems: Array<FieldProblem>;
  /** Null when refused. */
  solution?: Maybe<Solution>;
};

/** A provider users can sign in with, as configured on this platform. */
export type SignInProvider = {
  __typename?: 'SignInProvider';
  /** Part of the callback URL: /auth/oidc/<id>/callback. */
  id: Scalars['ID']['output'];
  kind: SignInProviderKind;
  /** What the button says after "Continue with". */
  name: Scalars['String']['output'];
};

/** OpenID Connect, or GitHub (OAuth 2.0). */
export type SignInProviderKind =
  | 'GITHUB'
  | 'OIDC';

/** SIGNED_IN: a session started. LINKED: the provider was linked to the signed-in user. LINK_REQUIRED: an account has this email; its owner must prove control (`linkToken`). REFUSED: see `code` and `message`. */
export type SocialSignInOutcome =
  | 'LINKED'
  | 'LINK_REQUIRED'
  | 'REFUSED'
  | 'SIGNED_IN';

/** How a provider's callback ended. */
export type SocialSignInResult = {
  __typename?: 'SocialSignInResult';
  /** REFUSED only: EMAIL_NOT_VERIFIED, EMAIL_MISSING, ACCOUNT_SUSPENDED, LINKED_ELSEWHERE, ALREADY_LINKED, PROVIDER_UNAVAILABLE, PROVIDER_DENIED, SIGN_IN_INVALID or FLOW_EXPIRED. */
  code?: Maybe<Scalars['String']['output']>;
  /** LINK_REQUIRED only: confirm with confirmSocialLink or sendSocialLinkEmail (30 minutes). */
  linkToken?: Maybe<Scalars['String']['output']>;
  /** True when a signed-in user started the flow to link a provider. */
  linking: Scalars['Boolean']['output'];
  /** REFUSED only: a message for the user. */
  message?: Maybe<Scalars['String']['output']>;
  /** Where the web app goes next (a path on this site). */
  next?: Maybe<Scalars['String']['output']>;
  outcome: SocialSignInOutcome;
  /** SIGNED_IN only. */
  session?: Maybe<AuthPayload>;
};

/** A started flow, or why it could not start (`code` and `message`). */
export type SocialSignInStart = {
  __typename?: 'SocialSignInStart';
  /** Where to send the browser: the provider's authorization endpoint. */
  authorizationUrl?: Maybe<Scalars['String']['output']>;
  /** When the flow could not start: PROVIDER_UNAVAILABLE. */
  code?: Maybe<Scalars['String']['output']>;
  /** When the flow could not start: a message for the user. */
  message?: Maybe<Scalars['String']['output']>;
  /** Binds the flow to this browser; the gateway keeps it in an HttpOnly cookie. */
  state?: Maybe<Scalars['String']['output']>;
};

/** A partner's API listed in the catalog. */
export type Solution = {
  __typename?: 'Solution';
  /** Where callers reach the API. */
  baseUrl: Scalars['String']['output'];
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Markdown. */
  description: Scalars['String']['output'];
  documentationUrl?: Maybe<Scalars['String']['output']>;
  endpoints: Array<Endpoint>;
  /** Uptime, latency, incidents and checks. Its partner and admins only; null for anyone else. */
  health?: Maybe<SolutionHealth>;
  /** The one URL the platform polls to see that the solution is up. Its partner and admins only. */
  healthCheckUrl?: Maybe<Scalars['String']['output']>;
  /** The platform's last health check: UP, DOWN or UNKNOWN. Public. */
  healthStatus: SolutionHealthStatus;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Its endpoints as an OpenAPI 3.1 document (JSON); `importOpenApi` reads it back to the same endpoints. */
  openApiDocument: Scalars['String']['output'];
  partner: User;
  partnerId: Scalars['ID']['output'];
  /** The paid tiers that have a monthly price, with GST for the caller's billing profile; public. */
  prices: Array<PlanPrice>;
  /** When it was first published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The partner's company name. */
  publisherName?: Maybe<Scalars['String']['output']>;
  /** What submission for review requires (endpoints, documentation, health-check URL, secret). Its partner and admins only. */
  readiness?: Maybe<Array<ReadinessCheck>>;
  /** Why it was rejected or suspended. Its partner and admins only. */
  reviewReason?: Maybe<Scalars['String']['output']>;
  /** Newest first. Its partner and admins only; null for anyone else. */
  secrets?: Maybe<Array<SolutionSecret>>;
  /** Unique, lower-case, fixed once published; the catalog URL is /solutions/<slug>. */
  slug: Scalars['String']['output'];
  status: SolutionStatus;
  summary: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  /** Every change of its tiers with before and after, newest first. Its partner and admins only; null for anyone else. */
  tierHistory?: Maybe<AuditEventConnection>;
  /** ANONYMOUS, REGISTERED, PRO, ENTERPRISE, in that order. */
  tiers: Array<TierConfig>;
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A partner's API listed in the catalog. */
export type SolutionTierHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A solution's ready-made figures for its partner (and analysts and admins). */
export type SolutionAnalytics = {
  __typename?: 'SolutionAnalytics';
  calls: Scalars['SafeInt']['output'];
  /** The platform's commission of them. */
  commissionPaise: Scalars['SafeInt']['output'];
  daily: Array<AnalyticsDayOutcome>;
  freshAt?: Maybe<Scalars['DateTimeISO']['output']>;
  funnel: AnalyticsFunnel;
  leads: AnalyticsLeads;
  /** Payments minus refunds in the range (GST included). */
  revenuePaise: Scalars['SafeInt']['output'];
  solutionId: Scalars['ID']['output'];
  /** Tier adoption: callers and calls per tier, most calls first. */
  tiers: Array<AnalyticsTierAdoption>;
  /** The 10 consumers with most calls. */
  topConsumers: Array<AnalyticsConsumerCalls>;
  /** Distinct anonymous callers. */
  uniqueAnonymous: Scalars['Int']['output'];
  /** Distinct registered consumers who called. */
  uniqueConsumers: Scalars['Int']['output'];
};

export type SolutionCommission = {
  __typename?: 'SolutionCommission';
  /** Basis points (2000 = 20 %). */
  percentBps: Scalars['Int']['output'];
  solution: Solution;
};

export type SolutionConnection = {
  __typename?: 'SolutionConnection';
  nodes: Array<Solution>;
  pageInfo: PageInfo;
};

export type SolutionCustomer = {
  __typename?: 'SolutionCustomer';
  /** Keys that work now (a customer who revoked every key is still listed, with 0). */
  activeKeys: Scalars['Int']['output'];
  /** The customer's email, only where they agreed to share it with this solution's partner. */
  email?: Maybe<Scalars['String']['output']>;
  /** When they made their first key for the solution. */
  firstKeyAt?: Maybe<Scalars['DateTimeISO']['output']>;
  solutionId: Scalars['ID']['output'];
  /** The customer's tier and usage in their current window; the solution's partner and admins only. */
  usage: SolutionUsage;
  /** The customer (their display name; other fields as their privacy allows). */
  user: User;
  userId: Scalars['ID']['output'];
};

export type SolutionCustomerConnection = {
  __typename?: 'SolutionCustomerConnection';
  nodes: Array<SolutionCustomer>;
  pageInfo: PageInfo;
};

/** A solution's health as the platform's monitor sees it. Its partner and admins only. */
export type SolutionHealth = {
  __typename?: 'SolutionHealth';
  /** How often the platform checks. */
  checkIntervalSeconds: Scalars['Int']['output'];
  /** One entry per UTC day (1–90, default 90), oldest first, today last. */
  daily: Array<HealthPeriod>;
  /** One entry per UTC hour (1–168, default 48), oldest first, this hour last. */
  hourly: Array<HealthPeriod>;
  /** Newest first (1–100, default 20). */
  incidents: Array<HealthIncident>;
  lastCheckedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  lastDetail?: Maybe<Scalars['String']['output']>;
  /** Why the last check failed; null when it passed. */
  lastFailure?: Maybe<HealthFailure>;
  lastLatencyMs?: Maybe<Scalars['Int']['output']>;
  /** The latest checks, newest first (1–100, default 20); each is kept for a week. */
  recentChecks: Array<HealthCheck>;
  /** When the current UP or DOWN began. */
  since?: Maybe<Scalars['DateTimeISO']['output']>;
  status: SolutionHealthStatus;
  /** Percent of checks up over the last `days` UTC days (1–90, default 30), two decimals; null without checks. */
  uptimePercent?: Maybe<Scalars['Float']['output']>;
};


/** A solution's health as the platform's monitor sees it. Its partner and admins only. */
export type SolutionHealthDailyArgs = {
  days?: Scalars['Int']['input'];
};


/** A solution's health as the platform's monitor sees it. Its partner and admins only. */
export type SolutionHealthHourlyArgs = {
  hours?: Scalars['Int']['input'];
};


/** A solution's health as the platform's monitor sees it. Its partner and admins only. */
export type SolutionHealthIncidentsArgs = {
  first?: Scalars['Int']['input'];
};


/** A solution's health as the platform's monitor sees it. Its partner and admins only. */
export type SolutionHealthRecentChecksArgs = {
  first?: Scalars['Int']['input'];
};


/** A solution's health as the platform's monitor sees it. Its partner and admins only. */
export type SolutionHealthUptimePercentArgs = {
  days?: Scalars['Int']['input'];
};

/** The platform's last health check of a solution: UNKNOWN without a health URL, before the first check, or when the last check is stale. */
export type SolutionHealthStatus =
  | 'DOWN'
  | 'UNKNOWN'
  | 'UP';

export type SolutionSecret = {
  __typename?: 'SolutionSecret';
  createdAt: Scalars['DateTimeISO']['output'];
  /** When a rotated-away secret stops working. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Recorded at most once a minute. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The first characters of the secret (mps_…), to tell secrets apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: SecretStatus;
};

/** DRAFT → IN_REVIEW → PUBLISHED or REJECTED; REJECTED → DRAFT after an edit; PUBLISHED ⇄ UNPUBLISHED (partner); PUBLISHED or UNPUBLISHED → SUSPENDED (admin) → back (reinstate). Only PUBLISHED solutions are public. */
export type SolutionStatus =
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUSPENDED'
  | 'UNPUBLISHED';

/** A user's quota on a solution in the current window. On soft limits and hard limits up to 100, `used`, `remaining` and `overage` are exact and current (the quota shim stores a call before it answers it); on larger hard limits `used` and `remaining` trail the shim by at most about half a second. `daily` counts trail the shim by a few seconds. */
export type SolutionUsage = {
  __typename?: 'SolutionUsage';
  /** The last `days` days (1 to 366) ending today (UTC), oldest first, days without calls as zeros. */
  daily: Array<DailyUsage>;
  /** Whole days left in the window (partial days count); a trial not yet started has all of them. */
  daysRemaining?: Maybe<Scalars['Int']['output']>;
  /** The window's allowance. */
  limit: Scalars['Int']['output'];
  limitMode?: Maybe<LimitMode>;
  /** Units past a soft limit in this window (what overage is billed on). */
  overage: Scalars['Int']['output'];
  /** Calls per second allowed; null for no rate limit. */
  ratePerSecond?: Maybe<Scalars['Int']['output']>;
  remaining: Scalars['Int']['output'];
  solution: Solution;
  solutionId: Scalars['ID']['output'];
  /** REGISTERED unless an admin granted PRO or ENTERPRISE. */
  tier: Tier;
  /** True once a trial window has ended by time; calls are refused with TRIAL_EXPIRED. */
  trialEnded: Scalars['Boolean']['output'];
  /** Units consumed in the current window. */
  used: Scalars['Int']['output'];
  /** Null for a trial that has not started (no call yet). */
  windowEnd?: Maybe<Scalars['DateTimeISO']['output']>;
  windowKind: WindowKind;
  /** Null for a trial that has not started (no call yet). */
  windowStart?: Maybe<Scalars['DateTimeISO']['output']>;
};


/** A user's quota on a solution in the current window. On soft limits and hard limits up to 100, `used`, `remaining` and `overage` are exact and current (the quota shim stores a call before it answers it); on larger hard limits `used` and `remaining` trail the shim by at most about half a second. `daily` counts trail the shim by a few seconds. */
export type SolutionUsageDailyArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** CREATED: waiting for the first payment at checkout. AUTHENTICATED: card authorised, first charge at a later start. ACTIVE: paid for the current period. PAST_DUE: a renewal failed; the tier is kept until graceEndsAt while Razorpay retries. HALTED: retries used up; the tier fell back to REGISTERED until a payment. CANCELLED, COMPLETED: ended. PAUSED: paused at Razorpay. */
export type SubscriptionStatus =
  | 'ACTIVE'
  | 'AUTHENTICATED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'HALTED'
  | 'PAST_DUE'
  | 'PAUSED';

/** A price exclusive of GST, the GST on it for the buyer, and the total to pay. */
export type TaxedPrice = {
  __typename?: 'TaxedPrice';
  gst: Money;
  /** 18 for API access (CGST + SGST, or IGST). */
  gstRatePercent: Scalars['Int']['output'];
  taxable: Money;
  total: Money;
};

/** Access tiers of a solution, from anonymous trial calls to enterprise contracts. */
export type Tier =
  | 'ANONYMOUS'
  | 'ENTERPRISE'
  | 'PRO'
  | 'REGISTERED';

export type TierBounds = {
  __typename?: 'TierBounds';
  defaultCallAllowance: Scalars['Int']['output'];
  /** Paid tiers only, in paise. */
  defaultMonthlyPricePaise?: Maybe<Scalars['Int']['output']>;
  /** ANONYMOUS only: new callers per network block and UTC day when a partner gives none (fixed by the platform). */
  defaultNewCallersPerBlockPerDay?: Maybe<Scalars['Int']['output']>;
  defaultRatePerSecond?: Maybe<Scalars['Int']['output']>;
  /** ANONYMOUS only: whether bots are refused when a partner does not say. */
  defaultRefuseBots?: Maybe<Scalars['Boolean']['output']>;
  /** Free tiers only. */
  defaultTrialDays?: Maybe<Scalars['Int']['output']>;
  maxCallAllowance: Scalars['Int']['output'];
  maxMonthlyPricePaise?: Maybe<Scalars['Int']['output']>;
  /** ANONYMOUS only: the highest cap a partner may set. */
  maxNewCallersPerBlockPerDay?: Maybe<Scalars['Int']['output']>;
  /** Null: no platform bound (a tier may then have no rate limit). */
  maxRatePerSecond?: Maybe<Scalars['Int']['output']>;
  maxTrialDays?: Maybe<Scalars['Int']['output']>;
  minCallAllowance: Scalars['Int']['output'];
  minMonthlyPricePaise?: Maybe<Scalars['Int']['output']>;
  /** ANONYMOUS only: the lowest cap a partner may set. */
  minNewCallersPerBlockPerDay?: Maybe<Scalars['Int']['output']>;
  minTrialDays?: Maybe<Scalars['Int']['output']>;
  tier: Tier;
};

export type TierBoundsInput = {
  defaultCallAllowance: Scalars['Int']['input'];
  /** Paid tiers only (required there). */
  defaultMonthlyPricePaise?: InputMaybe<Scalars['Int']['input']>;
  defaultRatePerSecond?: InputMaybe<Scalars['Int']['input']>;
  /** Free tiers only (required there). */
  defaultTrialDays?: InputMaybe<Scalars['Int']['input']>;
  maxCallAllowance: Scalars['Int']['input'];
  maxMonthlyPricePaise?: InputMaybe<Scalars['Int']['input']>;
  /** Absent: no platform bound. */
  maxRatePerSecond?: InputMaybe<Scalars['Int']['input']>;
  maxTrialDays?: InputMaybe<Scalars['Int']['input']>;
  minCallAllowance: Scalars['Int']['input'];
  minMonthlyPricePaise?: InputMaybe<Scalars['Int']['input']>;
  minTrialDays?: InputMaybe<Scalars['Int']['input']>;
  tier: Tier;
};

export type TierConfig = {
  __typename?: 'TierConfig';
  /** PRO and ENTERPRISE: MONTHLY. */
  billingPeriod?: Maybe<BillingPeriod>;
  /** Calls per trial window (free tiers) or per billing period (paid tiers). */
  callAllowance: Scalars['Int']['output'];
  /** ISO 4217 currency of every price: INR. */
  currency: Scalars['String']['output'];
  features: Array<FeatureFlag>;
  /** Short lines the catalog shows for this tier. */
  highlights: Array<Scalars['String']['output']>;
  limitMode: LimitMode;
  /** Paid tiers: the monthly price in paise. */
  monthlyPricePaise?: Maybe<Scalars['Int']['output']>;
  /** ANONYMOUS only: new anonymous callers admitted per network block (IPv4 /24, IPv6 /48) per UTC day; more are refused with BOT_SUSPECTED. */
  newCallersPerBlockPerDay?: Maybe<Scalars['Int']['output']>;
  /** SOFT limits: the price in paise of each call beyond the allowance. */
  overagePricePaise?: Maybe<Scalars['Int']['output']>;
  /** Calls per second; null: no per-second limit. */
  ratePerSecond?: Maybe<Scalars['Int']['output']>;
  /** ANONYMOUS only: refuse callers with an empty or known-bot user agent (BOT_SUSPECTED). */
  refuseBots?: Maybe<Scalars['Boolean']['output']>;
  tier: Tier;
  /** ANONYMOUS and REGISTERED: the trial lasts this many days from the first call, or until the allowance is used. */
  trialDays?: Maybe<Scalars['Int']['output']>;
};

export type TierConfigInput = {
  callAllowance: Scalars['Int']['input'];
  features?: InputMaybe<Array<FeatureFlagInput>>;
  /** Up to 6 lines of up to 80 characters. */
  highlights?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default HARD; SOFT for paid tiers only. */
  limitMode?: InputMaybe<LimitMode>;
  /** PRO and ENTERPRISE only (required there), in paise. */
  monthlyPricePaise?: InputMaybe<Scalars['Int']['input']>;
  /** ANONYMOUS only: new anonymous callers per network block and UTC day, 1 to 1,000; absent: 20. */
  newCallersPerBlockPerDay?: InputMaybe<Scalars['Int']['input']>;
  /** With SOFT only (required there), in paise per call. */
  overagePricePaise?: InputMaybe<Scalars['Int']['input']>;
  /** Absent: no per-second limit (if the platform allows none). */
  ratePerSecond?: InputMaybe<Scalars['Int']['input']>;
  /** ANONYMOUS only: refuse empty and known-bot user agents; absent: true. */
  refuseBots?: InputMaybe<Scalars['Boolean']['input']>;
  tier: Tier;
  /** ANONYMOUS and REGISTERED only; absent: the platform default. */
  trialDays?: InputMaybe<Scalars['Int']['input']>;
};

export type TierDailyUsage = {
  __typename?: 'TierDailyUsage';
  allowed: Scalars['Int']['output'];
  /** yyyy-mm-dd (UTC). */
  day: Scalars['String']['output'];
  denied: Scalars['Int']['output'];
  /** Units past a soft limit (billed at the overage price). */
  overage: Scalars['Int']['output'];
  /** ANONYMOUS rows count callers without a key; they are never identified. */
  tier: Tier;
  units: Scalars['Int']['output'];
};

export type TierGrant = {
  __typename?: 'TierGrant';
  /** When the grant ends (the user is REGISTERED again); null for open-ended. */
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  grantedAt: Scalars['DateTimeISO']['output'];
  /** The admin who granted it, or `billing` for a paid subscription. */
  grantedBy: Scalars['ID']['output'];
  solution: Solution;
  solutionId: Scalars['ID']['output'];
  tier: Tier;
  user: User;
  userId: Scalars['ID']['output'];
};

/** What a new monthly price of a paid tier means for the tier's current subscribers. */
export type TierPriceChange = {
  __typename?: 'TierPriceChange';
  /** Proof that this preview was shown, for setSolutionTiers(priceConfirmations) when saving exactly this price: refused once the price changed meanwhile, or after 30 minutes. Opaque. */
  confirmation: Scalars['String']['output'];
  /** The price now, exclusive of GST (null: none yet). */
  currentPrice?: Maybe<Money>;
  /** From then on their renewals are at the new price (30 days from now). */
  effectiveAt: Scalars['DateTimeISO']['output'];
  /** The new price, exclusive of GST. */
  newPrice: Money;
  /** subscribers by when they are told. */
  reach: TierPriceChangeReach;
  solutionId: Scalars['ID']['output'];
  /** Everyone the new price reaches (the sum of reach): subscribers whose price would change, and those told of a change not charged yet that it supersedes. Offers, ended subscriptions and unpaid checkouts are not counted. */
  subscribers: Scalars['Int']['output'];
  tier: Tier;
};

/** The subscribers a new price reaches, by when they are told (each is counted once). */
export type TierPriceChangeReach = {
  __typename?: 'TierPriceChangeReach';
  /** Set to cancel at the period end: they end at their price; emailed only if they resume. */
  ifResumed: Scalars['Int']['output'];
  /** Active and not ending (and, when the price goes down, past due, halted or paused too): they keep their price until effectiveAt and are emailed once the new price is saved. Also those told of an increase that the new price withdraws (emailed then, whatever their status). */
  now: Scalars['Int']['output'];
  /** Past due, halted or paused, the price going up: emailed once they pay or resume, and moved 30 days after that email at the earliest. */
  whenActiveAgain: Scalars['Int']['output'];
  /** Authorised and starting later (a downgrade): emailed when it starts. */
  whenStarted: Scalars['Int']['output'];
};

/** A new monthly price of the subscription's tier that its customer was emailed about, not yet charged. */
export type UpcomingPrice = {
  __typename?: 'UpcomingPrice';
  /** Renewals from then on are at the new price (at least 30 days after the email). */
  effectiveAt: Scalars['DateTimeISO']['output'];
  /** The new price, exclusive of GST. */
  newPrice: Money;
};

/** The new settings, or every problem with them (nothing is saved then). */
export type UpdatePlatformTierSettingsResult = {
  __typename?: 'UpdatePlatformTierSettingsResult';
  /** Empty when saved. */
  problems: Array<FieldProblem>;
  /** Null when refused. */
  settings?: Maybe<PlatformTierSettings>;
};

export type UpdateProfileInput = {
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
};

export type UpdateSolutionInput = {
  baseUrl?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  documentationUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only before the solution was first published. */
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UsageNotice = {
  __typename?: 'UsageNotice';
  /** The next step, e.g. "Upgrade to Pro". */
  actionLabel: Scalars['String']['output'];
  /** Where the next step is: a path of the web app (the solution's pricing and checkout, sign-up, or sales). */
  actionPath: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  dismissedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: UsageNoticeKind;
  /** The window's allowance. */
  limit: Scalars['Int']['output'];
  /** The usage, the time left (as of now) and the next step, in a sentence or three. */
  message: Scalars['String']['output'];
  solution: Solution;
  solutionId: Scalars['ID']['output'];
  /** The tier whose allowance or trial the notice is about. */
  tier: Tier;
  /** A heading naming the solution and what happened (the email subject). */
  title: Scalars['String']['output'];
  /** Units used when the notice was made. */
  used: Scalars['Int']['output'];
  /** When the window ends. */
  windowEnd: Scalars['DateTimeISO']['output'];
};

/** USAGE_80 / USAGE_100: 80 % / all of the allowance used in the window; TRIAL_ENDING: the trial window ends in three days; UNUSUAL_NETWORKS: a key was used from an unusual number of networks in a UTC day; SOLUTION_SUSPENDED / SOLUTION_UNPUBLISHED / SOLUTION_REINSTATED: a solution the customer holds a key for was suspended / unpublished / reinstated (out of a suspension, or republished). */
export type UsageNoticeKind =
  | 'SOLUTION_REINSTATED'
  | 'SOLUTION_SUSPENDED'
  | 'SOLUTION_UNPUBLISHED'
  | 'TRIAL_ENDING'
  | 'UNUSUAL_NETWORKS'
  | 'USAGE_80'
  | 'USAGE_100';

/** A person with a Marketplace account. */
export type User = {
  __typename?: 'User';
  billingProfile?: Maybe<BillingProfile>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Visible to the user themself and to admins; null for anyone else. */
  email?: Maybe<Scalars['String']['output']>;
  emailVerified: Scalars['Boolean']['output'];
  /** Whether the account has a password (social sign-ups have none until reset); the user and admins only. */
  hasPassword?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** The user's invoices and credit notes, newest first. */
  invoices: InvoiceConnection;
  /** The user's keys as in `myKeys`; only for the user themself and admins (FORBIDDEN for anyone else). */
  keys: Array<ApiKey>;
  /** The providers that sign in to this account; the user themself only. */
  linkedSignInMethods?: Maybe<Array<LinkedSignInMethod>>;
  name: Scalars['String']['output'];
  /** The user's most recent partner application. The user themself and admins only; null for anyone else. */
  partnerApplication?: Maybe<PartnerApplication>;
  roles: Array<Role>;
  /** A partner's solutions, newest first: all of them for the partner and admins, the published ones for anyone else. */
  solutions: Array<Solution>;
  status: UserStatus;
  /** The user's subscriptions, as in mySubscriptions. */
  subscriptions: Array<BillingSubscription>;
  /** Why the account is suspended; admins and the user only. */
  suspendedReason?: Maybe<Scalars['String']['output']>;
  /** The user's usage of a solution as in `myUsage`; for the user themself and admins (FORBIDDEN for anyone else), null for an unknown solution. */
  usage?: Maybe<SolutionUsage>;
};


/** A person with a Marketplace account. */
export type UserInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person with a Marketplace account. */
export type UserKeysArgs = {
  solutionId?: InputMaybe<Scalars['ID']['input']>;
};


/** A person with a Marketplace account. */
export type UserUsageArgs = {
  solutionId: Scalars['ID']['input'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  pageInfo: PageInfo;
};

/** Suspended users cannot sign in and their sessions are ended. */
export type UserStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** TRIAL: a one-off allowance from the first call for a number of days (free tiers); MONTHLY: a calendar month in UTC (paid tiers). */
export type WindowKind =
  | 'MONTHLY'
  | 'TRIAL';

export type ForgotPasswordPage_RequestMutationVariables = Exact<{
  email: Scalars['String']['input'];
  proofOfWork?: InputMaybe<Scalars['String']['input']>;
}>;


export type ForgotPasswordPage_RequestMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type LinkAccountPage_PendingQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type LinkAccountPage_PendingQuery = { __typename?: 'Query', pendingSocialLink?: { __typename?: 'PendingSocialLink', email: string, viaEmail: boolean, next: string, provider: { __typename?: 'SignInProvider', id: string, name: string } } | null };

export type LinkAccountPage_ConfirmWithPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LinkAccountPage_ConfirmWithPasswordMutation = { __typename?: 'Mutation', confirmSocialLink: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string } };

export type LinkAccountPage_SendEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type LinkAccountPage_SendEmailMutation = { __typename?: 'Mutation', sendSocialLinkEmail: boolean };

export type LinkAccountPage_ConfirmByEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type LinkAccountPage_ConfirmByEmailMutation = { __typename?: 'Mutation', confirmSocialLinkByEmail: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string } };

export type LoginPage_LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPage_LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string } };

export type LoginPage_ResendVerificationMutationVariables = Exact<{
  email: Scalars['String']['input'];
  proofOfWork?: InputMaybe<Scalars['String']['input']>;
}>;


export type LoginPage_ResendVerificationMutation = { __typename?: 'Mutation', resendVerification: boolean };

export type ResetPasswordPage_ResetMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordPage_ResetMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type SignInMethodsPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMethodsPage_QueryQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email?: string | null, hasPassword?: boolean | null, linkedSignInMethods?: Array<{ __typename?: 'LinkedSignInMethod', providerId: string, providerName: string, email?: string | null, username?: string | null, linkedAt: string }> | null } | null };

export type SignInMethodsPage_UnlinkMutationVariables = Exact<{
  provider: Scalars['ID']['input'];
}>;


export type SignInMethodsPage_UnlinkMutation = { __typename?: 'Mutation', unlinkSignInMethod: Array<{ __typename?: 'LinkedSignInMethod', providerId: string }> };

export type SignupPage_RegisterMutationVariables = Exact<{
  input: RegisterInput;
  proofOfWork?: InputMaybe<Scalars['String']['input']>;
}>;


export type SignupPage_RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'User', id: string, email?: string | null } };

export type SocialButtons_ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SocialButtons_ProvidersQuery = { __typename?: 'Query', signInProviders: Array<{ __typename?: 'SignInProvider', id: string, name: string, kind: SignInProviderKind }> };

export type SocialButtons_StartMutationVariables = Exact<{
  provider: Scalars['ID']['input'];
  next?: InputMaybe<Scalars['String']['input']>;
  link?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SocialButtons_StartMutation = { __typename?: 'Mutation', startSocialSignIn: { __typename?: 'SocialSignInStart', authorizationUrl?: string | null, state?: string | null, code?: string | null, message?: string | null } };

export type VerifyEmailPage_VerifyMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailPage_VerifyMutation = { __typename?: 'Mutation', verifyEmail: { __typename?: 'User', id: string, email?: string | null, emailVerified: boolean } };

export type ProofOfWork_ChallengeQueryVariables = Exact<{
  purpose: ProofOfWorkPurpose;
}>;


export type ProofOfWork_ChallengeQuery = { __typename?: 'Query', proofOfWorkChallenge: { __typename?: 'ProofOfWorkChallenge', challenge: string, expiresAt: string } };

export type AccountErasurePanel_QueryQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AccountErasurePanel_QueryQuery = { __typename?: 'Query', accountErasure?: { __typename?: 'AccountDeletion', state: AccountDeletionState, dueAt?: string | null, byAdmin: boolean } | null };

export type AccountErasurePanel_ScheduleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type AccountErasurePanel_ScheduleMutation = { __typename?: 'Mutation', scheduleAccountErasure: { __typename?: 'AccountDeletion', state: AccountDeletionState, dueAt?: string | null, byAdmin: boolean } };

export type AccountErasurePanel_CancelMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AccountErasurePanel_CancelMutation = { __typename?: 'Mutation', cancelAccountErasure: boolean };

export type AdminHealthPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminHealthPage_QueryQuery = { __typename?: 'Query', adminSolutions: { __typename?: 'SolutionConnection', nodes: Array<{ __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null, healthCheckUrl?: string | null, health?: { __typename?: 'SolutionHealth', status: SolutionHealthStatus, lastCheckedAt?: string | null, lastLatencyMs?: number | null, lastDetail?: string | null, uptimePercent?: number | null } | null }> } };

export type AdminOverviewPage_QueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOverviewPage_QueuesQuery = { __typename?: 'Query', partnerApplications: { __typename?: 'PartnerApplicationConnection', nodes: Array<{ __typename?: 'PartnerApplication', id: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }, reviewQueue: { __typename?: 'SolutionConnection', nodes: Array<{ __typename?: 'Solution', id: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type AdminOverviewPage_SuspendedQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOverviewPage_SuspendedQuery = { __typename?: 'Query', suspendedSolutions: { __typename?: 'SolutionConnection', nodes: Array<{ __typename?: 'Solution', id: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }, suspendedUsers: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type AdminSolutionHealthPage_QueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminSolutionHealthPage_QueryQuery = { __typename?: 'Query', solutionById?: { __typename?: 'Solution', id: string, name: string, slug: string, healthCheckUrl?: string | null, health?: (
      { __typename?: 'SolutionHealth' }
      & { ' $fragmentRefs'?: { 'SolutionHealthView_HealthFragment': SolutionHealthView_HealthFragment } }
    ) | null } | null };

export type AdminSolutionsPage_SolutionFragment = { __typename?: 'Solution', id: string, slug: string, name: string, summary: string, category: string, status: SolutionStatus, publisherName?: string | null, partnerId: string, updatedAt: string, publishedAt?: string | null, reviewReason?: string | null } & { ' $fragmentName'?: 'AdminSolutionsPage_SolutionFragment' };

export type AdminSolutionsPage_QueryQueryVariables = Exact<{
  inReview: Scalars['Boolean']['input'];
  status?: InputMaybe<SolutionStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminSolutionsPage_QueryQuery = { __typename?: 'Query', reviewQueue?: { __typename?: 'SolutionConnection', nodes: Array<(
      { __typename?: 'Solution' }
      & { ' $fragmentRefs'?: { 'AdminSolutionsPage_SolutionFragment': AdminSolutionsPage_SolutionFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } }, adminSolutions?: { __typename?: 'SolutionConnection', nodes: Array<(
      { __typename?: 'Solution' }
      & { ' $fragmentRefs'?: { 'AdminSolutionsPage_SolutionFragment': AdminSolutionsPage_SolutionFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type AdminSolutionsPage_ApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminSolutionsPage_ApproveMutation = { __typename?: 'Mutation', approveSolution: (
    { __typename?: 'Solution' }
    & { ' $fragmentRefs'?: { 'AdminSolutionsPage_SolutionFragment': AdminSolutionsPage_SolutionFragment } }
  ) };

export type AdminSolutionsPage_RejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type AdminSolutionsPage_RejectMutation = { __typename?: 'Mutation', rejectSolution: (
    { __typename?: 'Solution' }
    & { ' $fragmentRefs'?: { 'AdminSolutionsPage_SolutionFragment': AdminSolutionsPage_SolutionFragment } }
  ) };

export type AdminSolutionsPage_SuspendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type AdminSolutionsPage_SuspendMutation = { __typename?: 'Mutation', suspendSolution: (
    { __typename?: 'Solution' }
    & { ' $fragmentRefs'?: { 'AdminSolutionsPage_SolutionFragment': AdminSolutionsPage_SolutionFragment } }
  ) };

export type AdminSolutionsPage_ReinstateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminSolutionsPage_ReinstateMutation = { __typename?: 'Mutation', reinstateSolution: (
    { __typename?: 'Solution' }
    & { ' $fragmentRefs'?: { 'AdminSolutionsPage_SolutionFragment': AdminSolutionsPage_SolutionFragment } }
  ) };

export type ApplicationsPage_QueryQueryVariables = Exact<{
  status?: InputMaybe<ApplicationStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApplicationsPage_QueryQuery = { __typename?: 'Query', partnerApplications: { __typename?: 'PartnerApplicationConnection', nodes: Array<{ __typename?: 'PartnerApplication', id: string, applicantId: string, companyName: string, website: string, contactName: string, contactEmail: string, description: string, status: ApplicationStatus, decisionReason?: string | null, createdAt: string, decidedAt?: string | null }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ApplicationsPage_ApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationsPage_ApproveMutation = { __typename?: 'Mutation', approvePartnerApplication: { __typename?: 'PartnerApplication', id: string, status: ApplicationStatus, decidedAt?: string | null } };

export type ApplicationsPage_RejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ApplicationsPage_RejectMutation = { __typename?: 'Mutation', rejectPartnerApplication: { __typename?: 'PartnerApplication', id: string, status: ApplicationStatus, decisionReason?: string | null, decidedAt?: string | null } };

export type AuditTable_AuditEventFragment = { __typename?: 'AuditEvent', id: string, stream: AuditStream, actorId?: string | null, action: string, targetType: string, targetId: string, userId?: string | null, solutionId?: string | null, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, reason?: string | null, at: string, actor?: { __typename?: 'User', id: string, name: string, email?: string | null } | null } & { ' $fragmentName'?: 'AuditTable_AuditEventFragment' };

export type ChainVerification_ReportFragment = { __typename?: 'AuditChainReport', stream: AuditStream, ok: boolean, checked: number, unchained: number, firstBreak?: { __typename?: 'AuditChainBreak', seq: number, eventId?: string | null, problem: AuditChainProblem } | null } & { ' $fragmentName'?: 'ChainVerification_ReportFragment' };

export type ChainVerification_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainVerification_QueryQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditTrail', id: string, identityChain?: (
      { __typename?: 'AuditChainReport' }
      & { ' $fragmentRefs'?: { 'ChainVerification_ReportFragment': ChainVerification_ReportFragment } }
    ) | null, catalogChain?: (
      { __typename?: 'AuditChainReport' }
      & { ' $fragmentRefs'?: { 'ChainVerification_ReportFragment': ChainVerification_ReportFragment } }
    ) | null, keysChain?: (
      { __typename?: 'AuditChainReport' }
      & { ' $fragmentRefs'?: { 'ChainVerification_ReportFragment': ChainVerification_ReportFragment } }
    ) | null, quotasChain?: (
      { __typename?: 'AuditChainReport' }
      & { ' $fragmentRefs'?: { 'ChainVerification_ReportFragment': ChainVerification_ReportFragment } }
    ) | null, billingChain?: (
      { __typename?: 'AuditChainReport' }
      & { ' $fragmentRefs'?: { 'ChainVerification_ReportFragment': ChainVerification_ReportFragment } }
    ) | null } };

export type CommissionSettings_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionSettings_QueryQuery = { __typename?: 'Query', commissionSettings: { __typename?: 'CommissionSettings', defaultPercentBps: number, solutions: Array<{ __typename?: 'SolutionCommission', percentBps: number, solution: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null } }> }, adminSolutions: { __typename?: 'SolutionConnection', nodes: Array<{ __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null }> } };

export type CommissionSettings_SetMutationVariables = Exact<{
  defaultPercentBps?: InputMaybe<Scalars['Int']['input']>;
  solutionId?: InputMaybe<Scalars['ID']['input']>;
  solutionPercentBps?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommissionSettings_SetMutation = { __typename?: 'Mutation', setCommission: { __typename?: 'CommissionSettings', defaultPercentBps: number, solutions: Array<{ __typename?: 'SolutionCommission', percentBps: number, solution: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null } }> } };

export type EnterpriseOffersAdmin_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseOffersAdmin_QueryQuery = { __typename?: 'Query', enterpriseOffers: Array<{ __typename?: 'EnterpriseOffer', id: string, status: EnterpriseOfferStatus, callAllowance: number, ratePerSecond: number, expiresAt?: string | null, createdAt: string, price: { __typename?: 'Money', paise: any, currency: string }, solution: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null }, user: { __typename?: 'User', id: string, name: string, email?: string | null } }>, adminSolutions: { __typename?: 'SolutionConnection', nodes: Array<{ __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null }> }, platformTierSettings: { __typename?: 'PlatformTierSettings', tiers: Array<{ __typename?: 'TierBounds', tier: Tier, minCallAllowance: number, maxCallAllowance: number, maxRatePerSecond?: number | null }> } };

export type EnterpriseOffersAdmin_FindUserQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type EnterpriseOffersAdmin_FindUserQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, email?: string | null }> } };

export type EnterpriseOffersAdmin_CreateMutationVariables = Exact<{
  input: EnterpriseOfferInput;
}>;


export type EnterpriseOffersAdmin_CreateMutation = { __typename?: 'Mutation', createEnterpriseOffer: { __typename?: 'EnterpriseOffer', id: string, status: EnterpriseOfferStatus } };

export type EnterpriseOffersAdmin_WithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnterpriseOffersAdmin_WithdrawMutation = { __typename?: 'Mutation', withdrawEnterpriseOffer: { __typename?: 'EnterpriseOffer', id: string, status: EnterpriseOfferStatus } };

export type GrantTierForm_SolutionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantTierForm_SolutionsQuery = { __typename?: 'Query', solutions: { __typename?: 'SolutionConnection', nodes: Array<{ __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null }> } };

export type GrantTierForm_GrantsQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type GrantTierForm_GrantsQuery = { __typename?: 'Query', tierGrants: Array<{ __typename?: 'TierGrant', userId: string, solutionId: string, tier: Tier, endsAt?: string | null, grantedAt: string }> };

export type GrantTierForm_GrantMutationVariables = Exact<{
  input: GrantTierInput;
}>;


export type GrantTierForm_GrantMutation = { __typename?: 'Mutation', grantTier: { __typename?: 'TierGrant', userId: string, solutionId: string, tier: Tier, endsAt?: string | null, grantedAt: string } };

export type GrantTierForm_RevokeMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  solutionId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantTierForm_RevokeMutation = { __typename?: 'Mutation', revokeTierGrant: boolean };

export type PlatformAnalyticsPage_QueryQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type PlatformAnalyticsPage_QueryQuery = { __typename?: 'Query', platformAnalytics: { __typename?: 'PlatformAnalytics', calls: any, activeCustomers: number, signups: number, payingCustomers: number, mrrPaise: any, arrPaise: any, churnRate?: number | null, revenuePaise: any, commissionPaise: any, freshAt?: string | null, daily: Array<{ __typename?: 'AnalyticsDayOutcome', day: string, outcome: string, calls: any }>, signupsDaily: Array<{ __typename?: 'AnalyticsDayCount', day: string, count: number }>, popularSolutions: Array<{ __typename?: 'AnalyticsSolutionRank', solutionId: string, calls: any, customers: number, revenuePaise: any, solution?: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null } | null }>, funnel: { __typename?: 'AnalyticsFunnel', anonymous: number, registered: number, paid: number, registeredRate?: number | null, paidRate?: number | null, medianSecondsToRegister?: number | null, medianSecondsToPay?: number | null }, cohorts: Array<{ __typename?: 'AnalyticsCohort', week: string, size: number, retention: Array<number> }> } };

export type RevenuePage_QueryQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevenuePage_QueryQuery = { __typename?: 'Query', platformRevenue: Array<{ __typename?: 'RevenueRow', month: string, partnerId?: string | null, payments: number, subscribers: number, solution?: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null } | null, gross: { __typename?: 'Money', paise: any, currency: string }, gst: { __typename?: 'Money', paise: any, currency: string }, platformFee: { __typename?: 'Money', paise: any, currency: string }, partnerNet: { __typename?: 'Money', paise: any, currency: string } }> };

export type TierSettingsPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type TierSettingsPage_QueryQuery = { __typename?: 'Query', platformTierSettings: { __typename?: 'PlatformTierSettings', currency: string, updatedAt?: string | null, updatedBy?: string | null, tiers: Array<{ __typename?: 'TierBounds', tier: Tier, defaultCallAllowance: number, minCallAllowance: number, maxCallAllowance: number, defaultTrialDays?: number | null, minTrialDays?: number | null, maxTrialDays?: number | null, defaultRatePerSecond?: number | null, maxRatePerSecond?: number | null, defaultMonthlyPricePaise?: number | null, minMonthlyPricePaise?: number | null, maxMonthlyPricePaise?: number | null, defaultNewCallersPerBlockPerDay?: number | null, minNewCallersPerBlockPerDay?: number | null, maxNewCallersPerBlockPerDay?: number | null, defaultRefuseBots?: boolean | null }> } };

export type TierSettingsPage_HistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TierSettingsPage_HistoryQuery = { __typename?: 'Query', platformTierSettingsHistory: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', id: string, actorId?: string | null, action: string, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, reason?: string | null, at: string }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type TierSettingsPage_UpdateMutationVariables = Exact<{
  input: PlatformTierSettingsInput;
}>;


export type TierSettingsPage_UpdateMutation = { __typename?: 'Mutation', updatePlatformTierSettings: { __typename?: 'UpdatePlatformTierSettingsResult', settings?: { __typename?: 'PlatformTierSettings', updatedAt?: string | null, updatedBy?: string | null, tiers: Array<{ __typename?: 'TierBounds', tier: Tier, defaultCallAllowance: number, minCallAllowance: number, maxCallAllowance: number, defaultTrialDays?: number | null, minTrialDays?: number | null, maxTrialDays?: number | null, defaultRatePerSecond?: number | null, maxRatePerSecond?: number | null, defaultMonthlyPricePaise?: number | null, minMonthlyPricePaise?: number | null, maxMonthlyPricePaise?: number | null }> } | null, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } };

export type UserPage_QueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserPage_QueryQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, name: string, email?: string | null, roles: Array<Role>, status: UserStatus, emailVerified: boolean, createdAt: string, suspendedReason?: string | null, partnerApplication?: { __typename?: 'PartnerApplication', id: string, companyName: string, status: ApplicationStatus } | null } | null };

export type UserPage_SetRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type UserPage_SetRolesMutation = { __typename?: 'Mutation', setUserRoles: { __typename?: 'User', id: string, roles: Array<Role> } };

export type UserPage_SuspendMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type UserPage_SuspendMutation = { __typename?: 'Mutation', suspendUser: { __typename?: 'User', id: string, status: UserStatus, suspendedReason?: string | null } };

export type UserPage_ReactivateMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UserPage_ReactivateMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, status: UserStatus, suspendedReason?: string | null } };

export type UserSolutions_QueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserSolutions_QueryQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, keys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, status: ApiKeyStatus, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, solution: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null } }>, subscriptions: Array<{ __typename?: 'BillingSubscription', id: string, tier: Tier, status: SubscriptionStatus, currentPeriodEnd?: string | null, cancelAtPeriodEnd: boolean, solution: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null } }> } | null };

export type UserSolutions_UsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  solutionId: Scalars['ID']['input'];
}>;


export type UserSolutions_UsageQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, usage?: { __typename?: 'SolutionUsage', solutionId: string, tier: Tier, used: number, limit: number, windowKind: WindowKind, windowEnd?: string | null, trialEnded: boolean } | null } | null, tierGrants: Array<{ __typename?: 'TierGrant', userId: string, tier: Tier, endsAt?: string | null, grantedAt: string }> };

export type UsersPage_QueryQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  status?: InputMaybe<UserStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersPage_QueryQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, name: string, email?: string | null, roles: Array<Role>, status: UserStatus, emailVerified: boolean, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type AuditTrail_StreamFragment = { __typename?: 'AuditEventConnection', nodes: Array<(
    { __typename?: 'AuditEvent', id: string, at: string }
    & { ' $fragmentRefs'?: { 'AuditTable_AuditEventFragment': AuditTable_AuditEventFragment } }
  )>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } & { ' $fragmentName'?: 'AuditTrail_StreamFragment' };

export type AuditTrail_QueryQueryVariables = Exact<{
  filter?: InputMaybe<AuditEventFilter>;
  first: Scalars['Int']['input'];
  identity: Scalars['Boolean']['input'];
  identityAfter?: InputMaybe<Scalars['String']['input']>;
  catalog: Scalars['Boolean']['input'];
  catalogAfter?: InputMaybe<Scalars['String']['input']>;
  keys: Scalars['Boolean']['input'];
  keysAfter?: InputMaybe<Scalars['String']['input']>;
  quotas: Scalars['Boolean']['input'];
  quotasAfter?: InputMaybe<Scalars['String']['input']>;
  billing: Scalars['Boolean']['input'];
  billingAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditTrail_QueryQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditTrail', id: string, identity?: (
      { __typename?: 'AuditEventConnection' }
      & { ' $fragmentRefs'?: { 'AuditTrail_StreamFragment': AuditTrail_StreamFragment } }
    ) | null, catalog?: (
      { __typename?: 'AuditEventConnection' }
      & { ' $fragmentRefs'?: { 'AuditTrail_StreamFragment': AuditTrail_StreamFragment } }
    ) | null, keys?: (
      { __typename?: 'AuditEventConnection' }
      & { ' $fragmentRefs'?: { 'AuditTrail_StreamFragment': AuditTrail_StreamFragment } }
    ) | null, quotas?: (
      { __typename?: 'AuditEventConnection' }
      & { ' $fragmentRefs'?: { 'AuditTrail_StreamFragment': AuditTrail_StreamFragment } }
    ) | null, billing?: (
      { __typename?: 'AuditEventConnection' }
      & { ' $fragmentRefs'?: { 'AuditTrail_StreamFragment': AuditTrail_StreamFragment } }
    ) | null } };

export type CustomerUsageAnalytics_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type CustomerUsageAnalytics_QueryQuery = { __typename?: 'Query', myAnalytics: { __typename?: 'CustomerAnalytics', calls: any, hourOfDay: Array<any>, freshAt?: string | null, daily: Array<{ __typename?: 'AnalyticsDayOutcome', day: string, outcome: string, calls: any }>, byKey: Array<{ __typename?: 'AnalyticsKeyCalls', keyId: string, calls: any, refused: any }>, byEndpoint: Array<{ __typename?: 'AnalyticsEndpointCalls', endpoint: string, calls: any, refused: any }>, tierHistory: Array<{ __typename?: 'AnalyticsTierChange', time: string, change: string, tier?: Tier | null, previousTier?: Tier | null }> } };

export type AuthContext_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthContext_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email?: string | null, roles: Array<Role> } | null };

export type BillingPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingPage_QueryQuery = { __typename?: 'Query', mySubscriptions: Array<(
    { __typename?: 'BillingSubscription', id: string }
    & { ' $fragmentRefs'?: { 'SubscriptionList_SubscriptionFragment': SubscriptionList_SubscriptionFragment } }
  )>, myEnterpriseOffers: Array<(
    { __typename?: 'EnterpriseOffer', id: string }
    & { ' $fragmentRefs'?: { 'EnterpriseOffers_OfferFragment': EnterpriseOffers_OfferFragment } }
  )>, myBillingProfile?: (
    { __typename?: 'BillingProfile' }
    & { ' $fragmentRefs'?: { 'BillingProfileForm_ProfileFragment': BillingProfileForm_ProfileFragment } }
  ) | null };

export type BillingProfileForm_ProfileFragment = { __typename?: 'BillingProfile', legalName: string, email: string, gstin?: string | null, state?: string | null, stateCode?: string | null, address?: string | null } & { ' $fragmentName'?: 'BillingProfileForm_ProfileFragment' };

export type BillingProfileForm_UpdateMutationVariables = Exact<{
  input: BillingProfileInput;
}>;


export type BillingProfileForm_UpdateMutation = { __typename?: 'Mutation', updateBillingProfile: (
    { __typename?: 'BillingProfile' }
    & { ' $fragmentRefs'?: { 'BillingProfileForm_ProfileFragment': BillingProfileForm_ProfileFragment } }
  ) };

export type ChangePlanDialog_PreviewQueryVariables = Exact<{
  subscriptionId: Scalars['ID']['input'];
  toTier: Tier;
}>;


export type ChangePlanDialog_PreviewQuery = { __typename?: 'Query', planChangePreview: { __typename?: 'PlanChangePreview', subscriptionId: string, toTier: Tier, effectiveAt: string, credit: { __typename?: 'Money', paise: any, currency: string }, charge: { __typename?: 'Money', paise: any, currency: string }, taxable: { __typename?: 'Money', paise: any, currency: string }, gst: { __typename?: 'Money', paise: any, currency: string }, total: { __typename?: 'Money', paise: any, currency: string } } };

export type ChangePlanDialog_ChangeMutationVariables = Exact<{
  subscriptionId: Scalars['ID']['input'];
  toTier: Tier;
  expectedTotalPaise: Scalars['SafeInt']['input'];
}>;


export type ChangePlanDialog_ChangeMutation = { __typename?: 'Mutation', changePlan: { __typename?: 'PlanChange', subscription: { __typename?: 'BillingSubscription', id: string, tier: Tier, status: SubscriptionStatus, scheduledTier?: Tier | null, nextChargeAt?: string | null }, checkout?: { __typename?: 'CheckoutSession', checkoutUrl: string } | null } };

export type CheckoutButton_StartMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  tier: Tier;
  offerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CheckoutButton_StartMutation = { __typename?: 'Mutation', startCheckout: { __typename?: 'CheckoutSession', subscriptionId: string, checkoutUrl: string } };

export type CheckoutReturnPage_ConfirmMutationVariables = Exact<{
  input: CheckoutConfirmation;
}>;


export type CheckoutReturnPage_ConfirmMutation = { __typename?: 'Mutation', confirmCheckout: { __typename?: 'BillingSubscription', id: string, tier: Tier, status: SubscriptionStatus, currentPeriodEnd?: string | null, nextChargeAt?: string | null, nextCharge?: { __typename?: 'TaxedPrice', total: { __typename?: 'Money', paise: any, currency: string } } | null, solution: { __typename?: 'Solution', id: string, slug: string, name: string } } };

export type CheckoutReturnPage_UsageQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type CheckoutReturnPage_UsageQuery = { __typename?: 'Query', myUsage: { __typename?: 'SolutionUsage', tier: Tier, limit: number, used: number } };

export type EnterpriseOffers_OfferFragment = { __typename?: 'EnterpriseOffer', id: string, status: EnterpriseOfferStatus, callAllowance: number, ratePerSecond: number, expiresAt?: string | null, price: { __typename?: 'Money', paise: any, currency: string }, solution: { __typename?: 'Solution', id: string, name: string, slug: string, publisherName?: string | null } } & { ' $fragmentName'?: 'EnterpriseOffers_OfferFragment' };

export type BillingPage_InvoicesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingPage_InvoicesQuery = { __typename?: 'Query', myInvoices: { __typename?: 'InvoiceConnection', nodes: Array<{ __typename?: 'Invoice', id: string, number: string, kind: InvoiceKind, issuedAt: string, description?: string | null, pdfUrl: string, solution?: { __typename?: 'Solution', id: string, name: string } | null, taxable: { __typename?: 'Money', paise: any, currency: string }, cgst?: { __typename?: 'Money', paise: any, currency: string } | null, sgst?: { __typename?: 'Money', paise: any, currency: string } | null, igst?: { __typename?: 'Money', paise: any, currency: string } | null, total: { __typename?: 'Money', paise: any, currency: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type SubscriptionList_SubscriptionFragment = { __typename?: 'BillingSubscription', id: string, tier: Tier, status: SubscriptionStatus, currentPeriodStart?: string | null, currentPeriodEnd?: string | null, nextChargeAt?: string | null, cancelAtPeriodEnd: boolean, scheduledTier?: Tier | null, graceEndsAt?: string | null, paymentUrl?: string | null, nextCharge?: { __typename?: 'TaxedPrice', total: { __typename?: 'Money', paise: any, currency: string } } | null, upcomingPrice?: { __typename?: 'UpcomingPrice', effectiveAt: string, newPrice: { __typename?: 'Money', paise: any, currency: string } } | null, solution: { __typename?: 'Solution', id: string, slug: string, name: string, publisherName?: string | null, prices: Array<{ __typename?: 'PlanPrice', tier: Tier }> } } & { ' $fragmentName'?: 'SubscriptionList_SubscriptionFragment' };

export type SubscriptionList_CancelMutationVariables = Exact<{
  subscriptionId: Scalars['ID']['input'];
}>;


export type SubscriptionList_CancelMutation = { __typename?: 'Mutation', cancelSubscription: { __typename?: 'BillingSubscription', id: string, status: SubscriptionStatus, cancelAtPeriodEnd: boolean, nextChargeAt?: string | null } };

export type SubscriptionList_ResumeMutationVariables = Exact<{
  subscriptionId: Scalars['ID']['input'];
}>;


export type SubscriptionList_ResumeMutation = { __typename?: 'Mutation', resumeSubscription: { __typename?: 'BillingSubscription', id: string, status: SubscriptionStatus, cancelAtPeriodEnd: boolean, scheduledTier?: Tier | null, nextChargeAt?: string | null } };

export type TestModeBanner_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type TestModeBanner_QueryQuery = { __typename?: 'Query', billingConfig: { __typename?: 'BillingConfig', testMode: boolean } };

export type UpgradeButton_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type UpgradeButton_QueryQuery = { __typename?: 'Query', mySubscriptions: Array<{ __typename?: 'BillingSubscription', id: string, tier: Tier, status: SubscriptionStatus, solution: { __typename?: 'Solution', id: string } }> };

export type UpgradeButton_TierQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type UpgradeButton_TierQuery = { __typename?: 'Query', myTier: Tier };

export type CatalogPage_QueryQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogPage_QueryQuery = { __typename?: 'Query', categories: Array<string>, solutions: { __typename?: 'SolutionConnection', nodes: Array<(
      { __typename?: 'Solution', id: string, tags: Array<string> }
      & { ' $fragmentRefs'?: { 'SolutionCard_SolutionFragment': SolutionCard_SolutionFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type SolutionCard_SolutionFragment = { __typename?: 'Solution', slug: string, name: string, summary: string, category: string, tags: Array<string>, publisherName?: string | null, healthStatus: SolutionHealthStatus, tiers: Array<{ __typename?: 'TierConfig', tier: Tier, callAllowance: number, trialDays?: number | null, monthlyPricePaise?: number | null, currency: string }> } & { ' $fragmentName'?: 'SolutionCard_SolutionFragment' };

export type CreateKeyDialog_CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateKeyDialog_CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', plaintext: string, key: { __typename?: 'ApiKey', id: string, name: string, prefix: string, status: ApiKeyStatus } } };

export type DashboardPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPage_QueryQuery = { __typename?: 'Query', myKeys: Array<{ __typename?: 'ApiKey', id: string, status: ApiKeyStatus, solution: { __typename?: 'Solution', id: string, slug: string, name: string, publisherName?: string | null, status: SolutionStatus } }> };

export type DashboardSolutionCard_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type DashboardSolutionCard_QueryQuery = { __typename?: 'Query', myUsage: { __typename?: 'SolutionUsage', tier: Tier, used: number, limit: number, windowKind: WindowKind, windowStart?: string | null, daysRemaining?: number | null, trialEnded: boolean } };

export type KeyManager_ApiKeyFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, status: ApiKeyStatus, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, graceEndsAt?: string | null } & { ' $fragmentName'?: 'KeyManager_ApiKeyFragment' };

export type KeyManager_RotateApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  graceHours: Scalars['Int']['input'];
}>;


export type KeyManager_RotateApiKeyMutation = { __typename?: 'Mutation', rotateApiKey: { __typename?: 'CreatedApiKey', plaintext: string, key: { __typename?: 'ApiKey', id: string } } };

export type KeyManager_RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KeyManager_RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, status: ApiKeyStatus, revokedAt?: string | null } };

export type SolutionDashboardPage_SolutionQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type SolutionDashboardPage_SolutionQuery = { __typename?: 'Query', solution?: (
    { __typename?: 'Solution' }
    & { ' $fragmentRefs'?: { 'SolutionDashboardPage_SolutionFragment': SolutionDashboardPage_SolutionFragment } }
  ) | null, myKeys: Array<{ __typename?: 'ApiKey', id: string, solution: (
      { __typename?: 'Solution' }
      & { ' $fragmentRefs'?: { 'SolutionDashboardPage_SolutionFragment': SolutionDashboardPage_SolutionFragment } }
    ) }> };

export type SolutionDashboardPage_SolutionFragment = { __typename?: 'Solution', id: string, slug: string, name: string, publisherName?: string | null, status: SolutionStatus } & { ' $fragmentName'?: 'SolutionDashboardPage_SolutionFragment' };

export type SolutionDashboardPage_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type SolutionDashboardPage_QueryQuery = { __typename?: 'Query', myUsage: { __typename?: 'SolutionUsage', tier: Tier, used: number, limit: number, remaining: number, windowKind: WindowKind, windowStart?: string | null, windowEnd?: string | null, daysRemaining?: number | null, trialEnded: boolean, ratePerSecond?: number | null, limitMode?: LimitMode | null, overage: number, daily: Array<{ __typename?: 'DailyUsage', day: string, allowed: number, denied: number }> }, myKeys: Array<(
    { __typename?: 'ApiKey', id: string }
    & { ' $fragmentRefs'?: { 'KeyManager_ApiKeyFragment': KeyManager_ApiKeyFragment } }
  )> };

export type UpgradeNotices_QueryQueryVariables = Exact<{
  solutionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UpgradeNotices_QueryQuery = { __typename?: 'Query', myNotices: Array<{ __typename?: 'UsageNotice', id: string, kind: UsageNoticeKind, title: string, message: string, actionLabel: string, actionPath: string }> };

export type UpgradeNotices_DismissMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UpgradeNotices_DismissMutation = { __typename?: 'Mutation', dismissNotice: { __typename?: 'UsageNotice', id: string, dismissedAt?: string | null } };

export type NoticeEmails_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type NoticeEmails_QueryQuery = { __typename?: 'Query', myNoticePreference: { __typename?: 'NoticePreference', solutionId: string, emails: boolean } };

export type NoticeEmails_SetMutationVariables = Exact<{
  input: SetNoticeEmailsInput;
}>;


export type NoticeEmails_SetMutation = { __typename?: 'Mutation', setNoticeEmails: { __typename?: 'NoticePreference', solutionId: string, emails: boolean } };

export type SolutionHealthView_HealthFragment = { __typename?: 'SolutionHealth', status: SolutionHealthStatus, since?: string | null, lastCheckedAt?: string | null, lastLatencyMs?: number | null, lastFailure?: HealthFailure | null, lastDetail?: string | null, checkIntervalSeconds: number, daily: Array<{ __typename?: 'HealthPeriod', start: string, checks: number, up: number, uptimePercent?: number | null }>, hourly: Array<{ __typename?: 'HealthPeriod', start: string, checks: number, up: number, p50Ms?: number | null, p95Ms?: number | null }>, incidents: Array<{ __typename?: 'HealthIncident', id: string, startedAt: string, endedAt?: string | null, durationSeconds: number, failure: HealthFailure, detail: string }> } & { ' $fragmentName'?: 'SolutionHealthView_HealthFragment' };

export type EndpointsEditor_EndpointFragment = { __typename?: 'Endpoint', id: string, method: HttpMethod, path: string, description?: string | null, costWeight: number, tiers: Array<Tier>, requestExample?: string | null, responseExample?: string | null, parameters: Array<{ __typename?: 'EndpointParameter', name: string, in: ParameterLocation, type: ParameterType, required: boolean, description?: string | null, example?: string | null }> } & { ' $fragmentName'?: 'EndpointsEditor_EndpointFragment' };

export type EndpointsEditor_AddMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  input: EndpointInput;
}>;


export type EndpointsEditor_AddMutation = { __typename?: 'Mutation', addEndpoint: (
    { __typename?: 'Endpoint' }
    & { ' $fragmentRefs'?: { 'EndpointsEditor_EndpointFragment': EndpointsEditor_EndpointFragment } }
  ) };

export type EndpointsEditor_UpdateMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  endpointId: Scalars['ID']['input'];
  input: EndpointInput;
}>;


export type EndpointsEditor_UpdateMutation = { __typename?: 'Mutation', updateEndpoint: (
    { __typename?: 'Endpoint' }
    & { ' $fragmentRefs'?: { 'EndpointsEditor_EndpointFragment': EndpointsEditor_EndpointFragment } }
  ) };

export type EndpointsEditor_RemoveMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  endpointId: Scalars['ID']['input'];
}>;


export type EndpointsEditor_RemoveMutation = { __typename?: 'Mutation', removeEndpoint: boolean };

export type HealthCheckForm_SetMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
}>;


export type HealthCheckForm_SetMutation = { __typename?: 'Mutation', setHealthCheckUrl: { __typename?: 'Solution', id: string, healthCheckUrl?: string | null } };

export type NewSolutionPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NewSolutionPage_QueryQuery = { __typename?: 'Query', categories: Array<string> };

export type NewSolutionPage_CreateMutationVariables = Exact<{
  input: CreateSolutionInput;
}>;


export type NewSolutionPage_CreateMutation = { __typename?: 'Mutation', createSolution: { __typename?: 'Solution', id: string } };

export type OpenApiImport_ImportMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  document: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OpenApiImport_ImportMutation = { __typename?: 'Mutation', importOpenApi: { __typename?: 'ImportOpenApiResult', applied: boolean, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }>, endpoints: Array<{ __typename?: 'Endpoint', id: string, method: HttpMethod, path: string }> } };

export type PartnerApplication_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerApplication_QueryQuery = { __typename?: 'Query', myPartnerApplication?: { __typename?: 'PartnerApplication', id: string, companyName: string, website: string, contactName: string, contactEmail: string, description: string, status: ApplicationStatus, decisionReason?: string | null, createdAt: string, decidedAt?: string | null } | null };

export type PartnerApplication_ApplyMutationVariables = Exact<{
  input: ApplyForPartnershipInput;
}>;


export type PartnerApplication_ApplyMutation = { __typename?: 'Mutation', applyForPartnership: { __typename?: 'PartnerApplication', id: string, status: ApplicationStatus } };

export type PartnerRevenuePage_QueryQueryVariables = Exact<{
  solutionId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerRevenuePage_QueryQuery = { __typename?: 'Query', partnerRevenue: Array<{ __typename?: 'RevenueRow', month: string, payments: number, subscribers: number, solution?: { __typename?: 'Solution', id: string, name: string, slug: string } | null, gross: { __typename?: 'Money', paise: any, currency: string }, gst: { __typename?: 'Money', paise: any, currency: string }, platformFee: { __typename?: 'Money', paise: any, currency: string }, partnerNet: { __typename?: 'Money', paise: any, currency: string } }> };

export type PartnerRevenuePage_SolutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerRevenuePage_SolutionsQuery = { __typename?: 'Query', mySolutions: Array<{ __typename?: 'Solution', id: string, name: string, slug: string }> };

export type PartnerSolutions_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerSolutions_QueryQuery = { __typename?: 'Query', mySolutions: Array<{ __typename?: 'Solution', id: string, slug: string, name: string, summary: string, category: string, status: SolutionStatus, reviewReason?: string | null, updatedAt: string, healthStatus: SolutionHealthStatus }> };

export type PriceChangeNotice_PreviewQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  tier: Tier;
  newPricePaise: Scalars['SafeInt']['input'];
}>;


export type PriceChangeNotice_PreviewQuery = { __typename?: 'Query', tierPriceChangePreview: { __typename?: 'TierPriceChange', tier: Tier, subscribers: number, effectiveAt: string, confirmation: string, reach: { __typename?: 'TierPriceChangeReach', now: number, whenActiveAgain: number, ifResumed: number, whenStarted: number }, currentPrice?: { __typename?: 'Money', paise: any } | null, newPrice: { __typename?: 'Money', paise: any } } };

export type ReadinessChecklist_CheckFragment = { __typename?: 'ReadinessCheck', item: ReadinessItem, label: string, done: boolean, missing?: string | null } & { ' $fragmentName'?: 'ReadinessChecklist_CheckFragment' };

export type SecretsManager_SolutionSecretFragment = { __typename?: 'SolutionSecret', id: string, prefix: string, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, status: SecretStatus } & { ' $fragmentName'?: 'SecretsManager_SolutionSecretFragment' };

export type SecretsManager_CreateMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type SecretsManager_CreateMutation = { __typename?: 'Mutation', createSolutionSecret: { __typename?: 'CreatedSolutionSecret', plaintext: string, secret: (
      { __typename?: 'SolutionSecret' }
      & { ' $fragmentRefs'?: { 'SecretsManager_SolutionSecretFragment': SecretsManager_SolutionSecretFragment } }
    ) } };

export type SecretsManager_RotateMutationVariables = Exact<{
  secretId: Scalars['ID']['input'];
  graceHours: Scalars['Int']['input'];
}>;


export type SecretsManager_RotateMutation = { __typename?: 'Mutation', rotateSolutionSecret: { __typename?: 'CreatedSolutionSecret', plaintext: string, secret: (
      { __typename?: 'SolutionSecret' }
      & { ' $fragmentRefs'?: { 'SecretsManager_SolutionSecretFragment': SecretsManager_SolutionSecretFragment } }
    ), replaced?: (
      { __typename?: 'SolutionSecret' }
      & { ' $fragmentRefs'?: { 'SecretsManager_SolutionSecretFragment': SecretsManager_SolutionSecretFragment } }
    ) | null } };

export type SecretsManager_RevokeMutationVariables = Exact<{
  secretId: Scalars['ID']['input'];
}>;


export type SecretsManager_RevokeMutation = { __typename?: 'Mutation', revokeSolutionSecret: (
    { __typename?: 'SolutionSecret' }
    & { ' $fragmentRefs'?: { 'SecretsManager_SolutionSecretFragment': SecretsManager_SolutionSecretFragment } }
  ) };

export type SolutionAnalyticsPage_SolutionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SolutionAnalyticsPage_SolutionQuery = { __typename?: 'Query', solutionById?: { __typename?: 'Solution', id: string, slug: string, name: string } | null };

export type SolutionAnalyticsPage_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type SolutionAnalyticsPage_QueryQuery = { __typename?: 'Query', solutionAnalytics: { __typename?: 'SolutionAnalytics', calls: any, revenuePaise: any, commissionPaise: any, uniqueConsumers: number, uniqueAnonymous: number, freshAt?: string | null, daily: Array<{ __typename?: 'AnalyticsDayOutcome', day: string, outcome: string, calls: any }>, tiers: Array<{ __typename?: 'AnalyticsTierAdoption', tier?: Tier | null, callers: number, calls: any }>, funnel: { __typename?: 'AnalyticsFunnel', anonymous: number, registered: number, paid: number, registeredRate?: number | null, paidRate?: number | null, medianSecondsToRegister?: number | null, medianSecondsToPay?: number | null }, topConsumers: Array<{ __typename?: 'AnalyticsConsumerCalls', consumer: string, calls: any }>, leads: { __typename?: 'AnalyticsLeads', at80: number, at100: number, consumers: Array<{ __typename?: 'AnalyticsLead', consumer: string, tier: Tier, reached: number }> } } };

export type SolutionAnalyticsPage_HealthQueryVariables = Exact<{
  solution: Scalars['String']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type SolutionAnalyticsPage_HealthQuery = { __typename?: 'Query', uptime: { __typename?: 'AnalyticsResult', rows: Array<{ __typename?: 'AnalyticsRow', dimensions: Array<string | null>, metrics: Array<number | null> }> }, latency: { __typename?: 'AnalyticsResult', rows: Array<{ __typename?: 'AnalyticsRow', dimensions: Array<string | null>, metrics: Array<number | null> }> } };

export type SolutionCustomersPanel_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SolutionCustomersPanel_QueryQuery = { __typename?: 'Query', solutionCustomers: { __typename?: 'SolutionCustomerConnection', nodes: Array<{ __typename?: 'SolutionCustomer', userId: string, email?: string | null, activeKeys: number, firstKeyAt?: string | null, user: { __typename?: 'User', id: string, name: string }, usage: { __typename?: 'SolutionUsage', tier: Tier, used: number, limit: number, windowKind: WindowKind } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type SolutionCustomersPanel_EndpointsQueryVariables = Exact<{
  input: AnalyticsQueryInput;
}>;


export type SolutionCustomersPanel_EndpointsQuery = { __typename?: 'Query', analytics: { __typename?: 'AnalyticsResult', truncated: boolean, rows: Array<{ __typename?: 'AnalyticsRow', dimensions: Array<string | null>, metrics: Array<number | null> }> } };

export type SolutionEditorPage_QueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SolutionEditorPage_QueryQuery = { __typename?: 'Query', categories: Array<string>, solutionById?: (
    { __typename?: 'Solution', id: string, slug: string, name: string, status: SolutionStatus, reviewReason?: string | null, updatedAt: string, healthCheckUrl?: string | null, openApiDocument: string, readiness?: Array<(
      { __typename?: 'ReadinessCheck' }
      & { ' $fragmentRefs'?: { 'ReadinessChecklist_CheckFragment': ReadinessChecklist_CheckFragment } }
    )> | null, tiers: Array<(
      { __typename?: 'TierConfig' }
      & { ' $fragmentRefs'?: { 'TierEditor_TierConfigFragment': TierEditor_TierConfigFragment } }
    )>, endpoints: Array<(
      { __typename?: 'Endpoint' }
      & { ' $fragmentRefs'?: { 'EndpointsEditor_EndpointFragment': EndpointsEditor_EndpointFragment } }
    )>, secrets?: Array<(
      { __typename?: 'SolutionSecret' }
      & { ' $fragmentRefs'?: { 'SecretsManager_SolutionSecretFragment': SecretsManager_SolutionSecretFragment } }
    )> | null }
    & { ' $fragmentRefs'?: { 'SolutionForm_SolutionFragment': SolutionForm_SolutionFragment } }
  ) | null, platformTierSettings: { __typename?: 'PlatformTierSettings', tiers: Array<(
      { __typename?: 'TierBounds' }
      & { ' $fragmentRefs'?: { 'TierEditor_TierBoundsFragment': TierEditor_TierBoundsFragment } }
    )> } };

export type SolutionEditorPage_UpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSolutionInput;
}>;


export type SolutionEditorPage_UpdateMutation = { __typename?: 'Mutation', updateSolution: (
    { __typename?: 'Solution', id: string, status: SolutionStatus, reviewReason?: string | null, updatedAt: string }
    & { ' $fragmentRefs'?: { 'SolutionForm_SolutionFragment': SolutionForm_SolutionFragment } }
  ) };

export type SolutionForm_SolutionFragment = { __typename?: 'Solution', name: string, slug: string, summary: string, description: string, category: string, tags: Array<string>, baseUrl: string, documentationUrl?: string | null, publishedAt?: string | null } & { ' $fragmentName'?: 'SolutionForm_SolutionFragment' };

export type SolutionHealthPage_QueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SolutionHealthPage_QueryQuery = { __typename?: 'Query', solutionById?: { __typename?: 'Solution', id: string, name: string, healthCheckUrl?: string | null, health?: (
      { __typename?: 'SolutionHealth' }
      & { ' $fragmentRefs'?: { 'SolutionHealthView_HealthFragment': SolutionHealthView_HealthFragment } }
    ) | null } | null };

export type SolutionStatusPanel_SubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SolutionStatusPanel_SubmitMutation = { __typename?: 'Mutation', submitSolution: { __typename?: 'Solution', id: string, status: SolutionStatus, reviewReason?: string | null } };

export type SolutionStatusPanel_UnpublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SolutionStatusPanel_UnpublishMutation = { __typename?: 'Mutation', unpublishSolution: { __typename?: 'Solution', id: string, status: SolutionStatus } };

export type SolutionStatusPanel_RepublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SolutionStatusPanel_RepublishMutation = { __typename?: 'Mutation', republishSolution: { __typename?: 'Solution', id: string, status: SolutionStatus } };

export type SolutionUsagePanel_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type SolutionUsagePanel_QueryQuery = { __typename?: 'Query', solutionUsage: Array<{ __typename?: 'TierDailyUsage', day: string, tier: Tier, allowed: number, denied: number, units: number, overage: number }> };

export type TierEditor_TierConfigFragment = { __typename?: 'TierConfig', tier: Tier, callAllowance: number, trialDays?: number | null, ratePerSecond?: number | null, monthlyPricePaise?: number | null, limitMode: LimitMode, overagePricePaise?: number | null, highlights: Array<string>, newCallersPerBlockPerDay?: number | null, refuseBots?: boolean | null, features: Array<{ __typename?: 'FeatureFlag', key: string, type: FeatureFlagType, booleanValue?: boolean | null, numberValue?: number | null, stringValue?: string | null }> } & { ' $fragmentName'?: 'TierEditor_TierConfigFragment' };

export type TierEditor_TierBoundsFragment = { __typename?: 'TierBounds', tier: Tier, defaultCallAllowance: number, minCallAllowance: number, maxCallAllowance: number, defaultTrialDays?: number | null, minTrialDays?: number | null, maxTrialDays?: number | null, defaultRatePerSecond?: number | null, maxRatePerSecond?: number | null, defaultMonthlyPricePaise?: number | null, minMonthlyPricePaise?: number | null, maxMonthlyPricePaise?: number | null, defaultNewCallersPerBlockPerDay?: number | null, minNewCallersPerBlockPerDay?: number | null, maxNewCallersPerBlockPerDay?: number | null, defaultRefuseBots?: boolean | null } & { ' $fragmentName'?: 'TierEditor_TierBoundsFragment' };

export type TierEditor_SetSolutionTiersMutationVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  tiers: Array<TierConfigInput> | TierConfigInput;
  priceConfirmations?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type TierEditor_SetSolutionTiersMutation = { __typename?: 'Mutation', setSolutionTiers: { __typename?: 'SetSolutionTiersResult', solution?: { __typename?: 'Solution', id: string, tiers: Array<(
        { __typename?: 'TierConfig' }
        & { ' $fragmentRefs'?: { 'TierEditor_TierConfigFragment': TierEditor_TierConfigFragment } }
      )> } | null, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } };

export type TierHistory_QueryQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TierHistory_QueryQuery = { __typename?: 'Query', solutionById?: { __typename?: 'Solution', id: string, tierHistory?: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', id: string, actorId?: string | null, action: string, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, reason?: string | null, at: string }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } | null } | null, me?: { __typename?: 'User', id: string } | null };

export type ConfirmEmail_ConfirmMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmEmail_ConfirmMutation = { __typename?: 'Mutation', confirmEmailChange: { __typename?: 'User', id: string, email?: string | null, emailVerified: boolean } };

export type PrivacySections_ConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacySections_ConsentsQuery = { __typename?: 'Query', myConsents: Array<{ __typename?: 'Consent', kind: ConsentKind, granted: boolean, version: string, at: string }> };

export type PrivacySections_RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type PrivacySections_RecordConsentMutation = { __typename?: 'Mutation', recordConsent: { __typename?: 'Consent', kind: ConsentKind, granted: boolean, version: string, at: string } };

export type PrivacySections_DeletionQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacySections_DeletionQuery = { __typename?: 'Query', myAccountDeletion?: { __typename?: 'AccountDeletion', state: AccountDeletionState, dueAt?: string | null, byAdmin: boolean } | null };

export type PrivacySections_RequestDeletionMutationVariables = Exact<{
  input: RequestAccountDeletionInput;
}>;


export type PrivacySections_RequestDeletionMutation = { __typename?: 'Mutation', requestAccountDeletion: { __typename?: 'AccountDeletion', state: AccountDeletionState, dueAt?: string | null, byAdmin: boolean } };

export type PrivacySections_ConfirmDeletionMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PrivacySections_ConfirmDeletionMutation = { __typename?: 'Mutation', confirmAccountDeletion: { __typename?: 'AccountDeletion', state: AccountDeletionState, dueAt?: string | null, byAdmin: boolean } };

export type PrivacySections_CancelDeletionMutationVariables = Exact<{ [key: string]: never; }>;


export type PrivacySections_CancelDeletionMutation = { __typename?: 'Mutation', cancelAccountDeletion: boolean };

export type SettingsPage_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPage_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email?: string | null, emailVerified: boolean, hasPassword?: boolean | null } | null };

export type SettingsPage_UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type SettingsPage_UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, name: string } };

export type SettingsPage_RequestEmailChangeMutationVariables = Exact<{
  input: RequestEmailChangeInput;
}>;


export type SettingsPage_RequestEmailChangeMutation = { __typename?: 'Mutation', requestEmailChange: boolean };

export type SettingsPage_ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type SettingsPage_ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type SettingsPage_SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPage_SessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'AccountSession', id: string, createdAt: string, lastActiveAt: string, expiresAt: string, current: boolean }> };

export type SettingsPage_EndSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettingsPage_EndSessionMutation = { __typename?: 'Mutation', endSession: boolean };

export type SettingsPage_EndOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type SettingsPage_EndOtherSessionsMutation = { __typename?: 'Mutation', endOtherSessions: number };

export type SettingsPage_RequestPasswordSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type SettingsPage_RequestPasswordSetupMutation = { __typename?: 'Mutation', requestPasswordSetup: boolean };

export type ApiDocs_EndpointFragment = { __typename?: 'Endpoint', id: string, method: HttpMethod, path: string, description?: string | null, costWeight: number, tiers: Array<Tier>, requestExample?: string | null, responseExample?: string | null, parameters: Array<{ __typename?: 'EndpointParameter', name: string, in: ParameterLocation, type: ParameterType, required: boolean, description?: string | null, example?: string | null }> } & { ' $fragmentName'?: 'ApiDocs_EndpointFragment' };

export type KeyChoice_KeysQueryVariables = Exact<{
  solutionId: Scalars['ID']['input'];
}>;


export type KeyChoice_KeysQuery = { __typename?: 'Query', myKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, status: ApiKeyStatus }> };

export type SolutionPage_QueryQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type SolutionPage_QueryQuery = { __typename?: 'Query', solution?: { __typename?: 'Solution', id: string, slug: string, name: string, summary: string, description: string, category: string, tags: Array<string>, baseUrl: string, documentationUrl?: string | null, publisherName?: string | null, healthStatus: SolutionHealthStatus, status: SolutionStatus, openApiDocument: string, tiers: Array<(
      { __typename?: 'TierConfig', tier: Tier }
      & { ' $fragmentRefs'?: { 'TierCards_TierConfigFragment': TierCards_TierConfigFragment } }
    )>, readiness?: Array<(
      { __typename?: 'ReadinessCheck' }
      & { ' $fragmentRefs'?: { 'ReadinessChecklist_CheckFragment': ReadinessChecklist_CheckFragment } }
    )> | null, endpoints: Array<(
      { __typename?: 'Endpoint' }
      & { ' $fragmentRefs'?: { 'ApiDocs_EndpointFragment': ApiDocs_EndpointFragment } }
    )> } | null };

export type SolutionPage_PricesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type SolutionPage_PricesQuery = { __typename?: 'Query', solution?: { __typename?: 'Solution', id: string, prices: Array<(
      { __typename?: 'PlanPrice', tier: Tier }
      & { ' $fragmentRefs'?: { 'TierCards_PlanPriceFragment': TierCards_PlanPriceFragment } }
    )> } | null };

export type TierCards_TierConfigFragment = { __typename?: 'TierConfig', tier: Tier, callAllowance: number, trialDays?: number | null, billingPeriod?: BillingPeriod | null, ratePerSecond?: number | null, monthlyPricePaise?: number | null, currency: string, limitMode: LimitMode, overagePricePaise?: number | null, highlights: Array<string>, features: Array<{ __typename?: 'FeatureFlag', key: string, type: FeatureFlagType, booleanValue?: boolean | null, numberValue?: number | null, stringValue?: string | null }> } & { ' $fragmentName'?: 'TierCards_TierConfigFragment' };

export type TierCards_PlanPriceFragment = { __typename?: 'PlanPrice', tier: Tier, monthly: { __typename?: 'TaxedPrice', gstRatePercent: number, taxable: { __typename?: 'Money', paise: any, currency: string }, gst: { __typename?: 'Money', paise: any, currency: string }, total: { __typename?: 'Money', paise: any, currency: string } } } & { ' $fragmentName'?: 'TierCards_PlanPriceFragment' };

export const AdminSolutionsPage_SolutionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]} as unknown as DocumentNode<AdminSolutionsPage_SolutionFragment, unknown>;
export const ChainVerification_ReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainVerification_Report"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditChainReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"unchained"}},{"kind":"Field","name":{"kind":"Name","value":"firstBreak"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<ChainVerification_ReportFragment, unknown>;
export const AuditTable_AuditEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<AuditTable_AuditEventFragment, unknown>;
export const AuditTrail_StreamFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrail_Stream"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTable_AuditEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<AuditTrail_StreamFragment, unknown>;
export const BillingProfileForm_ProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingProfileForm_Profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"gstin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]} as unknown as DocumentNode<BillingProfileForm_ProfileFragment, unknown>;
export const EnterpriseOffers_OfferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseOffers_Offer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}}]} as unknown as DocumentNode<EnterpriseOffers_OfferFragment, unknown>;
export const SubscriptionList_SubscriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriptionList_Subscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTier"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionList_SubscriptionFragment, unknown>;
export const SolutionCard_SolutionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionCard_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<SolutionCard_SolutionFragment, unknown>;
export const KeyManager_ApiKeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyManager_ApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}}]}}]} as unknown as DocumentNode<KeyManager_ApiKeyFragment, unknown>;
export const SolutionDashboardPage_SolutionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionDashboardPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SolutionDashboardPage_SolutionFragment, unknown>;
export const SolutionHealthView_HealthFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionHealthView_Health"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"lastDetail"}},{"kind":"Field","name":{"kind":"Name","value":"checkIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"90"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"IntValue","value":"48"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p95Ms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<SolutionHealthView_HealthFragment, unknown>;
export const EndpointsEditor_EndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointsEditor_Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"costWeight"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"in"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestExample"}},{"kind":"Field","name":{"kind":"Name","value":"responseExample"}}]}}]} as unknown as DocumentNode<EndpointsEditor_EndpointFragment, unknown>;
export const ReadinessChecklist_CheckFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessChecklist_Check"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadinessCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]} as unknown as DocumentNode<ReadinessChecklist_CheckFragment, unknown>;
export const SecretsManager_SolutionSecretFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SecretsManager_SolutionSecretFragment, unknown>;
export const SolutionForm_SolutionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionForm_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<SolutionForm_SolutionFragment, unknown>;
export const TierEditor_TierConfigFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierEditor_TierConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"limitMode"}},{"kind":"Field","name":{"kind":"Name","value":"overagePricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"stringValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"refuseBots"}}]}}]} as unknown as DocumentNode<TierEditor_TierConfigFragment, unknown>;
export const TierEditor_TierBoundsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierEditor_TierBounds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierBounds"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"minCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"maxCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"minTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"defaultMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"minMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"defaultNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"minNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRefuseBots"}}]}}]} as unknown as DocumentNode<TierEditor_TierBoundsFragment, unknown>;
export const ApiDocs_EndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiDocs_Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"costWeight"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"in"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestExample"}},{"kind":"Field","name":{"kind":"Name","value":"responseExample"}}]}}]} as unknown as DocumentNode<ApiDocs_EndpointFragment, unknown>;
export const TierCards_TierConfigFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierCards_TierConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"billingPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"limitMode"}},{"kind":"Field","name":{"kind":"Name","value":"overagePricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"stringValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}}]}}]} as unknown as DocumentNode<TierCards_TierConfigFragment, unknown>;
export const TierCards_PlanPriceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierCards_PlanPrice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPrice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gstRatePercent"}}]}}]}}]} as unknown as DocumentNode<TierCards_PlanPriceFragment, unknown>;
export const ForgotPasswordPage_RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPasswordPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proofOfWork"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"proofOfWork"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proofOfWork"}}}]}]}}]} as unknown as DocumentNode<ForgotPasswordPage_RequestMutation, ForgotPasswordPage_RequestMutationVariables>;
export const LinkAccountPage_PendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkAccountPage_Pending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingSocialLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"viaEmail"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinkAccountPage_PendingQuery, LinkAccountPage_PendingQueryVariables>;
export const LinkAccountPage_ConfirmWithPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkAccountPage_ConfirmWithPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSocialLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<LinkAccountPage_ConfirmWithPasswordMutation, LinkAccountPage_ConfirmWithPasswordMutationVariables>;
export const LinkAccountPage_SendEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkAccountPage_SendEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSocialLinkEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<LinkAccountPage_SendEmailMutation, LinkAccountPage_SendEmailMutationVariables>;
export const LinkAccountPage_ConfirmByEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkAccountPage_ConfirmByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSocialLinkByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<LinkAccountPage_ConfirmByEmailMutation, LinkAccountPage_ConfirmByEmailMutationVariables>;
export const LoginPage_LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutation, LoginPage_LoginMutationVariables>;
export const LoginPage_ResendVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_ResendVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proofOfWork"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"proofOfWork"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proofOfWork"}}}]}]}}]} as unknown as DocumentNode<LoginPage_ResendVerificationMutation, LoginPage_ResendVerificationMutationVariables>;
export const ResetPasswordPage_ResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordPage_Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordPage_ResetMutation, ResetPasswordPage_ResetMutationVariables>;
export const SignInMethodsPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInMethodsPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"linkedSignInMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMethodsPage_QueryQuery, SignInMethodsPage_QueryQueryVariables>;
export const SignInMethodsPage_UnlinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInMethodsPage_Unlink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkSignInMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}}]}}]} as unknown as DocumentNode<SignInMethodsPage_UnlinkMutation, SignInMethodsPage_UnlinkMutationVariables>;
export const SignupPage_RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignupPage_Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proofOfWork"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proofOfWork"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proofOfWork"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SignupPage_RegisterMutation, SignupPage_RegisterMutationVariables>;
export const SocialButtons_ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialButtons_Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SocialButtons_ProvidersQuery, SocialButtons_ProvidersQueryVariables>;
export const SocialButtons_StartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SocialButtons_Start"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"next"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"link"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSocialSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"next"},"value":{"kind":"Variable","name":{"kind":"Name","value":"next"}}},{"kind":"Argument","name":{"kind":"Name","value":"link"},"value":{"kind":"Variable","name":{"kind":"Name","value":"link"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SocialButtons_StartMutation, SocialButtons_StartMutationVariables>;
export const VerifyEmailPage_VerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmailPage_Verify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailPage_VerifyMutation, VerifyEmailPage_VerifyMutationVariables>;
export const ProofOfWork_ChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProofOfWork_Challenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofOfWorkPurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proofOfWorkChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ProofOfWork_ChallengeQuery, ProofOfWork_ChallengeQueryVariables>;
export const AccountErasurePanel_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountErasurePanel_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"byAdmin"}}]}}]}}]} as unknown as DocumentNode<AccountErasurePanel_QueryQuery, AccountErasurePanel_QueryQueryVariables>;
export const AccountErasurePanel_ScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountErasurePanel_Schedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleAccountErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"byAdmin"}}]}}]}}]} as unknown as DocumentNode<AccountErasurePanel_ScheduleMutation, AccountErasurePanel_ScheduleMutationVariables>;
export const AccountErasurePanel_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountErasurePanel_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAccountErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<AccountErasurePanel_CancelMutation, AccountErasurePanel_CancelMutationVariables>;
export const AdminHealthPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminHealthPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminSolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckUrl"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastDetail"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminHealthPage_QueryQuery, AdminHealthPage_QueryQueryVariables>;
export const AdminOverviewPage_QueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOverviewPage_Queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOverviewPage_QueuesQuery, AdminOverviewPage_QueuesQueryVariables>;
export const AdminOverviewPage_SuspendedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOverviewPage_Suspended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"suspendedSolutions"},"name":{"kind":"Name","value":"adminSolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUSPENDED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"suspendedUsers"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUSPENDED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOverviewPage_SuspendedQuery, AdminOverviewPage_SuspendedQueryVariables>;
export const AdminSolutionHealthPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSolutionHealthPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckUrl"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolutionHealthView_Health"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionHealthView_Health"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"lastDetail"}},{"kind":"Field","name":{"kind":"Name","value":"checkIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"90"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"IntValue","value":"48"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p95Ms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<AdminSolutionHealthPage_QueryQuery, AdminSolutionHealthPage_QueryQueryVariables>;
export const AdminSolutionsPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSolutionsPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inReview"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inReview"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminSolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inReview"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]} as unknown as DocumentNode<AdminSolutionsPage_QueryQuery, AdminSolutionsPage_QueryQueryVariables>;
export const AdminSolutionsPage_ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSolutionsPage_Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]} as unknown as DocumentNode<AdminSolutionsPage_ApproveMutation, AdminSolutionsPage_ApproveMutationVariables>;
export const AdminSolutionsPage_RejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSolutionsPage_Reject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]} as unknown as DocumentNode<AdminSolutionsPage_RejectMutation, AdminSolutionsPage_RejectMutationVariables>;
export const AdminSolutionsPage_SuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSolutionsPage_Suspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]} as unknown as DocumentNode<AdminSolutionsPage_SuspendMutation, AdminSolutionsPage_SuspendMutationVariables>;
export const AdminSolutionsPage_ReinstateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSolutionsPage_Reinstate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSolutionsPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]} as unknown as DocumentNode<AdminSolutionsPage_ReinstateMutation, AdminSolutionsPage_ReinstateMutationVariables>;
export const ApplicationsPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsPage_QueryQuery, ApplicationsPage_QueryQueryVariables>;
export const ApplicationsPage_ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplicationsPage_Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePartnerApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<ApplicationsPage_ApproveMutation, ApplicationsPage_ApproveMutationVariables>;
export const ApplicationsPage_RejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplicationsPage_Reject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPartnerApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<ApplicationsPage_RejectMutation, ApplicationsPage_RejectMutationVariables>;
export const ChainVerification_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainVerification_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identityChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainVerification_Report"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainVerification_Report"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keysChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainVerification_Report"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotasChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainVerification_Report"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainVerification_Report"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainVerification_Report"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditChainReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"unchained"}},{"kind":"Field","name":{"kind":"Name","value":"firstBreak"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<ChainVerification_QueryQuery, ChainVerification_QueryQueryVariables>;
export const CommissionSettings_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionSettings_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultPercentBps"}},{"kind":"Field","name":{"kind":"Name","value":"solutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBps"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminSolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}}]}}]} as unknown as DocumentNode<CommissionSettings_QueryQuery, CommissionSettings_QueryQueryVariables>;
export const CommissionSettings_SetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommissionSettings_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"defaultPercentBps"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionPercentBps"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"defaultPercentBps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"defaultPercentBps"}}},{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"solutionPercentBps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionPercentBps"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultPercentBps"}},{"kind":"Field","name":{"kind":"Name","value":"solutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBps"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionSettings_SetMutation, CommissionSettings_SetMutationVariables>;
export const EnterpriseOffersAdmin_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseOffersAdmin_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminSolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformTierSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"minCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"maxCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePerSecond"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseOffersAdmin_QueryQuery, EnterpriseOffersAdmin_QueryQueryVariables>;
export const EnterpriseOffersAdmin_FindUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseOffersAdmin_FindUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseOffersAdmin_FindUserQuery, EnterpriseOffersAdmin_FindUserQueryVariables>;
export const EnterpriseOffersAdmin_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseOffersAdmin_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterpriseOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnterpriseOffersAdmin_CreateMutation, EnterpriseOffersAdmin_CreateMutationVariables>;
export const EnterpriseOffersAdmin_WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseOffersAdmin_Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEnterpriseOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnterpriseOffersAdmin_WithdrawMutation, EnterpriseOffersAdmin_WithdrawMutationVariables>;
export const GrantTierForm_SolutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantTierForm_Solutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}}]}}]} as unknown as DocumentNode<GrantTierForm_SolutionsQuery, GrantTierForm_SolutionsQueryVariables>;
export const GrantTierForm_GrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantTierForm_Grants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<GrantTierForm_GrantsQuery, GrantTierForm_GrantsQueryVariables>;
export const GrantTierForm_GrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantTierForm_Grant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<GrantTierForm_GrantMutation, GrantTierForm_GrantMutationVariables>;
export const GrantTierForm_RevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantTierForm_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTierGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<GrantTierForm_RevokeMutation, GrantTierForm_RevokeMutationVariables>;
export const PlatformAnalyticsPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformAnalyticsPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signupsDaily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"signups"}},{"kind":"Field","name":{"kind":"Name","value":"payingCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"mrrPaise"}},{"kind":"Field","name":{"kind":"Name","value":"arrPaise"}},{"kind":"Field","name":{"kind":"Name","value":"churnRate"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePaise"}},{"kind":"Field","name":{"kind":"Name","value":"commissionPaise"}},{"kind":"Field","name":{"kind":"Name","value":"popularSolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePaise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"registeredRate"}},{"kind":"Field","name":{"kind":"Name","value":"paidRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToRegister"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToPay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshAt"}}]}}]}}]} as unknown as DocumentNode<PlatformAnalyticsPage_QueryQuery, PlatformAnalyticsPage_QueryQueryVariables>;
export const RevenuePage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenuePage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformRevenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerNet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"}}]}}]}}]} as unknown as DocumentNode<RevenuePage_QueryQuery, RevenuePage_QueryQueryVariables>;
export const TierSettingsPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierSettingsPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformTierSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"minCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"maxCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"minTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"defaultMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"minMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"defaultNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"minNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRefuseBots"}}]}}]}}]}}]} as unknown as DocumentNode<TierSettingsPage_QueryQuery, TierSettingsPage_QueryQueryVariables>;
export const TierSettingsPage_HistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierSettingsPage_History"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformTierSettingsHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<TierSettingsPage_HistoryQuery, TierSettingsPage_HistoryQueryVariables>;
export const TierSettingsPage_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TierSettingsPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformTierSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlatformTierSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"minCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"maxCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"minTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"defaultMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"minMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPricePaise"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TierSettingsPage_UpdateMutation, TierSettingsPage_UpdateMutationVariables>;
export const UserPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"partnerApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UserPage_QueryQuery, UserPage_QueryQueryVariables>;
export const UserPage_SetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserPage_SetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<UserPage_SetRolesMutation, UserPage_SetRolesMutationVariables>;
export const UserPage_SuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserPage_Suspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<UserPage_SuspendMutation, UserPage_SuspendMutationVariables>;
export const UserPage_ReactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserPage_Reactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<UserPage_ReactivateMutation, UserPage_ReactivateMutationVariables>;
export const UserSolutions_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserSolutions_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserSolutions_QueryQuery, UserSolutions_QueryQueryVariables>;
export const UserSolutions_UsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserSolutions_Usage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"windowKind"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"trialEnded"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<UserSolutions_UsageQuery, UserSolutions_UsageQueryVariables>;
export const UsersPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPage_QueryQuery, UsersPage_QueryQueryVariables>;
export const AuditTrail_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identityAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"catalog"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"catalogAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keysAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quotas"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quotasAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identityAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrail_Stream"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"catalogAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"catalog"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrail_Stream"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keysAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrail_Stream"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quotasAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quotas"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrail_Stream"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billing"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrail_Stream"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrail_Stream"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTable_AuditEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<AuditTrail_QueryQuery, AuditTrail_QueryQueryVariables>;
export const CustomerUsageAnalytics_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerUsageAnalytics_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"previousTier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshAt"}}]}}]}}]} as unknown as DocumentNode<CustomerUsageAnalytics_QueryQuery, CustomerUsageAnalytics_QueryQueryVariables>;
export const AuthContext_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthContext_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AuthContext_MeQuery, AuthContext_MeQueryVariables>;
export const BillingPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriptionList_Subscription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseOffers_Offer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myBillingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingProfileForm_Profile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriptionList_Subscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTier"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseOffers_Offer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingProfileForm_Profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"gstin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]} as unknown as DocumentNode<BillingPage_QueryQuery, BillingPage_QueryQueryVariables>;
export const BillingProfileForm_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingProfileForm_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingProfileForm_Profile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingProfileForm_Profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"gstin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]} as unknown as DocumentNode<BillingProfileForm_UpdateMutation, BillingProfileForm_UpdateMutationVariables>;
export const ChangePlanDialog_PreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangePlanDialog_Preview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toTier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChangePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toTier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"toTier"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}}]}}]} as unknown as DocumentNode<ChangePlanDialog_PreviewQuery, ChangePlanDialog_PreviewQueryVariables>;
export const ChangePlanDialog_ChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePlanDialog_Change"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toTier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedTotalPaise"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toTier"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedTotalPaise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedTotalPaise"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTier"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePlanDialog_ChangeMutation, ChangePlanDialog_ChangeMutationVariables>;
export const CheckoutButton_StartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutButton_Start"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCheckout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}}]}}]}}]} as unknown as DocumentNode<CheckoutButton_StartMutation, CheckoutButton_StartMutationVariables>;
export const CheckoutReturnPage_ConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutReturnPage_Confirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutConfirmation"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCheckout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutReturnPage_ConfirmMutation, CheckoutReturnPage_ConfirmMutationVariables>;
export const CheckoutReturnPage_UsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutReturnPage_Usage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}}]} as unknown as DocumentNode<CheckoutReturnPage_UsageQuery, CheckoutReturnPage_UsageQueryVariables>;
export const BillingPage_InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPage_Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cgst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sgst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"igst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BillingPage_InvoicesQuery, BillingPage_InvoicesQueryVariables>;
export const SubscriptionList_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionList_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeAt"}}]}}]}}]} as unknown as DocumentNode<SubscriptionList_CancelMutation, SubscriptionList_CancelMutationVariables>;
export const SubscriptionList_ResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionList_Resume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTier"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeAt"}}]}}]}}]} as unknown as DocumentNode<SubscriptionList_ResumeMutation, SubscriptionList_ResumeMutationVariables>;
export const TestModeBanner_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestModeBanner_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testMode"}}]}}]}}]} as unknown as DocumentNode<TestModeBanner_QueryQuery, TestModeBanner_QueryQueryVariables>;
export const UpgradeButton_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpgradeButton_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpgradeButton_QueryQuery, UpgradeButton_QueryQueryVariables>;
export const UpgradeButton_TierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpgradeButton_Tier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}]}]}}]} as unknown as DocumentNode<UpgradeButton_TierQuery, UpgradeButton_TierQueryVariables>;
export const CatalogPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolutionCard_Solution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionCard_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CatalogPage_QueryQuery, CatalogPage_QueryQueryVariables>;
export const CreateKeyDialog_CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKeyDialog_CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plaintext"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKeyDialog_CreateApiKeyMutation, CreateKeyDialog_CreateApiKeyMutationVariables>;
export const DashboardPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPage_QueryQuery, DashboardPage_QueryQueryVariables>;
export const DashboardSolutionCard_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSolutionCard_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"windowKind"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"trialEnded"}}]}}]}}]} as unknown as DocumentNode<DashboardSolutionCard_QueryQuery, DashboardSolutionCard_QueryQueryVariables>;
export const KeyManager_RotateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeyManager_RotateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"graceHours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"graceHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"graceHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plaintext"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KeyManager_RotateApiKeyMutation, KeyManager_RotateApiKeyMutationVariables>;
export const KeyManager_RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeyManager_RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<KeyManager_RevokeApiKeyMutation, KeyManager_RevokeApiKeyMutationVariables>;
export const SolutionDashboardPage_SolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionDashboardPage_Solution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolutionDashboardPage_Solution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolutionDashboardPage_Solution"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionDashboardPage_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SolutionDashboardPage_SolutionQuery, SolutionDashboardPage_SolutionQueryVariables>;
export const SolutionDashboardPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionDashboardPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"windowKind"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"trialEnded"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"limitMode"}},{"kind":"Field","name":{"kind":"Name","value":"overage"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyManager_ApiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyManager_ApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}}]}}]} as unknown as DocumentNode<SolutionDashboardPage_QueryQuery, SolutionDashboardPage_QueryQueryVariables>;
export const UpgradeNotices_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpgradeNotices_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actionPath"}}]}}]}}]} as unknown as DocumentNode<UpgradeNotices_QueryQuery, UpgradeNotices_QueryQueryVariables>;
export const UpgradeNotices_DismissDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpgradeNotices_Dismiss"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}}]}}]}}]} as unknown as DocumentNode<UpgradeNotices_DismissMutation, UpgradeNotices_DismissMutationVariables>;
export const NoticeEmails_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeEmails_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNoticePreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}}]}}]} as unknown as DocumentNode<NoticeEmails_QueryQuery, NoticeEmails_QueryQueryVariables>;
export const NoticeEmails_SetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeEmails_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNoticeEmailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNoticeEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}}]}}]} as unknown as DocumentNode<NoticeEmails_SetMutation, NoticeEmails_SetMutationVariables>;
export const EndpointsEditor_AddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndpointsEditor_Add"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointsEditor_Endpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointsEditor_Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"costWeight"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"in"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestExample"}},{"kind":"Field","name":{"kind":"Name","value":"responseExample"}}]}}]} as unknown as DocumentNode<EndpointsEditor_AddMutation, EndpointsEditor_AddMutationVariables>;
export const EndpointsEditor_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndpointsEditor_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointsEditor_Endpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointsEditor_Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"costWeight"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"in"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestExample"}},{"kind":"Field","name":{"kind":"Name","value":"responseExample"}}]}}]} as unknown as DocumentNode<EndpointsEditor_UpdateMutation, EndpointsEditor_UpdateMutationVariables>;
export const EndpointsEditor_RemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndpointsEditor_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}]}]}}]} as unknown as DocumentNode<EndpointsEditor_RemoveMutation, EndpointsEditor_RemoveMutationVariables>;
export const HealthCheckForm_SetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HealthCheckForm_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHealthCheckUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckUrl"}}]}}]}}]} as unknown as DocumentNode<HealthCheckForm_SetMutation, HealthCheckForm_SetMutationVariables>;
export const NewSolutionPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewSolutionPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]} as unknown as DocumentNode<NewSolutionPage_QueryQuery, NewSolutionPage_QueryQueryVariables>;
export const NewSolutionPage_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewSolutionPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NewSolutionPage_CreateMutation, NewSolutionPage_CreateMutationVariables>;
export const OpenApiImport_ImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenApiImport_Import"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOpenApi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<OpenApiImport_ImportMutation, OpenApiImport_ImportMutationVariables>;
export const PartnerApplication_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerApplication_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPartnerApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<PartnerApplication_QueryQuery, PartnerApplication_QueryQueryVariables>;
export const PartnerApplication_ApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerApplication_Apply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnerApplication_ApplyMutation, PartnerApplication_ApplyMutationVariables>;
export const PartnerRevenuePage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRevenuePage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerRevenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerNet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"}}]}}]}}]} as unknown as DocumentNode<PartnerRevenuePage_QueryQuery, PartnerRevenuePage_QueryQueryVariables>;
export const PartnerRevenuePage_SolutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRevenuePage_Solutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<PartnerRevenuePage_SolutionsQuery, PartnerRevenuePage_SolutionsQueryVariables>;
export const PartnerSolutions_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerSolutions_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}}]}}]}}]} as unknown as DocumentNode<PartnerSolutions_QueryQuery, PartnerSolutions_QueryQueryVariables>;
export const PriceChangeNotice_PreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceChangeNotice_Preview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPricePaise"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierPriceChangePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPricePaise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPricePaise"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"}},{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"whenActiveAgain"}},{"kind":"Field","name":{"kind":"Name","value":"ifResumed"}},{"kind":"Field","name":{"kind":"Name","value":"whenStarted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"}}]}}]}}]} as unknown as DocumentNode<PriceChangeNotice_PreviewQuery, PriceChangeNotice_PreviewQueryVariables>;
export const SecretsManager_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecretsManager_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSolutionSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plaintext"}},{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SecretsManager_CreateMutation, SecretsManager_CreateMutationVariables>;
export const SecretsManager_RotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecretsManager_Rotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"graceHours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateSolutionSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secretId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretId"}}},{"kind":"Argument","name":{"kind":"Name","value":"graceHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"graceHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plaintext"}},{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SecretsManager_RotateMutation, SecretsManager_RotateMutationVariables>;
export const SecretsManager_RevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecretsManager_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSolutionSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secretId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SecretsManager_RevokeMutation, SecretsManager_RevokeMutationVariables>;
export const SolutionAnalyticsPage_SolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionAnalyticsPage_Solution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SolutionAnalyticsPage_SolutionQuery, SolutionAnalyticsPage_SolutionQueryVariables>;
export const SolutionAnalyticsPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionAnalyticsPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callers"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenuePaise"}},{"kind":"Field","name":{"kind":"Name","value":"commissionPaise"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueConsumers"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"registeredRate"}},{"kind":"Field","name":{"kind":"Name","value":"paidRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToRegister"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToPay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topConsumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at80"}},{"kind":"Field","name":{"kind":"Name","value":"at100"}},{"kind":"Field","name":{"kind":"Name","value":"consumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshAt"}}]}}]}}]} as unknown as DocumentNode<SolutionAnalyticsPage_QueryQuery, SolutionAnalyticsPage_QueryQueryVariables>;
export const SolutionAnalyticsPage_HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionAnalyticsPage_Health"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"uptime"},"name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"EnumValue","value":"HEALTH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"solution","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"op"},"value":{"kind":"EnumValue","value":"eq"}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solution"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"day","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fn"},"value":{"kind":"EnumValue","value":"count"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fn"},"value":{"kind":"EnumValue","value":"sum"}},{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"up","block":false}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"latency"},"name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"EnumValue","value":"HEALTH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"AND"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"solution","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"op"},"value":{"kind":"EnumValue","value":"eq"}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solution"}}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"outcome","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"op"},"value":{"kind":"EnumValue","value":"eq"}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"UP","block":false}}]}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"day","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fn"},"value":{"kind":"EnumValue","value":"quantile"}},{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"latency_ms","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"q"},"value":{"kind":"FloatValue","value":"0.95"}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}}]}}]}}]}}]} as unknown as DocumentNode<SolutionAnalyticsPage_HealthQuery, SolutionAnalyticsPage_HealthQueryVariables>;
export const SolutionCustomersPanel_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionCustomersPanel_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"activeKeys"}},{"kind":"Field","name":{"kind":"Name","value":"firstKeyAt"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"windowKind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SolutionCustomersPanel_QueryQuery, SolutionCustomersPanel_QueryQueryVariables>;
export const SolutionCustomersPanel_EndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionCustomersPanel_Endpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<SolutionCustomersPanel_EndpointsQuery, SolutionCustomersPanel_EndpointsQueryVariables>;
export const SolutionEditorPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionEditorPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckUrl"}},{"kind":"Field","name":{"kind":"Name","value":"openApiDocument"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessChecklist_Check"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolutionForm_Solution"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierEditor_TierConfig"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointsEditor_Endpoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"platformTierSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierEditor_TierBounds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessChecklist_Check"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadinessCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionForm_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierEditor_TierConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"limitMode"}},{"kind":"Field","name":{"kind":"Name","value":"overagePricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"stringValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"refuseBots"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointsEditor_Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"costWeight"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"in"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestExample"}},{"kind":"Field","name":{"kind":"Name","value":"responseExample"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecretsManager_SolutionSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierEditor_TierBounds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierBounds"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"minCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"maxCallAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"minTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrialDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"defaultMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"minMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"defaultNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"minNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRefuseBots"}}]}}]} as unknown as DocumentNode<SolutionEditorPage_QueryQuery, SolutionEditorPage_QueryQueryVariables>;
export const SolutionEditorPage_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SolutionEditorPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolutionForm_Solution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionForm_Solution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Solution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<SolutionEditorPage_UpdateMutation, SolutionEditorPage_UpdateMutationVariables>;
export const SolutionHealthPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionHealthPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckUrl"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolutionHealthView_Health"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolutionHealthView_Health"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SolutionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"lastDetail"}},{"kind":"Field","name":{"kind":"Name","value":"checkIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"90"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"IntValue","value":"48"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p95Ms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<SolutionHealthPage_QueryQuery, SolutionHealthPage_QueryQueryVariables>;
export const SolutionStatusPanel_SubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SolutionStatusPanel_Submit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]}}]} as unknown as DocumentNode<SolutionStatusPanel_SubmitMutation, SolutionStatusPanel_SubmitMutationVariables>;
export const SolutionStatusPanel_UnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SolutionStatusPanel_Unpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SolutionStatusPanel_UnpublishMutation, SolutionStatusPanel_UnpublishMutationVariables>;
export const SolutionStatusPanel_RepublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SolutionStatusPanel_Republish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"republishSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SolutionStatusPanel_RepublishMutation, SolutionStatusPanel_RepublishMutationVariables>;
export const SolutionUsagePanel_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionUsagePanel_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"overage"}}]}}]}}]} as unknown as DocumentNode<SolutionUsagePanel_QueryQuery, SolutionUsagePanel_QueryQueryVariables>;
export const TierEditor_SetSolutionTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TierEditor_SetSolutionTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierConfigInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priceConfirmations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSolutionTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}}},{"kind":"Argument","name":{"kind":"Name","value":"priceConfirmations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priceConfirmations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierEditor_TierConfig"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierEditor_TierConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"limitMode"}},{"kind":"Field","name":{"kind":"Name","value":"overagePricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"stringValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCallersPerBlockPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"refuseBots"}}]}}]} as unknown as DocumentNode<TierEditor_SetSolutionTiersMutation, TierEditor_SetSolutionTiersMutationVariables>;
export const TierHistory_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierHistory_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solutionById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TierHistory_QueryQuery, TierHistory_QueryQueryVariables>;
export const ConfirmEmail_ConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmail_Confirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<ConfirmEmail_ConfirmMutation, ConfirmEmail_ConfirmMutationVariables>;
export const PrivacySections_ConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacySections_Consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<PrivacySections_ConsentsQuery, PrivacySections_ConsentsQueryVariables>;
export const PrivacySections_RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrivacySections_RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<PrivacySections_RecordConsentMutation, PrivacySections_RecordConsentMutationVariables>;
export const PrivacySections_DeletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacySections_Deletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccountDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"byAdmin"}}]}}]}}]} as unknown as DocumentNode<PrivacySections_DeletionQuery, PrivacySections_DeletionQueryVariables>;
export const PrivacySections_RequestDeletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrivacySections_RequestDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAccountDeletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccountDeletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"byAdmin"}}]}}]}}]} as unknown as DocumentNode<PrivacySections_RequestDeletionMutation, PrivacySections_RequestDeletionMutationVariables>;
export const PrivacySections_ConfirmDeletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrivacySections_ConfirmDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAccountDeletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"byAdmin"}}]}}]}}]} as unknown as DocumentNode<PrivacySections_ConfirmDeletionMutation, PrivacySections_ConfirmDeletionMutationVariables>;
export const PrivacySections_CancelDeletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrivacySections_CancelDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAccountDeletion"}}]}}]} as unknown as DocumentNode<PrivacySections_CancelDeletionMutation, PrivacySections_CancelDeletionMutationVariables>;
export const SettingsPage_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPage_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]}}]} as unknown as DocumentNode<SettingsPage_MeQuery, SettingsPage_MeQueryVariables>;
export const SettingsPage_UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SettingsPage_UpdateProfileMutation, SettingsPage_UpdateProfileMutationVariables>;
export const SettingsPage_RequestEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_RequestEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEmailChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SettingsPage_RequestEmailChangeMutation, SettingsPage_RequestEmailChangeMutationVariables>;
export const SettingsPage_ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<SettingsPage_ChangePasswordMutation, SettingsPage_ChangePasswordMutationVariables>;
export const SettingsPage_SessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPage_Sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SettingsPage_SessionsQuery, SettingsPage_SessionsQueryVariables>;
export const SettingsPage_EndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SettingsPage_EndSessionMutation, SettingsPage_EndSessionMutationVariables>;
export const SettingsPage_EndOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_EndOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOtherSessions"}}]}}]} as unknown as DocumentNode<SettingsPage_EndOtherSessionsMutation, SettingsPage_EndOtherSessionsMutationVariables>;
export const SettingsPage_RequestPasswordSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_RequestPasswordSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordSetup"}}]}}]} as unknown as DocumentNode<SettingsPage_RequestPasswordSetupMutation, SettingsPage_RequestPasswordSetupMutationVariables>;
export const KeyChoice_KeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyChoice_Keys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"solutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KeyChoice_KeysQuery, KeyChoice_KeysQueryVariables>;
export const SolutionPage_QueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierCards_TierConfig"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessChecklist_Check"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openApiDocument"}},{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiDocs_Endpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierCards_TierConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"callAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"billingPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"limitMode"}},{"kind":"Field","name":{"kind":"Name","value":"overagePricePaise"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"stringValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessChecklist_Check"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadinessCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiDocs_Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Endpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"costWeight"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"in"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestExample"}},{"kind":"Field","name":{"kind":"Name","value":"responseExample"}}]}}]} as unknown as DocumentNode<SolutionPage_QueryQuery, SolutionPage_QueryQueryVariables>;
export const SolutionPage_PricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolutionPage_Prices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierCards_PlanPrice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierCards_PlanPrice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPrice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gstRatePercent"}}]}}]}}]} as unknown as DocumentNode<SolutionPage_PricesQuery, SolutionPage_PricesQueryVariables>;