/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ForgotPasswordPage_Request($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.ForgotPasswordPage_RequestDocument,
    "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.LoginPage_LoginDocument,
    "\n  mutation LoginPage_ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n": typeof types.LoginPage_ResendVerificationDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.SignupPage_RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.AuthContext_MeDocument,
    "\n  mutation AuthContext_Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.AuthContext_LogoutDocument,
    "\n  mutation RefreshSession_Mutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.RefreshSession_MutationDocument,
    "\n  query CatalogPage_Query($search: String, $category: String, $tag: String, $first: Int, $after: String) {\n    solutions(search: $search, category: $category, tag: $tag, first: $first, after: $after) {\n      nodes {\n        id\n        tags\n        ...SolutionCard_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    categories\n  }\n": typeof types.CatalogPage_QueryDocument,
    "\n  fragment SolutionCard_Solution on Solution {\n    slug\n    name\n    summary\n    category\n    tags\n    publisherName\n    tiers {\n      tier\n      callAllowance\n      trialDays\n      monthlyPricePaise\n      currency\n    }\n  }\n": typeof types.SolutionCard_SolutionFragmentDoc,
    "\n  mutation CreateKeyDialog_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      plaintext\n      key {\n        id\n        name\n        prefix\n        status\n      }\n    }\n  }\n": typeof types.CreateKeyDialog_CreateApiKeyDocument,
    "\n  query DashboardPage_Query {\n    myKeys {\n      id\n      status\n      solution {\n        id\n        slug\n        name\n        publisherName\n      }\n    }\n  }\n": typeof types.DashboardPage_QueryDocument,
    "\n  query DashboardSolutionCard_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      windowKind\n      windowStart\n      daysRemaining\n      trialEnded\n    }\n  }\n": typeof types.DashboardSolutionCard_QueryDocument,
    "\n  fragment KeyManager_ApiKey on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    lastUsedAt\n    expiresAt\n    graceEndsAt\n  }\n": typeof types.KeyManager_ApiKeyFragmentDoc,
    "\n  mutation KeyManager_RotateApiKey($id: ID!, $graceHours: Int!) {\n    rotateApiKey(id: $id, graceHours: $graceHours) {\n      plaintext\n      key {\n        id\n      }\n    }\n  }\n": typeof types.KeyManager_RotateApiKeyDocument,
    "\n  mutation KeyManager_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.KeyManager_RevokeApiKeyDocument,
    "\n  query SolutionDashboardPage_Solution($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      publisherName\n    }\n  }\n": typeof types.SolutionDashboardPage_SolutionDocument,
    "\n  query SolutionDashboardPage_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      remaining\n      windowKind\n      windowStart\n      windowEnd\n      daysRemaining\n      trialEnded\n      ratePerSecond\n      limitMode\n      overage\n      daily(days: 30) {\n        day\n        allowed\n        denied\n      }\n    }\n    myKeys(solutionId: $solutionId) {\n      id\n      ...KeyManager_ApiKey\n    }\n  }\n": typeof types.SolutionDashboardPage_QueryDocument,
    "\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n": typeof types.SolutionPage_QueryDocument,
    "\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n": typeof types.TierCards_TierConfigFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ForgotPasswordPage_Request($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.ForgotPasswordPage_RequestDocument,
    "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.LoginPage_LoginDocument,
    "\n  mutation LoginPage_ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n": types.LoginPage_ResendVerificationDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n": types.SignupPage_RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.AuthContext_MeDocument,
    "\n  mutation AuthContext_Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.AuthContext_LogoutDocument,
    "\n  mutation RefreshSession_Mutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.RefreshSession_MutationDocument,
    "\n  query CatalogPage_Query($search: String, $category: String, $tag: String, $first: Int, $after: String) {\n    solutions(search: $search, category: $category, tag: $tag, first: $first, after: $after) {\n      nodes {\n        id\n        tags\n        ...SolutionCard_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    categories\n  }\n": types.CatalogPage_QueryDocument,
    "\n  fragment SolutionCard_Solution on Solution {\n    slug\n    name\n    summary\n    category\n    tags\n    publisherName\n    tiers {\n      tier\n      callAllowance\n      trialDays\n      monthlyPricePaise\n      currency\n    }\n  }\n": types.SolutionCard_SolutionFragmentDoc,
    "\n  mutation CreateKeyDialog_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      plaintext\n      key {\n        id\n        name\n        prefix\n        status\n      }\n    }\n  }\n": types.CreateKeyDialog_CreateApiKeyDocument,
    "\n  query DashboardPage_Query {\n    myKeys {\n      id\n      status\n      solution {\n        id\n        slug\n        name\n        publisherName\n      }\n    }\n  }\n": types.DashboardPage_QueryDocument,
    "\n  query DashboardSolutionCard_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      windowKind\n      windowStart\n      daysRemaining\n      trialEnded\n    }\n  }\n": types.DashboardSolutionCard_QueryDocument,
    "\n  fragment KeyManager_ApiKey on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    lastUsedAt\n    expiresAt\n    graceEndsAt\n  }\n": types.KeyManager_ApiKeyFragmentDoc,
    "\n  mutation KeyManager_RotateApiKey($id: ID!, $graceHours: Int!) {\n    rotateApiKey(id: $id, graceHours: $graceHours) {\n      plaintext\n      key {\n        id\n      }\n    }\n  }\n": types.KeyManager_RotateApiKeyDocument,
    "\n  mutation KeyManager_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.KeyManager_RevokeApiKeyDocument,
    "\n  query SolutionDashboardPage_Solution($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      publisherName\n    }\n  }\n": types.SolutionDashboardPage_SolutionDocument,
    "\n  query SolutionDashboardPage_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      remaining\n      windowKind\n      windowStart\n      windowEnd\n      daysRemaining\n      trialEnded\n      ratePerSecond\n      limitMode\n      overage\n      daily(days: 30) {\n        day\n        allowed\n        denied\n      }\n    }\n    myKeys(solutionId: $solutionId) {\n      id\n      ...KeyManager_ApiKey\n    }\n  }\n": types.SolutionDashboardPage_QueryDocument,
    "\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n": types.SolutionPage_QueryDocument,
    "\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n": types.TierCards_TierConfigFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPasswordPage_Request($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation ForgotPasswordPage_Request($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPage_ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n"): (typeof documents)["\n  mutation LoginPage_ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthContext_Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation AuthContext_Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession_Mutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession_Mutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPage_Query($search: String, $category: String, $tag: String, $first: Int, $after: String) {\n    solutions(search: $search, category: $category, tag: $tag, first: $first, after: $after) {\n      nodes {\n        id\n        tags\n        ...SolutionCard_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    categories\n  }\n"): (typeof documents)["\n  query CatalogPage_Query($search: String, $category: String, $tag: String, $first: Int, $after: String) {\n    solutions(search: $search, category: $category, tag: $tag, first: $first, after: $after) {\n      nodes {\n        id\n        tags\n        ...SolutionCard_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    categories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionCard_Solution on Solution {\n    slug\n    name\n    summary\n    category\n    tags\n    publisherName\n    tiers {\n      tier\n      callAllowance\n      trialDays\n      monthlyPricePaise\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment SolutionCard_Solution on Solution {\n    slug\n    name\n    summary\n    category\n    tags\n    publisherName\n    tiers {\n      tier\n      callAllowance\n      trialDays\n      monthlyPricePaise\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKeyDialog_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      plaintext\n      key {\n        id\n        name\n        prefix\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKeyDialog_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      plaintext\n      key {\n        id\n        name\n        prefix\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage_Query {\n    myKeys {\n      id\n      status\n      solution {\n        id\n        slug\n        name\n        publisherName\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage_Query {\n    myKeys {\n      id\n      status\n      solution {\n        id\n        slug\n        name\n        publisherName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSolutionCard_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      windowKind\n      windowStart\n      daysRemaining\n      trialEnded\n    }\n  }\n"): (typeof documents)["\n  query DashboardSolutionCard_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      windowKind\n      windowStart\n      daysRemaining\n      trialEnded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyManager_ApiKey on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    lastUsedAt\n    expiresAt\n    graceEndsAt\n  }\n"): (typeof documents)["\n  fragment KeyManager_ApiKey on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    lastUsedAt\n    expiresAt\n    graceEndsAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeyManager_RotateApiKey($id: ID!, $graceHours: Int!) {\n    rotateApiKey(id: $id, graceHours: $graceHours) {\n      plaintext\n      key {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KeyManager_RotateApiKey($id: ID!, $graceHours: Int!) {\n    rotateApiKey(id: $id, graceHours: $graceHours) {\n      plaintext\n      key {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeyManager_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation KeyManager_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionDashboardPage_Solution($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      publisherName\n    }\n  }\n"): (typeof documents)["\n  query SolutionDashboardPage_Solution($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      publisherName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionDashboardPage_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      remaining\n      windowKind\n      windowStart\n      windowEnd\n      daysRemaining\n      trialEnded\n      ratePerSecond\n      limitMode\n      overage\n      daily(days: 30) {\n        day\n        allowed\n        denied\n      }\n    }\n    myKeys(solutionId: $solutionId) {\n      id\n      ...KeyManager_ApiKey\n    }\n  }\n"): (typeof documents)["\n  query SolutionDashboardPage_Query($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      used\n      limit\n      remaining\n      windowKind\n      windowStart\n      windowEnd\n      daysRemaining\n      trialEnded\n      ratePerSecond\n      limitMode\n      overage\n      daily(days: 30) {\n        day\n        allowed\n        denied\n      }\n    }\n    myKeys(solutionId: $solutionId) {\n      id\n      ...KeyManager_ApiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n"): (typeof documents)["\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;