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
    "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.LoginPage_LoginDocument,
    "\n  mutation LoginPage_ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n": typeof types.LoginPage_ResendVerificationDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.SignupPage_RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query AdminOverviewPage_Queues {\n    partnerApplications(status: PENDING, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reviewQueue(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminOverviewPage_QueuesDocument,
    "\n  query AdminOverviewPage_Suspended {\n    suspendedSolutions: adminSolutions(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    suspendedUsers: users(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminOverviewPage_SuspendedDocument,
    "\n  fragment AdminSolutionsPage_Solution on Solution {\n    id\n    slug\n    name\n    summary\n    category\n    status\n    publisherName\n    partnerId\n    updatedAt\n    publishedAt\n    reviewReason\n  }\n": typeof types.AdminSolutionsPage_SolutionFragmentDoc,
    "\n  query AdminSolutionsPage_Query($inReview: Boolean!, $status: SolutionStatus, $first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) @include(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    adminSolutions(status: $status, first: $first, after: $after) @skip(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminSolutionsPage_QueryDocument,
    "\n  mutation AdminSolutionsPage_Approve($id: ID!) {\n    approveSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": typeof types.AdminSolutionsPage_ApproveDocument,
    "\n  mutation AdminSolutionsPage_Reject($id: ID!, $reason: String!) {\n    rejectSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": typeof types.AdminSolutionsPage_RejectDocument,
    "\n  mutation AdminSolutionsPage_Suspend($id: ID!, $reason: String!) {\n    suspendSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": typeof types.AdminSolutionsPage_SuspendDocument,
    "\n  mutation AdminSolutionsPage_Reinstate($id: ID!) {\n    reinstateSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": typeof types.AdminSolutionsPage_ReinstateDocument,
    "\n  query ApplicationsPage_Query($status: ApplicationStatus, $first: Int, $after: String) {\n    partnerApplications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        applicantId\n        companyName\n        website\n        contactName\n        contactEmail\n        description\n        status\n        decisionReason\n        createdAt\n        decidedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ApplicationsPage_QueryDocument,
    "\n  mutation ApplicationsPage_Approve($id: ID!) {\n    approvePartnerApplication(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": typeof types.ApplicationsPage_ApproveDocument,
    "\n  mutation ApplicationsPage_Reject($id: ID!, $reason: String!) {\n    rejectPartnerApplication(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n": typeof types.ApplicationsPage_RejectDocument,
    "\n  fragment AuditPage_Stream on AuditEventConnection {\n    nodes {\n      id\n      at\n      ...AuditTable_AuditEvent\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.AuditPage_StreamFragmentDoc,
    "\n  query AuditPage_Query(\n    $filter: AuditEventFilter\n    $first: Int!\n    $identity: Boolean!\n    $identityAfter: String\n    $catalog: Boolean!\n    $catalogAfter: String\n    $keys: Boolean!\n    $keysAfter: String\n    $quotas: Boolean!\n    $quotasAfter: String\n  ) {\n    auditTrail {\n      id\n      identity(filter: $filter, first: $first, after: $identityAfter) @include(if: $identity) {\n        ...AuditPage_Stream\n      }\n      catalog(filter: $filter, first: $first, after: $catalogAfter) @include(if: $catalog) {\n        ...AuditPage_Stream\n      }\n      keys(filter: $filter, first: $first, after: $keysAfter) @include(if: $keys) {\n        ...AuditPage_Stream\n      }\n      quotas(filter: $filter, first: $first, after: $quotasAfter) @include(if: $quotas) {\n        ...AuditPage_Stream\n      }\n    }\n  }\n": typeof types.AuditPage_QueryDocument,
    "\n  fragment AuditTable_AuditEvent on AuditEvent {\n    id\n    stream\n    actorId\n    actor {\n      id\n      name\n      email\n    }\n    action\n    targetType\n    targetId\n    userId\n    solutionId\n    before\n    after\n    reason\n    at\n  }\n": typeof types.AuditTable_AuditEventFragmentDoc,
    "\n  query GrantTierForm_Solutions {\n    solutions(first: 50) {\n      nodes {\n        id\n        name\n        publisherName\n      }\n    }\n  }\n": typeof types.GrantTierForm_SolutionsDocument,
    "\n  query GrantTierForm_Grants($solutionId: ID!) {\n    tierGrants(solutionId: $solutionId) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": typeof types.GrantTierForm_GrantsDocument,
    "\n  mutation GrantTierForm_Grant($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": typeof types.GrantTierForm_GrantDocument,
    "\n  mutation GrantTierForm_Revoke($userId: ID!, $solutionId: ID!, $reason: String) {\n    revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason)\n  }\n": typeof types.GrantTierForm_RevokeDocument,
    "\n  query TierSettingsPage_Query {\n    platformTierSettings {\n      currency\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n": typeof types.TierSettingsPage_QueryDocument,
    "\n  query TierSettingsPage_History($first: Int, $after: String) {\n    platformTierSettingsHistory(first: $first, after: $after) {\n      nodes {\n        id\n        actorId\n        action\n        before\n        after\n        reason\n        at\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TierSettingsPage_HistoryDocument,
    "\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n": typeof types.TierSettingsPage_UpdateDocument,
    "\n  query UserPage_Query($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      email\n      roles\n      status\n      emailVerified\n      createdAt\n      suspendedReason\n      partnerApplication {\n        id\n        companyName\n        status\n      }\n    }\n    auditTrail {\n      id\n      identity(filter: { targetId: $id }, first: 10) {\n        nodes {\n          id\n          ...AuditTable_AuditEvent\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UserPage_QueryDocument,
    "\n  mutation UserPage_SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.UserPage_SetRolesDocument,
    "\n  mutation UserPage_Suspend($userId: ID!, $reason: String!) {\n    suspendUser(userId: $userId, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.UserPage_SuspendDocument,
    "\n  mutation UserPage_Reactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.UserPage_ReactivateDocument,
    "\n  query UsersPage_Query($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        emailVerified\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UsersPage_QueryDocument,
    "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.AuthContext_MeDocument,
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
    "\n  fragment EndpointsEditor_Endpoint on Endpoint {\n    id\n    method\n    path\n    description\n    costWeight\n    tiers\n  }\n": typeof types.EndpointsEditor_EndpointFragmentDoc,
    "\n  mutation EndpointsEditor_Add($solutionId: ID!, $input: EndpointInput!) {\n    addEndpoint(solutionId: $solutionId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n": typeof types.EndpointsEditor_AddDocument,
    "\n  mutation EndpointsEditor_Update($solutionId: ID!, $endpointId: ID!, $input: EndpointInput!) {\n    updateEndpoint(solutionId: $solutionId, endpointId: $endpointId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n": typeof types.EndpointsEditor_UpdateDocument,
    "\n  mutation EndpointsEditor_Remove($solutionId: ID!, $endpointId: ID!) {\n    removeEndpoint(solutionId: $solutionId, endpointId: $endpointId)\n  }\n": typeof types.EndpointsEditor_RemoveDocument,
    "\n  mutation HealthCheckForm_Set($solutionId: ID!, $url: String) {\n    setHealthCheckUrl(solutionId: $solutionId, url: $url) {\n      id\n      healthCheckUrl\n    }\n  }\n": typeof types.HealthCheckForm_SetDocument,
    "\n  query NewSolutionPage_Query {\n    categories\n  }\n": typeof types.NewSolutionPage_QueryDocument,
    "\n  mutation NewSolutionPage_Create($input: CreateSolutionInput!) {\n    createSolution(input: $input) {\n      id\n    }\n  }\n": typeof types.NewSolutionPage_CreateDocument,
    "\n  query PartnerApplication_Query {\n    myPartnerApplication {\n      id\n      companyName\n      website\n      contactName\n      contactEmail\n      description\n      status\n      decisionReason\n      createdAt\n      decidedAt\n    }\n  }\n": typeof types.PartnerApplication_QueryDocument,
    "\n  mutation PartnerApplication_Apply($input: ApplyForPartnershipInput!) {\n    applyForPartnership(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PartnerApplication_ApplyDocument,
    "\n  query PartnerSolutions_Query {\n    mySolutions {\n      id\n      slug\n      name\n      summary\n      category\n      status\n      reviewReason\n      updatedAt\n    }\n  }\n": typeof types.PartnerSolutions_QueryDocument,
    "\n  fragment SecretsManager_SolutionSecret on SolutionSecret {\n    id\n    prefix\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    status\n  }\n": typeof types.SecretsManager_SolutionSecretFragmentDoc,
    "\n  mutation SecretsManager_Create($solutionId: ID!) {\n    createSolutionSecret(solutionId: $solutionId) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n": typeof types.SecretsManager_CreateDocument,
    "\n  mutation SecretsManager_Rotate($secretId: ID!, $graceHours: Int!) {\n    rotateSolutionSecret(secretId: $secretId, graceHours: $graceHours) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n      replaced {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n": typeof types.SecretsManager_RotateDocument,
    "\n  mutation SecretsManager_Revoke($secretId: ID!) {\n    revokeSolutionSecret(secretId: $secretId) {\n      ...SecretsManager_SolutionSecret\n    }\n  }\n": typeof types.SecretsManager_RevokeDocument,
    "\n  query SolutionEditorPage_Query($id: ID!) {\n    solutionById(id: $id) {\n      id\n      slug\n      name\n      status\n      reviewReason\n      updatedAt\n      healthCheckUrl\n      ...SolutionForm_Solution\n      tiers {\n        ...TierEditor_TierConfig\n      }\n      endpoints {\n        ...EndpointsEditor_Endpoint\n      }\n      secrets {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n    categories\n    platformTierSettings {\n      tiers {\n        ...TierEditor_TierBounds\n      }\n    }\n  }\n": typeof types.SolutionEditorPage_QueryDocument,
    "\n  mutation SolutionEditorPage_Update($id: ID!, $input: UpdateSolutionInput!) {\n    updateSolution(id: $id, input: $input) {\n      id\n      status\n      reviewReason\n      updatedAt\n      ...SolutionForm_Solution\n    }\n  }\n": typeof types.SolutionEditorPage_UpdateDocument,
    "\n  fragment SolutionForm_Solution on Solution {\n    name\n    slug\n    summary\n    description\n    category\n    tags\n    baseUrl\n    documentationUrl\n    publishedAt\n  }\n": typeof types.SolutionForm_SolutionFragmentDoc,
    "\n  mutation SolutionStatusPanel_Submit($id: ID!) {\n    submitSolution(id: $id) {\n      id\n      status\n      reviewReason\n    }\n  }\n": typeof types.SolutionStatusPanel_SubmitDocument,
    "\n  mutation SolutionStatusPanel_Unpublish($id: ID!) {\n    unpublishSolution(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SolutionStatusPanel_UnpublishDocument,
    "\n  mutation SolutionStatusPanel_Republish($id: ID!) {\n    republishSolution(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SolutionStatusPanel_RepublishDocument,
    "\n  query SolutionUsagePanel_Query($solutionId: ID!, $from: String!, $to: String!) {\n    solutionUsage(solutionId: $solutionId, from: $from, to: $to) {\n      day\n      tier\n      allowed\n      denied\n      units\n      overage\n    }\n  }\n": typeof types.SolutionUsagePanel_QueryDocument,
    "\n  fragment TierEditor_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    ratePerSecond\n    monthlyPricePaise\n    limitMode\n    overagePricePaise\n    highlights\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n  }\n": typeof types.TierEditor_TierConfigFragmentDoc,
    "\n  fragment TierEditor_TierBounds on TierBounds {\n    tier\n    defaultCallAllowance\n    minCallAllowance\n    maxCallAllowance\n    defaultTrialDays\n    minTrialDays\n    maxTrialDays\n    defaultRatePerSecond\n    maxRatePerSecond\n    defaultMonthlyPricePaise\n    minMonthlyPricePaise\n    maxMonthlyPricePaise\n  }\n": typeof types.TierEditor_TierBoundsFragmentDoc,
    "\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      id\n      tiers {\n        ...TierEditor_TierConfig\n      }\n    }\n  }\n": typeof types.TierEditor_SetSolutionTiersDocument,
    "\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": typeof types.TierHistory_QueryDocument,
    "\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n": typeof types.SolutionPage_QueryDocument,
    "\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n": typeof types.TierCards_TierConfigFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ForgotPasswordPage_Request($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.ForgotPasswordPage_RequestDocument,
    "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": types.LoginPage_LoginDocument,
    "\n  mutation LoginPage_ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n": types.LoginPage_ResendVerificationDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n": types.SignupPage_RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query AdminOverviewPage_Queues {\n    partnerApplications(status: PENDING, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reviewQueue(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdminOverviewPage_QueuesDocument,
    "\n  query AdminOverviewPage_Suspended {\n    suspendedSolutions: adminSolutions(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    suspendedUsers: users(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdminOverviewPage_SuspendedDocument,
    "\n  fragment AdminSolutionsPage_Solution on Solution {\n    id\n    slug\n    name\n    summary\n    category\n    status\n    publisherName\n    partnerId\n    updatedAt\n    publishedAt\n    reviewReason\n  }\n": types.AdminSolutionsPage_SolutionFragmentDoc,
    "\n  query AdminSolutionsPage_Query($inReview: Boolean!, $status: SolutionStatus, $first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) @include(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    adminSolutions(status: $status, first: $first, after: $after) @skip(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminSolutionsPage_QueryDocument,
    "\n  mutation AdminSolutionsPage_Approve($id: ID!) {\n    approveSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": types.AdminSolutionsPage_ApproveDocument,
    "\n  mutation AdminSolutionsPage_Reject($id: ID!, $reason: String!) {\n    rejectSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": types.AdminSolutionsPage_RejectDocument,
    "\n  mutation AdminSolutionsPage_Suspend($id: ID!, $reason: String!) {\n    suspendSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": types.AdminSolutionsPage_SuspendDocument,
    "\n  mutation AdminSolutionsPage_Reinstate($id: ID!) {\n    reinstateSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n": types.AdminSolutionsPage_ReinstateDocument,
    "\n  query ApplicationsPage_Query($status: ApplicationStatus, $first: Int, $after: String) {\n    partnerApplications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        applicantId\n        companyName\n        website\n        contactName\n        contactEmail\n        description\n        status\n        decisionReason\n        createdAt\n        decidedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ApplicationsPage_QueryDocument,
    "\n  mutation ApplicationsPage_Approve($id: ID!) {\n    approvePartnerApplication(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": types.ApplicationsPage_ApproveDocument,
    "\n  mutation ApplicationsPage_Reject($id: ID!, $reason: String!) {\n    rejectPartnerApplication(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n": types.ApplicationsPage_RejectDocument,
    "\n  fragment AuditPage_Stream on AuditEventConnection {\n    nodes {\n      id\n      at\n      ...AuditTable_AuditEvent\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.AuditPage_StreamFragmentDoc,
    "\n  query AuditPage_Query(\n    $filter: AuditEventFilter\n    $first: Int!\n    $identity: Boolean!\n    $identityAfter: String\n    $catalog: Boolean!\n    $catalogAfter: String\n    $keys: Boolean!\n    $keysAfter: String\n    $quotas: Boolean!\n    $quotasAfter: String\n  ) {\n    auditTrail {\n      id\n      identity(filter: $filter, first: $first, after: $identityAfter) @include(if: $identity) {\n        ...AuditPage_Stream\n      }\n      catalog(filter: $filter, first: $first, after: $catalogAfter) @include(if: $catalog) {\n        ...AuditPage_Stream\n      }\n      keys(filter: $filter, first: $first, after: $keysAfter) @include(if: $keys) {\n        ...AuditPage_Stream\n      }\n      quotas(filter: $filter, first: $first, after: $quotasAfter) @include(if: $quotas) {\n        ...AuditPage_Stream\n      }\n    }\n  }\n": types.AuditPage_QueryDocument,
    "\n  fragment AuditTable_AuditEvent on AuditEvent {\n    id\n    stream\n    actorId\n    actor {\n      id\n      name\n      email\n    }\n    action\n    targetType\n    targetId\n    userId\n    solutionId\n    before\n    after\n    reason\n    at\n  }\n": types.AuditTable_AuditEventFragmentDoc,
    "\n  query GrantTierForm_Solutions {\n    solutions(first: 50) {\n      nodes {\n        id\n        name\n        publisherName\n      }\n    }\n  }\n": types.GrantTierForm_SolutionsDocument,
    "\n  query GrantTierForm_Grants($solutionId: ID!) {\n    tierGrants(solutionId: $solutionId) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": types.GrantTierForm_GrantsDocument,
    "\n  mutation GrantTierForm_Grant($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": types.GrantTierForm_GrantDocument,
    "\n  mutation GrantTierForm_Revoke($userId: ID!, $solutionId: ID!, $reason: String) {\n    revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason)\n  }\n": types.GrantTierForm_RevokeDocument,
    "\n  query TierSettingsPage_Query {\n    platformTierSettings {\n      currency\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n": types.TierSettingsPage_QueryDocument,
    "\n  query TierSettingsPage_History($first: Int, $after: String) {\n    platformTierSettingsHistory(first: $first, after: $after) {\n      nodes {\n        id\n        actorId\n        action\n        before\n        after\n        reason\n        at\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TierSettingsPage_HistoryDocument,
    "\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n": types.TierSettingsPage_UpdateDocument,
    "\n  query UserPage_Query($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      email\n      roles\n      status\n      emailVerified\n      createdAt\n      suspendedReason\n      partnerApplication {\n        id\n        companyName\n        status\n      }\n    }\n    auditTrail {\n      id\n      identity(filter: { targetId: $id }, first: 10) {\n        nodes {\n          id\n          ...AuditTable_AuditEvent\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UserPage_QueryDocument,
    "\n  mutation UserPage_SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.UserPage_SetRolesDocument,
    "\n  mutation UserPage_Suspend($userId: ID!, $reason: String!) {\n    suspendUser(userId: $userId, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.UserPage_SuspendDocument,
    "\n  mutation UserPage_Reactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.UserPage_ReactivateDocument,
    "\n  query UsersPage_Query($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        emailVerified\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UsersPage_QueryDocument,
    "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.AuthContext_MeDocument,
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
    "\n  fragment EndpointsEditor_Endpoint on Endpoint {\n    id\n    method\n    path\n    description\n    costWeight\n    tiers\n  }\n": types.EndpointsEditor_EndpointFragmentDoc,
    "\n  mutation EndpointsEditor_Add($solutionId: ID!, $input: EndpointInput!) {\n    addEndpoint(solutionId: $solutionId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n": types.EndpointsEditor_AddDocument,
    "\n  mutation EndpointsEditor_Update($solutionId: ID!, $endpointId: ID!, $input: EndpointInput!) {\n    updateEndpoint(solutionId: $solutionId, endpointId: $endpointId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n": types.EndpointsEditor_UpdateDocument,
    "\n  mutation EndpointsEditor_Remove($solutionId: ID!, $endpointId: ID!) {\n    removeEndpoint(solutionId: $solutionId, endpointId: $endpointId)\n  }\n": types.EndpointsEditor_RemoveDocument,
    "\n  mutation HealthCheckForm_Set($solutionId: ID!, $url: String) {\n    setHealthCheckUrl(solutionId: $solutionId, url: $url) {\n      id\n      healthCheckUrl\n    }\n  }\n": types.HealthCheckForm_SetDocument,
    "\n  query NewSolutionPage_Query {\n    categories\n  }\n": types.NewSolutionPage_QueryDocument,
    "\n  mutation NewSolutionPage_Create($input: CreateSolutionInput!) {\n    createSolution(input: $input) {\n      id\n    }\n  }\n": types.NewSolutionPage_CreateDocument,
    "\n  query PartnerApplication_Query {\n    myPartnerApplication {\n      id\n      companyName\n      website\n      contactName\n      contactEmail\n      description\n      status\n      decisionReason\n      createdAt\n      decidedAt\n    }\n  }\n": types.PartnerApplication_QueryDocument,
    "\n  mutation PartnerApplication_Apply($input: ApplyForPartnershipInput!) {\n    applyForPartnership(input: $input) {\n      id\n      status\n    }\n  }\n": types.PartnerApplication_ApplyDocument,
    "\n  query PartnerSolutions_Query {\n    mySolutions {\n      id\n      slug\n      name\n      summary\n      category\n      status\n      reviewReason\n      updatedAt\n    }\n  }\n": types.PartnerSolutions_QueryDocument,
    "\n  fragment SecretsManager_SolutionSecret on SolutionSecret {\n    id\n    prefix\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    status\n  }\n": types.SecretsManager_SolutionSecretFragmentDoc,
    "\n  mutation SecretsManager_Create($solutionId: ID!) {\n    createSolutionSecret(solutionId: $solutionId) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n": types.SecretsManager_CreateDocument,
    "\n  mutation SecretsManager_Rotate($secretId: ID!, $graceHours: Int!) {\n    rotateSolutionSecret(secretId: $secretId, graceHours: $graceHours) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n      replaced {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n": types.SecretsManager_RotateDocument,
    "\n  mutation SecretsManager_Revoke($secretId: ID!) {\n    revokeSolutionSecret(secretId: $secretId) {\n      ...SecretsManager_SolutionSecret\n    }\n  }\n": types.SecretsManager_RevokeDocument,
    "\n  query SolutionEditorPage_Query($id: ID!) {\n    solutionById(id: $id) {\n      id\n      slug\n      name\n      status\n      reviewReason\n      updatedAt\n      healthCheckUrl\n      ...SolutionForm_Solution\n      tiers {\n        ...TierEditor_TierConfig\n      }\n      endpoints {\n        ...EndpointsEditor_Endpoint\n      }\n      secrets {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n    categories\n    platformTierSettings {\n      tiers {\n        ...TierEditor_TierBounds\n      }\n    }\n  }\n": types.SolutionEditorPage_QueryDocument,
    "\n  mutation SolutionEditorPage_Update($id: ID!, $input: UpdateSolutionInput!) {\n    updateSolution(id: $id, input: $input) {\n      id\n      status\n      reviewReason\n      updatedAt\n      ...SolutionForm_Solution\n    }\n  }\n": types.SolutionEditorPage_UpdateDocument,
    "\n  fragment SolutionForm_Solution on Solution {\n    name\n    slug\n    summary\n    description\n    category\n    tags\n    baseUrl\n    documentationUrl\n    publishedAt\n  }\n": types.SolutionForm_SolutionFragmentDoc,
    "\n  mutation SolutionStatusPanel_Submit($id: ID!) {\n    submitSolution(id: $id) {\n      id\n      status\n      reviewReason\n    }\n  }\n": types.SolutionStatusPanel_SubmitDocument,
    "\n  mutation SolutionStatusPanel_Unpublish($id: ID!) {\n    unpublishSolution(id: $id) {\n      id\n      status\n    }\n  }\n": types.SolutionStatusPanel_UnpublishDocument,
    "\n  mutation SolutionStatusPanel_Republish($id: ID!) {\n    republishSolution(id: $id) {\n      id\n      status\n    }\n  }\n": types.SolutionStatusPanel_RepublishDocument,
    "\n  query SolutionUsagePanel_Query($solutionId: ID!, $from: String!, $to: String!) {\n    solutionUsage(solutionId: $solutionId, from: $from, to: $to) {\n      day\n      tier\n      allowed\n      denied\n      units\n      overage\n    }\n  }\n": types.SolutionUsagePanel_QueryDocument,
    "\n  fragment TierEditor_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    ratePerSecond\n    monthlyPricePaise\n    limitMode\n    overagePricePaise\n    highlights\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n  }\n": types.TierEditor_TierConfigFragmentDoc,
    "\n  fragment TierEditor_TierBounds on TierBounds {\n    tier\n    defaultCallAllowance\n    minCallAllowance\n    maxCallAllowance\n    defaultTrialDays\n    minTrialDays\n    maxTrialDays\n    defaultRatePerSecond\n    maxRatePerSecond\n    defaultMonthlyPricePaise\n    minMonthlyPricePaise\n    maxMonthlyPricePaise\n  }\n": types.TierEditor_TierBoundsFragmentDoc,
    "\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      id\n      tiers {\n        ...TierEditor_TierConfig\n      }\n    }\n  }\n": types.TierEditor_SetSolutionTiersDocument,
    "\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": types.TierHistory_QueryDocument,
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
export function graphql(source: "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminOverviewPage_Queues {\n    partnerApplications(status: PENDING, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reviewQueue(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOverviewPage_Queues {\n    partnerApplications(status: PENDING, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reviewQueue(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverviewPage_Suspended {\n    suspendedSolutions: adminSolutions(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    suspendedUsers: users(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOverviewPage_Suspended {\n    suspendedSolutions: adminSolutions(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    suspendedUsers: users(status: SUSPENDED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSolutionsPage_Solution on Solution {\n    id\n    slug\n    name\n    summary\n    category\n    status\n    publisherName\n    partnerId\n    updatedAt\n    publishedAt\n    reviewReason\n  }\n"): (typeof documents)["\n  fragment AdminSolutionsPage_Solution on Solution {\n    id\n    slug\n    name\n    summary\n    category\n    status\n    publisherName\n    partnerId\n    updatedAt\n    publishedAt\n    reviewReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSolutionsPage_Query($inReview: Boolean!, $status: SolutionStatus, $first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) @include(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    adminSolutions(status: $status, first: $first, after: $after) @skip(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSolutionsPage_Query($inReview: Boolean!, $status: SolutionStatus, $first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) @include(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    adminSolutions(status: $status, first: $first, after: $after) @skip(if: $inReview) {\n      nodes {\n        ...AdminSolutionsPage_Solution\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSolutionsPage_Approve($id: ID!) {\n    approveSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSolutionsPage_Approve($id: ID!) {\n    approveSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSolutionsPage_Reject($id: ID!, $reason: String!) {\n    rejectSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSolutionsPage_Reject($id: ID!, $reason: String!) {\n    rejectSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSolutionsPage_Suspend($id: ID!, $reason: String!) {\n    suspendSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSolutionsPage_Suspend($id: ID!, $reason: String!) {\n    suspendSolution(id: $id, reason: $reason) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSolutionsPage_Reinstate($id: ID!) {\n    reinstateSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSolutionsPage_Reinstate($id: ID!) {\n    reinstateSolution(id: $id) {\n      ...AdminSolutionsPage_Solution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsPage_Query($status: ApplicationStatus, $first: Int, $after: String) {\n    partnerApplications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        applicantId\n        companyName\n        website\n        contactName\n        contactEmail\n        description\n        status\n        decisionReason\n        createdAt\n        decidedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationsPage_Query($status: ApplicationStatus, $first: Int, $after: String) {\n    partnerApplications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        applicantId\n        companyName\n        website\n        contactName\n        contactEmail\n        description\n        status\n        decisionReason\n        createdAt\n        decidedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsPage_Approve($id: ID!) {\n    approvePartnerApplication(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApplicationsPage_Approve($id: ID!) {\n    approvePartnerApplication(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsPage_Reject($id: ID!, $reason: String!) {\n    rejectPartnerApplication(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApplicationsPage_Reject($id: ID!, $reason: String!) {\n    rejectPartnerApplication(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditPage_Stream on AuditEventConnection {\n    nodes {\n      id\n      at\n      ...AuditTable_AuditEvent\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment AuditPage_Stream on AuditEventConnection {\n    nodes {\n      id\n      at\n      ...AuditTable_AuditEvent\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage_Query(\n    $filter: AuditEventFilter\n    $first: Int!\n    $identity: Boolean!\n    $identityAfter: String\n    $catalog: Boolean!\n    $catalogAfter: String\n    $keys: Boolean!\n    $keysAfter: String\n    $quotas: Boolean!\n    $quotasAfter: String\n  ) {\n    auditTrail {\n      id\n      identity(filter: $filter, first: $first, after: $identityAfter) @include(if: $identity) {\n        ...AuditPage_Stream\n      }\n      catalog(filter: $filter, first: $first, after: $catalogAfter) @include(if: $catalog) {\n        ...AuditPage_Stream\n      }\n      keys(filter: $filter, first: $first, after: $keysAfter) @include(if: $keys) {\n        ...AuditPage_Stream\n      }\n      quotas(filter: $filter, first: $first, after: $quotasAfter) @include(if: $quotas) {\n        ...AuditPage_Stream\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditPage_Query(\n    $filter: AuditEventFilter\n    $first: Int!\n    $identity: Boolean!\n    $identityAfter: String\n    $catalog: Boolean!\n    $catalogAfter: String\n    $keys: Boolean!\n    $keysAfter: String\n    $quotas: Boolean!\n    $quotasAfter: String\n  ) {\n    auditTrail {\n      id\n      identity(filter: $filter, first: $first, after: $identityAfter) @include(if: $identity) {\n        ...AuditPage_Stream\n      }\n      catalog(filter: $filter, first: $first, after: $catalogAfter) @include(if: $catalog) {\n        ...AuditPage_Stream\n      }\n      keys(filter: $filter, first: $first, after: $keysAfter) @include(if: $keys) {\n        ...AuditPage_Stream\n      }\n      quotas(filter: $filter, first: $first, after: $quotasAfter) @include(if: $quotas) {\n        ...AuditPage_Stream\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTable_AuditEvent on AuditEvent {\n    id\n    stream\n    actorId\n    actor {\n      id\n      name\n      email\n    }\n    action\n    targetType\n    targetId\n    userId\n    solutionId\n    before\n    after\n    reason\n    at\n  }\n"): (typeof documents)["\n  fragment AuditTable_AuditEvent on AuditEvent {\n    id\n    stream\n    actorId\n    actor {\n      id\n      name\n      email\n    }\n    action\n    targetType\n    targetId\n    userId\n    solutionId\n    before\n    after\n    reason\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantTierForm_Solutions {\n    solutions(first: 50) {\n      nodes {\n        id\n        name\n        publisherName\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrantTierForm_Solutions {\n    solutions(first: 50) {\n      nodes {\n        id\n        name\n        publisherName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantTierForm_Grants($solutionId: ID!) {\n    tierGrants(solutionId: $solutionId) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n"): (typeof documents)["\n  query GrantTierForm_Grants($solutionId: ID!) {\n    tierGrants(solutionId: $solutionId) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTierForm_Grant($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GrantTierForm_Grant($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTierForm_Revoke($userId: ID!, $solutionId: ID!, $reason: String) {\n    revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation GrantTierForm_Revoke($userId: ID!, $solutionId: ID!, $reason: String) {\n    revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierSettingsPage_Query {\n    platformTierSettings {\n      currency\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n"): (typeof documents)["\n  query TierSettingsPage_Query {\n    platformTierSettings {\n      currency\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierSettingsPage_History($first: Int, $after: String) {\n    platformTierSettingsHistory(first: $first, after: $after) {\n      nodes {\n        id\n        actorId\n        action\n        before\n        after\n        reason\n        at\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TierSettingsPage_History($first: Int, $after: String) {\n    platformTierSettingsHistory(first: $first, after: $after) {\n      nodes {\n        id\n        actorId\n        action\n        before\n        after\n        reason\n        at\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserPage_Query($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      email\n      roles\n      status\n      emailVerified\n      createdAt\n      suspendedReason\n      partnerApplication {\n        id\n        companyName\n        status\n      }\n    }\n    auditTrail {\n      id\n      identity(filter: { targetId: $id }, first: 10) {\n        nodes {\n          id\n          ...AuditTable_AuditEvent\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserPage_Query($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      email\n      roles\n      status\n      emailVerified\n      createdAt\n      suspendedReason\n      partnerApplication {\n        id\n        companyName\n        status\n      }\n    }\n    auditTrail {\n      id\n      identity(filter: { targetId: $id }, first: 10) {\n        nodes {\n          id\n          ...AuditTable_AuditEvent\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserPage_SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UserPage_SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserPage_Suspend($userId: ID!, $reason: String!) {\n    suspendUser(userId: $userId, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation UserPage_Suspend($userId: ID!, $reason: String!) {\n    suspendUser(userId: $userId, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserPage_Reactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation UserPage_Reactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage_Query($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        emailVerified\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPage_Query($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        emailVerified\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EndpointsEditor_Endpoint on Endpoint {\n    id\n    method\n    path\n    description\n    costWeight\n    tiers\n  }\n"): (typeof documents)["\n  fragment EndpointsEditor_Endpoint on Endpoint {\n    id\n    method\n    path\n    description\n    costWeight\n    tiers\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndpointsEditor_Add($solutionId: ID!, $input: EndpointInput!) {\n    addEndpoint(solutionId: $solutionId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n"): (typeof documents)["\n  mutation EndpointsEditor_Add($solutionId: ID!, $input: EndpointInput!) {\n    addEndpoint(solutionId: $solutionId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndpointsEditor_Update($solutionId: ID!, $endpointId: ID!, $input: EndpointInput!) {\n    updateEndpoint(solutionId: $solutionId, endpointId: $endpointId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n"): (typeof documents)["\n  mutation EndpointsEditor_Update($solutionId: ID!, $endpointId: ID!, $input: EndpointInput!) {\n    updateEndpoint(solutionId: $solutionId, endpointId: $endpointId, input: $input) {\n      ...EndpointsEditor_Endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndpointsEditor_Remove($solutionId: ID!, $endpointId: ID!) {\n    removeEndpoint(solutionId: $solutionId, endpointId: $endpointId)\n  }\n"): (typeof documents)["\n  mutation EndpointsEditor_Remove($solutionId: ID!, $endpointId: ID!) {\n    removeEndpoint(solutionId: $solutionId, endpointId: $endpointId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthCheckForm_Set($solutionId: ID!, $url: String) {\n    setHealthCheckUrl(solutionId: $solutionId, url: $url) {\n      id\n      healthCheckUrl\n    }\n  }\n"): (typeof documents)["\n  mutation HealthCheckForm_Set($solutionId: ID!, $url: String) {\n    setHealthCheckUrl(solutionId: $solutionId, url: $url) {\n      id\n      healthCheckUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewSolutionPage_Query {\n    categories\n  }\n"): (typeof documents)["\n  query NewSolutionPage_Query {\n    categories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewSolutionPage_Create($input: CreateSolutionInput!) {\n    createSolution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NewSolutionPage_Create($input: CreateSolutionInput!) {\n    createSolution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApplication_Query {\n    myPartnerApplication {\n      id\n      companyName\n      website\n      contactName\n      contactEmail\n      description\n      status\n      decisionReason\n      createdAt\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  query PartnerApplication_Query {\n    myPartnerApplication {\n      id\n      companyName\n      website\n      contactName\n      contactEmail\n      description\n      status\n      decisionReason\n      createdAt\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApplication_Apply($input: ApplyForPartnershipInput!) {\n    applyForPartnership(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApplication_Apply($input: ApplyForPartnershipInput!) {\n    applyForPartnership(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSolutions_Query {\n    mySolutions {\n      id\n      slug\n      name\n      summary\n      category\n      status\n      reviewReason\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query PartnerSolutions_Query {\n    mySolutions {\n      id\n      slug\n      name\n      summary\n      category\n      status\n      reviewReason\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecretsManager_SolutionSecret on SolutionSecret {\n    id\n    prefix\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    status\n  }\n"): (typeof documents)["\n  fragment SecretsManager_SolutionSecret on SolutionSecret {\n    id\n    prefix\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsManager_Create($solutionId: ID!) {\n    createSolutionSecret(solutionId: $solutionId) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsManager_Create($solutionId: ID!) {\n    createSolutionSecret(solutionId: $solutionId) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsManager_Rotate($secretId: ID!, $graceHours: Int!) {\n    rotateSolutionSecret(secretId: $secretId, graceHours: $graceHours) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n      replaced {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsManager_Rotate($secretId: ID!, $graceHours: Int!) {\n    rotateSolutionSecret(secretId: $secretId, graceHours: $graceHours) {\n      plaintext\n      secret {\n        ...SecretsManager_SolutionSecret\n      }\n      replaced {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsManager_Revoke($secretId: ID!) {\n    revokeSolutionSecret(secretId: $secretId) {\n      ...SecretsManager_SolutionSecret\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsManager_Revoke($secretId: ID!) {\n    revokeSolutionSecret(secretId: $secretId) {\n      ...SecretsManager_SolutionSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionEditorPage_Query($id: ID!) {\n    solutionById(id: $id) {\n      id\n      slug\n      name\n      status\n      reviewReason\n      updatedAt\n      healthCheckUrl\n      ...SolutionForm_Solution\n      tiers {\n        ...TierEditor_TierConfig\n      }\n      endpoints {\n        ...EndpointsEditor_Endpoint\n      }\n      secrets {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n    categories\n    platformTierSettings {\n      tiers {\n        ...TierEditor_TierBounds\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolutionEditorPage_Query($id: ID!) {\n    solutionById(id: $id) {\n      id\n      slug\n      name\n      status\n      reviewReason\n      updatedAt\n      healthCheckUrl\n      ...SolutionForm_Solution\n      tiers {\n        ...TierEditor_TierConfig\n      }\n      endpoints {\n        ...EndpointsEditor_Endpoint\n      }\n      secrets {\n        ...SecretsManager_SolutionSecret\n      }\n    }\n    categories\n    platformTierSettings {\n      tiers {\n        ...TierEditor_TierBounds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SolutionEditorPage_Update($id: ID!, $input: UpdateSolutionInput!) {\n    updateSolution(id: $id, input: $input) {\n      id\n      status\n      reviewReason\n      updatedAt\n      ...SolutionForm_Solution\n    }\n  }\n"): (typeof documents)["\n  mutation SolutionEditorPage_Update($id: ID!, $input: UpdateSolutionInput!) {\n    updateSolution(id: $id, input: $input) {\n      id\n      status\n      reviewReason\n      updatedAt\n      ...SolutionForm_Solution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionForm_Solution on Solution {\n    name\n    slug\n    summary\n    description\n    category\n    tags\n    baseUrl\n    documentationUrl\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment SolutionForm_Solution on Solution {\n    name\n    slug\n    summary\n    description\n    category\n    tags\n    baseUrl\n    documentationUrl\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SolutionStatusPanel_Submit($id: ID!) {\n    submitSolution(id: $id) {\n      id\n      status\n      reviewReason\n    }\n  }\n"): (typeof documents)["\n  mutation SolutionStatusPanel_Submit($id: ID!) {\n    submitSolution(id: $id) {\n      id\n      status\n      reviewReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SolutionStatusPanel_Unpublish($id: ID!) {\n    unpublishSolution(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SolutionStatusPanel_Unpublish($id: ID!) {\n    unpublishSolution(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SolutionStatusPanel_Republish($id: ID!) {\n    republishSolution(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SolutionStatusPanel_Republish($id: ID!) {\n    republishSolution(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionUsagePanel_Query($solutionId: ID!, $from: String!, $to: String!) {\n    solutionUsage(solutionId: $solutionId, from: $from, to: $to) {\n      day\n      tier\n      allowed\n      denied\n      units\n      overage\n    }\n  }\n"): (typeof documents)["\n  query SolutionUsagePanel_Query($solutionId: ID!, $from: String!, $to: String!) {\n    solutionUsage(solutionId: $solutionId, from: $from, to: $to) {\n      day\n      tier\n      allowed\n      denied\n      units\n      overage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierEditor_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    ratePerSecond\n    monthlyPricePaise\n    limitMode\n    overagePricePaise\n    highlights\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n  }\n"): (typeof documents)["\n  fragment TierEditor_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    ratePerSecond\n    monthlyPricePaise\n    limitMode\n    overagePricePaise\n    highlights\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierEditor_TierBounds on TierBounds {\n    tier\n    defaultCallAllowance\n    minCallAllowance\n    maxCallAllowance\n    defaultTrialDays\n    minTrialDays\n    maxTrialDays\n    defaultRatePerSecond\n    maxRatePerSecond\n    defaultMonthlyPricePaise\n    minMonthlyPricePaise\n    maxMonthlyPricePaise\n  }\n"): (typeof documents)["\n  fragment TierEditor_TierBounds on TierBounds {\n    tier\n    defaultCallAllowance\n    minCallAllowance\n    maxCallAllowance\n    defaultTrialDays\n    minTrialDays\n    maxTrialDays\n    defaultRatePerSecond\n    maxRatePerSecond\n    defaultMonthlyPricePaise\n    minMonthlyPricePaise\n    maxMonthlyPricePaise\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      id\n      tiers {\n        ...TierEditor_TierConfig\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      id\n      tiers {\n        ...TierEditor_TierConfig\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"];
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