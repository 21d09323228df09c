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
    "\n  mutation ResetPasswordPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordPage_ResetDocument,
    "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.SignupPage_RegisterDocument,
    "\n  mutation VerifyEmailPage_Verify($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailPage_VerifyDocument,
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
    "\n  query CommissionSettings_Query {\n    commissionSettings {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommissionSettings_QueryDocument,
    "\n  mutation CommissionSettings_Set($defaultPercentBps: Int, $solutionId: ID, $solutionPercentBps: Int) {\n    setCommission(defaultPercentBps: $defaultPercentBps, solutionId: $solutionId, solutionPercentBps: $solutionPercentBps) {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommissionSettings_SetDocument,
    "\n  query EnterpriseOffersAdmin_Query {\n    enterpriseOffers {\n      id\n      status\n      price {\n        paise\n        currency\n      }\n      callAllowance\n      ratePerSecond\n      expiresAt\n      createdAt\n      solution {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EnterpriseOffersAdmin_QueryDocument,
    "\n  query EnterpriseOffersAdmin_FindUser($search: String!) {\n    users(search: $search, first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.EnterpriseOffersAdmin_FindUserDocument,
    "\n  mutation EnterpriseOffersAdmin_Create($input: EnterpriseOfferInput!) {\n    createEnterpriseOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EnterpriseOffersAdmin_CreateDocument,
    "\n  mutation EnterpriseOffersAdmin_Withdraw($id: ID!) {\n    withdrawEnterpriseOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.EnterpriseOffersAdmin_WithdrawDocument,
    "\n  query GrantTierForm_Solutions {\n    solutions(first: 50) {\n      nodes {\n        id\n        name\n        publisherName\n      }\n    }\n  }\n": typeof types.GrantTierForm_SolutionsDocument,
    "\n  query GrantTierForm_Grants($solutionId: ID!) {\n    tierGrants(solutionId: $solutionId) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": typeof types.GrantTierForm_GrantsDocument,
    "\n  mutation GrantTierForm_Grant($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": typeof types.GrantTierForm_GrantDocument,
    "\n  mutation GrantTierForm_Revoke($userId: ID!, $solutionId: ID!, $reason: String) {\n    revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason)\n  }\n": typeof types.GrantTierForm_RevokeDocument,
    "\n  query RevenuePage_Query($from: String, $to: String) {\n    platformRevenue(from: $from, to: $to) {\n      month\n      partnerId\n      solution {\n        id\n        name\n        publisherName\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n": typeof types.RevenuePage_QueryDocument,
    "\n  query TierSettingsPage_Query {\n    platformTierSettings {\n      currency\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n": typeof types.TierSettingsPage_QueryDocument,
    "\n  query TierSettingsPage_History($first: Int, $after: String) {\n    platformTierSettingsHistory(first: $first, after: $after) {\n      nodes {\n        id\n        actorId\n        action\n        before\n        after\n        reason\n        at\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TierSettingsPage_HistoryDocument,
    "\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      settings {\n        updatedAt\n        updatedBy\n        tiers {\n          tier\n          defaultCallAllowance\n          minCallAllowance\n          maxCallAllowance\n          defaultTrialDays\n          minTrialDays\n          maxTrialDays\n          defaultRatePerSecond\n          maxRatePerSecond\n          defaultMonthlyPricePaise\n          minMonthlyPricePaise\n          maxMonthlyPricePaise\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n": typeof types.TierSettingsPage_UpdateDocument,
    "\n  query UserPage_Query($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      email\n      roles\n      status\n      emailVerified\n      createdAt\n      suspendedReason\n      partnerApplication {\n        id\n        companyName\n        status\n      }\n    }\n    auditTrail {\n      id\n      identity(filter: { targetId: $id }, first: 10) {\n        nodes {\n          id\n          ...AuditTable_AuditEvent\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UserPage_QueryDocument,
    "\n  mutation UserPage_SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.UserPage_SetRolesDocument,
    "\n  mutation UserPage_Suspend($userId: ID!, $reason: String!) {\n    suspendUser(userId: $userId, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.UserPage_SuspendDocument,
    "\n  mutation UserPage_Reactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.UserPage_ReactivateDocument,
    "\n  query UsersPage_Query($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        emailVerified\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UsersPage_QueryDocument,
    "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.AuthContext_MeDocument,
    "\n  query BillingPage_Query {\n    mySubscriptions {\n      id\n      ...SubscriptionList_Subscription\n    }\n    myEnterpriseOffers {\n      id\n      ...EnterpriseOffers_Offer\n    }\n    myBillingProfile {\n      ...BillingProfileForm_Profile\n    }\n  }\n": typeof types.BillingPage_QueryDocument,
    "\n  fragment BillingProfileForm_Profile on BillingProfile {\n    legalName\n    email\n    gstin\n    state\n    stateCode\n    address\n  }\n": typeof types.BillingProfileForm_ProfileFragmentDoc,
    "\n  mutation BillingProfileForm_Update($input: BillingProfileInput!) {\n    updateBillingProfile(input: $input) {\n      ...BillingProfileForm_Profile\n    }\n  }\n": typeof types.BillingProfileForm_UpdateDocument,
    "\n  query ChangePlanDialog_Preview($subscriptionId: ID!, $toTier: Tier!) {\n    planChangePreview(subscriptionId: $subscriptionId, toTier: $toTier) {\n      subscriptionId\n      toTier\n      credit {\n        paise\n        currency\n      }\n      charge {\n        paise\n        currency\n      }\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      effectiveAt\n    }\n  }\n": typeof types.ChangePlanDialog_PreviewDocument,
    "\n  mutation ChangePlanDialog_Change($subscriptionId: ID!, $toTier: Tier!, $expectedTotalPaise: SafeInt!) {\n    changePlan(subscriptionId: $subscriptionId, toTier: $toTier, expectedTotalPaise: $expectedTotalPaise) {\n      subscription {\n        id\n        tier\n        status\n        scheduledTier\n        nextChargeAt\n      }\n      checkout {\n        checkoutUrl\n      }\n    }\n  }\n": typeof types.ChangePlanDialog_ChangeDocument,
    "\n  mutation CheckoutButton_Start($solutionId: ID!, $tier: Tier!, $offerId: ID) {\n    startCheckout(solutionId: $solutionId, tier: $tier, offerId: $offerId) {\n      subscriptionId\n      checkoutUrl\n    }\n  }\n": typeof types.CheckoutButton_StartDocument,
    "\n  mutation CheckoutReturnPage_Confirm($input: CheckoutConfirmation!) {\n    confirmCheckout(input: $input) {\n      id\n      tier\n      status\n      currentPeriodEnd\n      nextChargeAt\n      nextCharge {\n        total {\n          paise\n          currency\n        }\n      }\n      solution {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CheckoutReturnPage_ConfirmDocument,
    "\n  query CheckoutReturnPage_Usage($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      limit\n      used\n    }\n  }\n": typeof types.CheckoutReturnPage_UsageDocument,
    "\n  fragment EnterpriseOffers_Offer on EnterpriseOffer {\n    id\n    status\n    price {\n      paise\n      currency\n    }\n    callAllowance\n    ratePerSecond\n    expiresAt\n    solution {\n      id\n      name\n    }\n  }\n": typeof types.EnterpriseOffers_OfferFragmentDoc,
    "\n  query BillingPage_Invoices($first: Int, $after: String) {\n    myInvoices(first: $first, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        issuedAt\n        description\n        solution {\n          id\n          name\n        }\n        taxable {\n          paise\n          currency\n        }\n        cgst {\n          paise\n          currency\n        }\n        sgst {\n          paise\n          currency\n        }\n        igst {\n          paise\n          currency\n        }\n        total {\n          paise\n          currency\n        }\n        pdfUrl\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BillingPage_InvoicesDocument,
    "\n  fragment SubscriptionList_Subscription on BillingSubscription {\n    id\n    tier\n    status\n    currentPeriodStart\n    currentPeriodEnd\n    nextChargeAt\n    nextCharge {\n      total {\n        paise\n        currency\n      }\n    }\n    cancelAtPeriodEnd\n    scheduledTier\n    graceEndsAt\n    paymentUrl\n    solution {\n      id\n      slug\n      name\n      prices {\n        tier\n      }\n    }\n  }\n": typeof types.SubscriptionList_SubscriptionFragmentDoc,
    "\n  mutation SubscriptionList_Cancel($subscriptionId: ID!) {\n    cancelSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      nextChargeAt\n    }\n  }\n": typeof types.SubscriptionList_CancelDocument,
    "\n  mutation SubscriptionList_Resume($subscriptionId: ID!) {\n    resumeSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      scheduledTier\n      nextChargeAt\n    }\n  }\n": typeof types.SubscriptionList_ResumeDocument,
    "\n  query TestModeBanner_Query {\n    billingConfig {\n      testMode\n    }\n  }\n": typeof types.TestModeBanner_QueryDocument,
    "\n  query UpgradeButton_Query {\n    mySubscriptions {\n      id\n      tier\n      status\n      solution {\n        id\n      }\n    }\n  }\n": typeof types.UpgradeButton_QueryDocument,
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
    "\n  query PartnerRevenuePage_Query($solutionId: ID, $from: String, $to: String) {\n    partnerRevenue(solutionId: $solutionId, from: $from, to: $to) {\n      month\n      solution {\n        id\n        name\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n": typeof types.PartnerRevenuePage_QueryDocument,
    "\n  query PartnerRevenuePage_Solutions {\n    mySolutions {\n      id\n      name\n    }\n  }\n": typeof types.PartnerRevenuePage_SolutionsDocument,
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
    "\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      solution {\n        id\n        tiers {\n          ...TierEditor_TierConfig\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n": typeof types.TierEditor_SetSolutionTiersDocument,
    "\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": typeof types.TierHistory_QueryDocument,
    "\n  mutation ConfirmEmail_Confirm($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.ConfirmEmail_ConfirmDocument,
    "\n  query SettingsPage_Me {\n    me {\n      id\n      name\n      email\n      emailVerified\n    }\n  }\n": typeof types.SettingsPage_MeDocument,
    "\n  mutation SettingsPage_UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SettingsPage_UpdateProfileDocument,
    "\n  mutation SettingsPage_RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.SettingsPage_RequestEmailChangeDocument,
    "\n  mutation SettingsPage_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.SettingsPage_ChangePasswordDocument,
    "\n  query SettingsPage_Sessions {\n    mySessions {\n      id\n      createdAt\n      lastActiveAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.SettingsPage_SessionsDocument,
    "\n  mutation SettingsPage_EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.SettingsPage_EndSessionDocument,
    "\n  mutation SettingsPage_EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.SettingsPage_EndOtherSessionsDocument,
    "\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n": typeof types.SolutionPage_QueryDocument,
    "\n  query SolutionPage_Prices($slug: String!) {\n    solution(slug: $slug) {\n      id\n      prices {\n        tier\n        ...TierCards_PlanPrice\n      }\n    }\n  }\n": typeof types.SolutionPage_PricesDocument,
    "\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n": typeof types.TierCards_TierConfigFragmentDoc,
    "\n  fragment TierCards_PlanPrice on PlanPrice {\n    tier\n    monthly {\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      gstRatePercent\n    }\n  }\n": typeof types.TierCards_PlanPriceFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ForgotPasswordPage_Request($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.ForgotPasswordPage_RequestDocument,
    "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": types.LoginPage_LoginDocument,
    "\n  mutation LoginPage_ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n": types.LoginPage_ResendVerificationDocument,
    "\n  mutation ResetPasswordPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordPage_ResetDocument,
    "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n": types.SignupPage_RegisterDocument,
    "\n  mutation VerifyEmailPage_Verify($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailPage_VerifyDocument,
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
    "\n  query CommissionSettings_Query {\n    commissionSettings {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.CommissionSettings_QueryDocument,
    "\n  mutation CommissionSettings_Set($defaultPercentBps: Int, $solutionId: ID, $solutionPercentBps: Int) {\n    setCommission(defaultPercentBps: $defaultPercentBps, solutionId: $solutionId, solutionPercentBps: $solutionPercentBps) {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CommissionSettings_SetDocument,
    "\n  query EnterpriseOffersAdmin_Query {\n    enterpriseOffers {\n      id\n      status\n      price {\n        paise\n        currency\n      }\n      callAllowance\n      ratePerSecond\n      expiresAt\n      createdAt\n      solution {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.EnterpriseOffersAdmin_QueryDocument,
    "\n  query EnterpriseOffersAdmin_FindUser($search: String!) {\n    users(search: $search, first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.EnterpriseOffersAdmin_FindUserDocument,
    "\n  mutation EnterpriseOffersAdmin_Create($input: EnterpriseOfferInput!) {\n    createEnterpriseOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.EnterpriseOffersAdmin_CreateDocument,
    "\n  mutation EnterpriseOffersAdmin_Withdraw($id: ID!) {\n    withdrawEnterpriseOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.EnterpriseOffersAdmin_WithdrawDocument,
    "\n  query GrantTierForm_Solutions {\n    solutions(first: 50) {\n      nodes {\n        id\n        name\n        publisherName\n      }\n    }\n  }\n": types.GrantTierForm_SolutionsDocument,
    "\n  query GrantTierForm_Grants($solutionId: ID!) {\n    tierGrants(solutionId: $solutionId) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": types.GrantTierForm_GrantsDocument,
    "\n  mutation GrantTierForm_Grant($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      userId\n      solutionId\n      tier\n      endsAt\n      grantedAt\n    }\n  }\n": types.GrantTierForm_GrantDocument,
    "\n  mutation GrantTierForm_Revoke($userId: ID!, $solutionId: ID!, $reason: String) {\n    revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason)\n  }\n": types.GrantTierForm_RevokeDocument,
    "\n  query RevenuePage_Query($from: String, $to: String) {\n    platformRevenue(from: $from, to: $to) {\n      month\n      partnerId\n      solution {\n        id\n        name\n        publisherName\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n": types.RevenuePage_QueryDocument,
    "\n  query TierSettingsPage_Query {\n    platformTierSettings {\n      currency\n      updatedAt\n      updatedBy\n      tiers {\n        tier\n        defaultCallAllowance\n        minCallAllowance\n        maxCallAllowance\n        defaultTrialDays\n        minTrialDays\n        maxTrialDays\n        defaultRatePerSecond\n        maxRatePerSecond\n        defaultMonthlyPricePaise\n        minMonthlyPricePaise\n        maxMonthlyPricePaise\n      }\n    }\n  }\n": types.TierSettingsPage_QueryDocument,
    "\n  query TierSettingsPage_History($first: Int, $after: String) {\n    platformTierSettingsHistory(first: $first, after: $after) {\n      nodes {\n        id\n        actorId\n        action\n        before\n        after\n        reason\n        at\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TierSettingsPage_HistoryDocument,
    "\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      settings {\n        updatedAt\n        updatedBy\n        tiers {\n          tier\n          defaultCallAllowance\n          minCallAllowance\n          maxCallAllowance\n          defaultTrialDays\n          minTrialDays\n          maxTrialDays\n          defaultRatePerSecond\n          maxRatePerSecond\n          defaultMonthlyPricePaise\n          minMonthlyPricePaise\n          maxMonthlyPricePaise\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n": types.TierSettingsPage_UpdateDocument,
    "\n  query UserPage_Query($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      email\n      roles\n      status\n      emailVerified\n      createdAt\n      suspendedReason\n      partnerApplication {\n        id\n        companyName\n        status\n      }\n    }\n    auditTrail {\n      id\n      identity(filter: { targetId: $id }, first: 10) {\n        nodes {\n          id\n          ...AuditTable_AuditEvent\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UserPage_QueryDocument,
    "\n  mutation UserPage_SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.UserPage_SetRolesDocument,
    "\n  mutation UserPage_Suspend($userId: ID!, $reason: String!) {\n    suspendUser(userId: $userId, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.UserPage_SuspendDocument,
    "\n  mutation UserPage_Reactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.UserPage_ReactivateDocument,
    "\n  query UsersPage_Query($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        emailVerified\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UsersPage_QueryDocument,
    "\n  query AuthContext_Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.AuthContext_MeDocument,
    "\n  query BillingPage_Query {\n    mySubscriptions {\n      id\n      ...SubscriptionList_Subscription\n    }\n    myEnterpriseOffers {\n      id\n      ...EnterpriseOffers_Offer\n    }\n    myBillingProfile {\n      ...BillingProfileForm_Profile\n    }\n  }\n": types.BillingPage_QueryDocument,
    "\n  fragment BillingProfileForm_Profile on BillingProfile {\n    legalName\n    email\n    gstin\n    state\n    stateCode\n    address\n  }\n": types.BillingProfileForm_ProfileFragmentDoc,
    "\n  mutation BillingProfileForm_Update($input: BillingProfileInput!) {\n    updateBillingProfile(input: $input) {\n      ...BillingProfileForm_Profile\n    }\n  }\n": types.BillingProfileForm_UpdateDocument,
    "\n  query ChangePlanDialog_Preview($subscriptionId: ID!, $toTier: Tier!) {\n    planChangePreview(subscriptionId: $subscriptionId, toTier: $toTier) {\n      subscriptionId\n      toTier\n      credit {\n        paise\n        currency\n      }\n      charge {\n        paise\n        currency\n      }\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      effectiveAt\n    }\n  }\n": types.ChangePlanDialog_PreviewDocument,
    "\n  mutation ChangePlanDialog_Change($subscriptionId: ID!, $toTier: Tier!, $expectedTotalPaise: SafeInt!) {\n    changePlan(subscriptionId: $subscriptionId, toTier: $toTier, expectedTotalPaise: $expectedTotalPaise) {\n      subscription {\n        id\n        tier\n        status\n        scheduledTier\n        nextChargeAt\n      }\n      checkout {\n        checkoutUrl\n      }\n    }\n  }\n": types.ChangePlanDialog_ChangeDocument,
    "\n  mutation CheckoutButton_Start($solutionId: ID!, $tier: Tier!, $offerId: ID) {\n    startCheckout(solutionId: $solutionId, tier: $tier, offerId: $offerId) {\n      subscriptionId\n      checkoutUrl\n    }\n  }\n": types.CheckoutButton_StartDocument,
    "\n  mutation CheckoutReturnPage_Confirm($input: CheckoutConfirmation!) {\n    confirmCheckout(input: $input) {\n      id\n      tier\n      status\n      currentPeriodEnd\n      nextChargeAt\n      nextCharge {\n        total {\n          paise\n          currency\n        }\n      }\n      solution {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.CheckoutReturnPage_ConfirmDocument,
    "\n  query CheckoutReturnPage_Usage($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      limit\n      used\n    }\n  }\n": types.CheckoutReturnPage_UsageDocument,
    "\n  fragment EnterpriseOffers_Offer on EnterpriseOffer {\n    id\n    status\n    price {\n      paise\n      currency\n    }\n    callAllowance\n    ratePerSecond\n    expiresAt\n    solution {\n      id\n      name\n    }\n  }\n": types.EnterpriseOffers_OfferFragmentDoc,
    "\n  query BillingPage_Invoices($first: Int, $after: String) {\n    myInvoices(first: $first, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        issuedAt\n        description\n        solution {\n          id\n          name\n        }\n        taxable {\n          paise\n          currency\n        }\n        cgst {\n          paise\n          currency\n        }\n        sgst {\n          paise\n          currency\n        }\n        igst {\n          paise\n          currency\n        }\n        total {\n          paise\n          currency\n        }\n        pdfUrl\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.BillingPage_InvoicesDocument,
    "\n  fragment SubscriptionList_Subscription on BillingSubscription {\n    id\n    tier\n    status\n    currentPeriodStart\n    currentPeriodEnd\n    nextChargeAt\n    nextCharge {\n      total {\n        paise\n        currency\n      }\n    }\n    cancelAtPeriodEnd\n    scheduledTier\n    graceEndsAt\n    paymentUrl\n    solution {\n      id\n      slug\n      name\n      prices {\n        tier\n      }\n    }\n  }\n": types.SubscriptionList_SubscriptionFragmentDoc,
    "\n  mutation SubscriptionList_Cancel($subscriptionId: ID!) {\n    cancelSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      nextChargeAt\n    }\n  }\n": types.SubscriptionList_CancelDocument,
    "\n  mutation SubscriptionList_Resume($subscriptionId: ID!) {\n    resumeSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      scheduledTier\n      nextChargeAt\n    }\n  }\n": types.SubscriptionList_ResumeDocument,
    "\n  query TestModeBanner_Query {\n    billingConfig {\n      testMode\n    }\n  }\n": types.TestModeBanner_QueryDocument,
    "\n  query UpgradeButton_Query {\n    mySubscriptions {\n      id\n      tier\n      status\n      solution {\n        id\n      }\n    }\n  }\n": types.UpgradeButton_QueryDocument,
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
    "\n  query PartnerRevenuePage_Query($solutionId: ID, $from: String, $to: String) {\n    partnerRevenue(solutionId: $solutionId, from: $from, to: $to) {\n      month\n      solution {\n        id\n        name\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n": types.PartnerRevenuePage_QueryDocument,
    "\n  query PartnerRevenuePage_Solutions {\n    mySolutions {\n      id\n      name\n    }\n  }\n": types.PartnerRevenuePage_SolutionsDocument,
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
    "\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      solution {\n        id\n        tiers {\n          ...TierEditor_TierConfig\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n": types.TierEditor_SetSolutionTiersDocument,
    "\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": types.TierHistory_QueryDocument,
    "\n  mutation ConfirmEmail_Confirm($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.ConfirmEmail_ConfirmDocument,
    "\n  query SettingsPage_Me {\n    me {\n      id\n      name\n      email\n      emailVerified\n    }\n  }\n": types.SettingsPage_MeDocument,
    "\n  mutation SettingsPage_UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.SettingsPage_UpdateProfileDocument,
    "\n  mutation SettingsPage_RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.SettingsPage_RequestEmailChangeDocument,
    "\n  mutation SettingsPage_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.SettingsPage_ChangePasswordDocument,
    "\n  query SettingsPage_Sessions {\n    mySessions {\n      id\n      createdAt\n      lastActiveAt\n      expiresAt\n      current\n    }\n  }\n": types.SettingsPage_SessionsDocument,
    "\n  mutation SettingsPage_EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.SettingsPage_EndSessionDocument,
    "\n  mutation SettingsPage_EndOtherSessions {\n    endOtherSessions\n  }\n": types.SettingsPage_EndOtherSessionsDocument,
    "\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n": types.SolutionPage_QueryDocument,
    "\n  query SolutionPage_Prices($slug: String!) {\n    solution(slug: $slug) {\n      id\n      prices {\n        tier\n        ...TierCards_PlanPrice\n      }\n    }\n  }\n": types.SolutionPage_PricesDocument,
    "\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n": types.TierCards_TierConfigFragmentDoc,
    "\n  fragment TierCards_PlanPrice on PlanPrice {\n    tier\n    monthly {\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      gstRatePercent\n    }\n  }\n": types.TierCards_PlanPriceFragmentDoc,
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
export function graphql(source: "\n  mutation ResetPasswordPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPasswordPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SignupPage_Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailPage_Verify($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmailPage_Verify($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
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
export function graphql(source: "\n  query CommissionSettings_Query {\n    commissionSettings {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommissionSettings_Query {\n    commissionSettings {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommissionSettings_Set($defaultPercentBps: Int, $solutionId: ID, $solutionPercentBps: Int) {\n    setCommission(defaultPercentBps: $defaultPercentBps, solutionId: $solutionId, solutionPercentBps: $solutionPercentBps) {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommissionSettings_Set($defaultPercentBps: Int, $solutionId: ID, $solutionPercentBps: Int) {\n    setCommission(defaultPercentBps: $defaultPercentBps, solutionId: $solutionId, solutionPercentBps: $solutionPercentBps) {\n      defaultPercentBps\n      solutions {\n        percentBps\n        solution {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseOffersAdmin_Query {\n    enterpriseOffers {\n      id\n      status\n      price {\n        paise\n        currency\n      }\n      callAllowance\n      ratePerSecond\n      expiresAt\n      createdAt\n      solution {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseOffersAdmin_Query {\n    enterpriseOffers {\n      id\n      status\n      price {\n        paise\n        currency\n      }\n      callAllowance\n      ratePerSecond\n      expiresAt\n      createdAt\n      solution {\n        id\n        name\n      }\n      user {\n        id\n        name\n        email\n      }\n    }\n    adminSolutions(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseOffersAdmin_FindUser($search: String!) {\n    users(search: $search, first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseOffersAdmin_FindUser($search: String!) {\n    users(search: $search, first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseOffersAdmin_Create($input: EnterpriseOfferInput!) {\n    createEnterpriseOffer(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnterpriseOffersAdmin_Create($input: EnterpriseOfferInput!) {\n    createEnterpriseOffer(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseOffersAdmin_Withdraw($id: ID!) {\n    withdrawEnterpriseOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnterpriseOffersAdmin_Withdraw($id: ID!) {\n    withdrawEnterpriseOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query RevenuePage_Query($from: String, $to: String) {\n    platformRevenue(from: $from, to: $to) {\n      month\n      partnerId\n      solution {\n        id\n        name\n        publisherName\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n"): (typeof documents)["\n  query RevenuePage_Query($from: String, $to: String) {\n    platformRevenue(from: $from, to: $to) {\n      month\n      partnerId\n      solution {\n        id\n        name\n        publisherName\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      settings {\n        updatedAt\n        updatedBy\n        tiers {\n          tier\n          defaultCallAllowance\n          minCallAllowance\n          maxCallAllowance\n          defaultTrialDays\n          minTrialDays\n          maxTrialDays\n          defaultRatePerSecond\n          maxRatePerSecond\n          defaultMonthlyPricePaise\n          minMonthlyPricePaise\n          maxMonthlyPricePaise\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TierSettingsPage_Update($input: PlatformTierSettingsInput!) {\n    updatePlatformTierSettings(input: $input) {\n      settings {\n        updatedAt\n        updatedBy\n        tiers {\n          tier\n          defaultCallAllowance\n          minCallAllowance\n          maxCallAllowance\n          defaultTrialDays\n          minTrialDays\n          maxTrialDays\n          defaultRatePerSecond\n          maxRatePerSecond\n          defaultMonthlyPricePaise\n          minMonthlyPricePaise\n          maxMonthlyPricePaise\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query BillingPage_Query {\n    mySubscriptions {\n      id\n      ...SubscriptionList_Subscription\n    }\n    myEnterpriseOffers {\n      id\n      ...EnterpriseOffers_Offer\n    }\n    myBillingProfile {\n      ...BillingProfileForm_Profile\n    }\n  }\n"): (typeof documents)["\n  query BillingPage_Query {\n    mySubscriptions {\n      id\n      ...SubscriptionList_Subscription\n    }\n    myEnterpriseOffers {\n      id\n      ...EnterpriseOffers_Offer\n    }\n    myBillingProfile {\n      ...BillingProfileForm_Profile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingProfileForm_Profile on BillingProfile {\n    legalName\n    email\n    gstin\n    state\n    stateCode\n    address\n  }\n"): (typeof documents)["\n  fragment BillingProfileForm_Profile on BillingProfile {\n    legalName\n    email\n    gstin\n    state\n    stateCode\n    address\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingProfileForm_Update($input: BillingProfileInput!) {\n    updateBillingProfile(input: $input) {\n      ...BillingProfileForm_Profile\n    }\n  }\n"): (typeof documents)["\n  mutation BillingProfileForm_Update($input: BillingProfileInput!) {\n    updateBillingProfile(input: $input) {\n      ...BillingProfileForm_Profile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangePlanDialog_Preview($subscriptionId: ID!, $toTier: Tier!) {\n    planChangePreview(subscriptionId: $subscriptionId, toTier: $toTier) {\n      subscriptionId\n      toTier\n      credit {\n        paise\n        currency\n      }\n      charge {\n        paise\n        currency\n      }\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      effectiveAt\n    }\n  }\n"): (typeof documents)["\n  query ChangePlanDialog_Preview($subscriptionId: ID!, $toTier: Tier!) {\n    planChangePreview(subscriptionId: $subscriptionId, toTier: $toTier) {\n      subscriptionId\n      toTier\n      credit {\n        paise\n        currency\n      }\n      charge {\n        paise\n        currency\n      }\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      effectiveAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlanDialog_Change($subscriptionId: ID!, $toTier: Tier!, $expectedTotalPaise: SafeInt!) {\n    changePlan(subscriptionId: $subscriptionId, toTier: $toTier, expectedTotalPaise: $expectedTotalPaise) {\n      subscription {\n        id\n        tier\n        status\n        scheduledTier\n        nextChargeAt\n      }\n      checkout {\n        checkoutUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlanDialog_Change($subscriptionId: ID!, $toTier: Tier!, $expectedTotalPaise: SafeInt!) {\n    changePlan(subscriptionId: $subscriptionId, toTier: $toTier, expectedTotalPaise: $expectedTotalPaise) {\n      subscription {\n        id\n        tier\n        status\n        scheduledTier\n        nextChargeAt\n      }\n      checkout {\n        checkoutUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutButton_Start($solutionId: ID!, $tier: Tier!, $offerId: ID) {\n    startCheckout(solutionId: $solutionId, tier: $tier, offerId: $offerId) {\n      subscriptionId\n      checkoutUrl\n    }\n  }\n"): (typeof documents)["\n  mutation CheckoutButton_Start($solutionId: ID!, $tier: Tier!, $offerId: ID) {\n    startCheckout(solutionId: $solutionId, tier: $tier, offerId: $offerId) {\n      subscriptionId\n      checkoutUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutReturnPage_Confirm($input: CheckoutConfirmation!) {\n    confirmCheckout(input: $input) {\n      id\n      tier\n      status\n      currentPeriodEnd\n      nextChargeAt\n      nextCharge {\n        total {\n          paise\n          currency\n        }\n      }\n      solution {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckoutReturnPage_Confirm($input: CheckoutConfirmation!) {\n    confirmCheckout(input: $input) {\n      id\n      tier\n      status\n      currentPeriodEnd\n      nextChargeAt\n      nextCharge {\n        total {\n          paise\n          currency\n        }\n      }\n      solution {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutReturnPage_Usage($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      limit\n      used\n    }\n  }\n"): (typeof documents)["\n  query CheckoutReturnPage_Usage($solutionId: ID!) {\n    myUsage(solutionId: $solutionId) {\n      tier\n      limit\n      used\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseOffers_Offer on EnterpriseOffer {\n    id\n    status\n    price {\n      paise\n      currency\n    }\n    callAllowance\n    ratePerSecond\n    expiresAt\n    solution {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EnterpriseOffers_Offer on EnterpriseOffer {\n    id\n    status\n    price {\n      paise\n      currency\n    }\n    callAllowance\n    ratePerSecond\n    expiresAt\n    solution {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingPage_Invoices($first: Int, $after: String) {\n    myInvoices(first: $first, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        issuedAt\n        description\n        solution {\n          id\n          name\n        }\n        taxable {\n          paise\n          currency\n        }\n        cgst {\n          paise\n          currency\n        }\n        sgst {\n          paise\n          currency\n        }\n        igst {\n          paise\n          currency\n        }\n        total {\n          paise\n          currency\n        }\n        pdfUrl\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingPage_Invoices($first: Int, $after: String) {\n    myInvoices(first: $first, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        issuedAt\n        description\n        solution {\n          id\n          name\n        }\n        taxable {\n          paise\n          currency\n        }\n        cgst {\n          paise\n          currency\n        }\n        sgst {\n          paise\n          currency\n        }\n        igst {\n          paise\n          currency\n        }\n        total {\n          paise\n          currency\n        }\n        pdfUrl\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionList_Subscription on BillingSubscription {\n    id\n    tier\n    status\n    currentPeriodStart\n    currentPeriodEnd\n    nextChargeAt\n    nextCharge {\n      total {\n        paise\n        currency\n      }\n    }\n    cancelAtPeriodEnd\n    scheduledTier\n    graceEndsAt\n    paymentUrl\n    solution {\n      id\n      slug\n      name\n      prices {\n        tier\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SubscriptionList_Subscription on BillingSubscription {\n    id\n    tier\n    status\n    currentPeriodStart\n    currentPeriodEnd\n    nextChargeAt\n    nextCharge {\n      total {\n        paise\n        currency\n      }\n    }\n    cancelAtPeriodEnd\n    scheduledTier\n    graceEndsAt\n    paymentUrl\n    solution {\n      id\n      slug\n      name\n      prices {\n        tier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionList_Cancel($subscriptionId: ID!) {\n    cancelSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      nextChargeAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionList_Cancel($subscriptionId: ID!) {\n    cancelSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      nextChargeAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionList_Resume($subscriptionId: ID!) {\n    resumeSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      scheduledTier\n      nextChargeAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionList_Resume($subscriptionId: ID!) {\n    resumeSubscription(subscriptionId: $subscriptionId) {\n      id\n      status\n      cancelAtPeriodEnd\n      scheduledTier\n      nextChargeAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestModeBanner_Query {\n    billingConfig {\n      testMode\n    }\n  }\n"): (typeof documents)["\n  query TestModeBanner_Query {\n    billingConfig {\n      testMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpgradeButton_Query {\n    mySubscriptions {\n      id\n      tier\n      status\n      solution {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpgradeButton_Query {\n    mySubscriptions {\n      id\n      tier\n      status\n      solution {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PartnerRevenuePage_Query($solutionId: ID, $from: String, $to: String) {\n    partnerRevenue(solutionId: $solutionId, from: $from, to: $to) {\n      month\n      solution {\n        id\n        name\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n"): (typeof documents)["\n  query PartnerRevenuePage_Query($solutionId: ID, $from: String, $to: String) {\n    partnerRevenue(solutionId: $solutionId, from: $from, to: $to) {\n      month\n      solution {\n        id\n        name\n      }\n      gross {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      platformFee {\n        paise\n        currency\n      }\n      partnerNet {\n        paise\n        currency\n      }\n      payments\n      subscribers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerRevenuePage_Solutions {\n    mySolutions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerRevenuePage_Solutions {\n    mySolutions {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      solution {\n        id\n        tiers {\n          ...TierEditor_TierConfig\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TierEditor_SetSolutionTiers($solutionId: ID!, $tiers: [TierConfigInput!]!) {\n    setSolutionTiers(solutionId: $solutionId, tiers: $tiers) {\n      solution {\n        id\n        tiers {\n          ...TierEditor_TierConfig\n        }\n      }\n      problems {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TierHistory_Query($solutionId: ID!, $after: String) {\n    solutionById(id: $solutionId) {\n      id\n      tierHistory(first: 20, after: $after) {\n        nodes {\n          id\n          actorId\n          action\n          before\n          after\n          reason\n          at\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail_Confirm($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail_Confirm($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage_Me {\n    me {\n      id\n      name\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage_Me {\n    me {\n      id\n      name\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPage_UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsPage_UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPage_RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation SettingsPage_RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPage_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation SettingsPage_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage_Sessions {\n    mySessions {\n      id\n      createdAt\n      lastActiveAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage_Sessions {\n    mySessions {\n      id\n      createdAt\n      lastActiveAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPage_EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation SettingsPage_EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPage_EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation SettingsPage_EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolutionPage_Query($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      description\n      category\n      tags\n      baseUrl\n      documentationUrl\n      publisherName\n      tiers {\n        tier\n        ...TierCards_TierConfig\n      }\n      endpoints {\n        id\n        method\n        path\n        description\n        costWeight\n        tiers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionPage_Prices($slug: String!) {\n    solution(slug: $slug) {\n      id\n      prices {\n        tier\n        ...TierCards_PlanPrice\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolutionPage_Prices($slug: String!) {\n    solution(slug: $slug) {\n      id\n      prices {\n        tier\n        ...TierCards_PlanPrice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n"): (typeof documents)["\n  fragment TierCards_TierConfig on TierConfig {\n    tier\n    callAllowance\n    trialDays\n    billingPeriod\n    ratePerSecond\n    monthlyPricePaise\n    currency\n    limitMode\n    overagePricePaise\n    features {\n      key\n      type\n      booleanValue\n      numberValue\n      stringValue\n    }\n    highlights\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierCards_PlanPrice on PlanPrice {\n    tier\n    monthly {\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      gstRatePercent\n    }\n  }\n"): (typeof documents)["\n  fragment TierCards_PlanPrice on PlanPrice {\n    tier\n    monthly {\n      taxable {\n        paise\n        currency\n      }\n      gst {\n        paise\n        currency\n      }\n      total {\n        paise\n        currency\n      }\n      gstRatePercent\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;