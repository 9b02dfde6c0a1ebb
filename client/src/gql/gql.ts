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
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ProfileForm_expert on Expert {\n    id\n    version\n    fullName\n    title\n    bio\n    languages\n    formsOfExploitation\n    topics\n    availableForConsultation\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n    contactVisibility {\n      email\n      phone\n      messagingHandle\n    }\n  }\n": typeof types.ProfileForm_ExpertFragmentDoc,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      ...ProfileForm_expert\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query MyProfile {\n    viewer {\n      id\n      expert {\n        id\n        version\n        ...ProfileForm_expert\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation BeginTotpSetup($password: String!) {\n    beginTotpSetup(password: $password) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.BeginTotpSetupDocument,
    "\n  mutation ConfirmTotpSetup($code: String!) {\n    confirmTotpSetup(code: $code)\n  }\n": typeof types.ConfirmTotpSetupDocument,
    "\n  mutation DisableTotp($password: String!) {\n    disableTotp(password: $password) {\n      id\n      totpEnabled\n      totpRequired\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      networkRole\n      totpEnabled\n      totpRequired\n      coordinatorOf {\n        code\n        name\n      }\n      expert {\n        id\n        fullName\n      }\n      can {\n        inviteMembers\n        proposeMembers\n        approveInvitations\n        administer\n        seeCoverage\n        editOrganisations\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          summary\n          subjectType\n          subjectId\n          actorPerson {\n            id\n            name\n            former\n          }\n          subjectPerson {\n            id\n            name\n            former\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query MemberList($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MemberRow_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MemberListDocument,
    "\n  fragment MemberRow_member on Member {\n    id\n    email\n    status\n    networkRole\n    twoFactorEnabled\n    viewerCan {\n      suspend\n      changeRole\n      resetTwoFactor\n    }\n    country {\n      code\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n": typeof types.MemberRow_MemberFragmentDoc,
    "\n  mutation SuspendMember($id: ID!) {\n    suspendMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberRow_member\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      totpRequired\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query BaselineQuestions {\n    baselineQuestions {\n      key\n      theme\n      question\n      required\n      parts {\n        key\n        kind\n        options\n        max\n        optional\n      }\n    }\n  }\n": typeof types.BaselineQuestionsDocument,
    "\n  fragment BaselineAssessmentFields on BaselineAssessmentType {\n    id\n    municipalityId\n    municipalityName\n    countryCode\n    year\n    status\n    version\n    submittedAt\n    acceptedAt\n    missingRequired\n    viewerCan {\n      edit\n      submit\n      accept\n      reopen\n    }\n    answers {\n      question\n      parts {\n        part\n        choice\n        options\n        number\n        text\n      }\n    }\n  }\n": typeof types.BaselineAssessmentFieldsFragmentDoc,
    "\n  query BaselineAssessment($municipalityId: ID!, $year: Int!) {\n    baselineAssessment(municipalityId: $municipalityId, year: $year) {\n      ...BaselineAssessmentFields\n    }\n  }\n": typeof types.BaselineAssessmentDocument,
    "\n  mutation SaveBaselineDraft($input: SaveBaselineDraftInput!) {\n    saveBaselineDraft(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": typeof types.SaveBaselineDraftDocument,
    "\n  mutation SubmitBaseline($input: BaselineTransitionInput!) {\n    submitBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": typeof types.SubmitBaselineDocument,
    "\n  mutation AcceptBaseline($input: BaselineTransitionInput!) {\n    acceptBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": typeof types.AcceptBaselineDocument,
    "\n  mutation ReopenBaseline($input: BaselineTransitionInput!) {\n    reopenBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": typeof types.ReopenBaselineDocument,
    "\n  query BaselineComparison($municipalityId: ID!, $from: Int!, $to: Int!) {\n    baselineComparison(municipalityId: $municipalityId, from: $from, to: $to) {\n      municipalityId\n      municipalityName\n      countryCode\n      years {\n        year\n        status\n      }\n      from {\n        year\n      }\n      to {\n        year\n      }\n      rows {\n        question\n        changed\n        from {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n        to {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.BaselineComparisonDocument,
    "\n  query BaselineCountryReport($countryCode: String!, $year: Int!) {\n    baselineCountryReport(countryCode: $countryCode, year: $year) {\n      countryCode\n      countryName\n      year\n      counted\n      municipalities {\n        municipalityId\n        name\n        status\n        submittedAt\n      }\n      questions {\n        question\n        answered\n        parts {\n          part\n          kind\n          answered\n          counts {\n            option\n            count\n          }\n          total\n          min\n          max\n        }\n      }\n    }\n  }\n": typeof types.BaselineCountryReportDocument,
    "\n  fragment CostScenarioEditor_scenario on CostScenario {\n    id\n    title\n    summary\n    countryCode\n    municipalityId\n    municipalityName\n    currency\n    priceYear\n    templateKey\n    shared\n    version\n    mine\n    updatedAt\n    lines {\n      category\n      payer\n      unitCostMinor\n      quantity\n      period\n      periods\n      startDay\n      illustrative\n      sourceNote\n      totalMinor\n    }\n    totals {\n      totalMinor\n    }\n  }\n": typeof types.CostScenarioEditor_ScenarioFragmentDoc,
    "\n  query CostScenarioList($first: Int!, $after: String, $mine: Boolean) {\n    costScenarios(first: $first, after: $after, filter: { mine: $mine }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          countryCode\n          currency\n          priceYear\n          shared\n          mine\n          updatedAt\n          totals {\n            totalMinor\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CostScenarioListDocument,
    "\n  query CostTemplates {\n    costTemplates {\n      key\n      title\n      countryCode\n      currency\n      priceYear\n      summary\n      basis\n      source\n      lines {\n        category\n        payer\n        unitCostMinor\n        quantity\n        period\n        periods\n        startDay\n        illustrative\n        sourceNote\n        totalMinor\n      }\n    }\n  }\n": typeof types.CostTemplatesDocument,
    "\n  query CostScenario($id: ID!) {\n    costScenario(id: $id) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n": typeof types.CostScenarioDocument,
    "\n  query CostCountries {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.CostCountriesDocument,
    "\n  mutation SaveCostScenario($input: SaveCostScenarioInput!) {\n    saveCostScenario(input: $input) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n": typeof types.SaveCostScenarioDocument,
    "\n  mutation DeleteCostScenario($id: ID!) {\n    deleteCostScenario(id: $id)\n  }\n": typeof types.DeleteCostScenarioDocument,
    "\n  query PublishedCostFigures {\n    publishedCostFigures {\n      country\n      category\n      unit\n      amount\n      amountHigh\n      currency\n      year\n      note\n      sources {\n        id\n        title\n        publisher\n        address\n      }\n    }\n  }\n": typeof types.PublishedCostFiguresDocument,
    "\n  query CostComparison($ids: [ID!]!, $currency: CostCurrency!, $priceYear: Int!) {\n    costComparison(ids: $ids, currency: $currency, priceYear: $priceYear) {\n      currency\n      priceYear\n      entries {\n        scenario {\n          id\n          title\n          currency\n          priceYear\n        }\n        totals {\n          totalMinor\n          byGroup {\n            key\n            totalMinor\n          }\n          byCategory {\n            category\n            totalMinor\n          }\n        }\n      }\n    }\n  }\n": typeof types.CostComparisonDocument,
    "\n  query CostRates {\n    costRates {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n": typeof types.CostRatesDocument,
    "\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n    }\n  }\n": typeof types.SetExchangeRateDocument,
    "\n  mutation SetPriceIndex($input: SetPriceIndexInput!) {\n    setPriceIndex(input: $input) {\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n": typeof types.SetPriceIndexDocument,
    "\n  fragment CounterpartCard_counterpart on Counterpart {\n    reason\n    roleAssignment {\n      id\n      role\n      scope {\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n        ...ScopeLabel_scope\n      }\n    }\n    expert {\n      id\n      fullName\n      title\n      languages\n      availableForConsultation\n      organisation {\n        id\n        name\n      }\n      ...ExpertContacts_expert\n    }\n  }\n": typeof types.CounterpartCard_CounterpartFragmentDoc,
    "\n  query CounterpartPlaces($countryCode: String) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n      latitude\n      longitude\n      country {\n        code\n      }\n    }\n  }\n": typeof types.CounterpartPlacesDocument,
    "\n  query ViewerRoles {\n    viewer {\n      id\n      expert {\n        id\n        roles {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n": typeof types.ViewerRolesDocument,
    "\n  query Counterparts($role: Role!, $countryCode: String, $municipalityId: ID, $first: Int!) {\n    counterparts(role: $role, countryCode: $countryCode, municipalityId: $municipalityId, first: $first) {\n      expert {\n        id\n      }\n      ...CounterpartCard_counterpart\n    }\n  }\n": typeof types.CounterpartsDocument,
    "\n  query Coverage {\n    coverage {\n      countries {\n        country {\n          code\n          name\n        }\n        withContactPoint\n        membersOnly\n        nobody\n        serviceGaps {\n          service\n          targetGroup\n        }\n      }\n      municipalities {\n        municipality {\n          id\n          name\n          latitude\n          longitude\n          country {\n            code\n            name\n          }\n        }\n        status\n        experts\n        organisations\n      }\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query DirectoryActivityCursor {\n    networkActivity(first: 1) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DirectoryActivityCursorDocument,
    "\n  subscription DirectoryActivity($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        kind\n        expert {\n          id\n          ...ExpertRow_expert\n        }\n        organisation {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n    }\n  }\n": typeof types.DirectoryActivityDocument,
    "\n  fragment AffiliationLine_expert on Expert {\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.AffiliationLine_ExpertFragmentDoc,
    "\n  fragment ExpertContacts_expert on Expert {\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n  }\n": typeof types.ExpertContacts_ExpertFragmentDoc,
    "\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExpertDirectoryDocument,
    "\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      role\n      status\n      ...RoleAssignments_role\n    }\n    viewerCan {\n      edit\n    }\n    ...ExpertContacts_expert\n  }\n": typeof types.ExpertProfile_ExpertFragmentDoc,
    "\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n": typeof types.ExpertProfileDocument,
    "\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    roles {\n      id\n      role\n      status\n    }\n    ...ExpertContacts_expert\n  }\n": typeof types.ExpertRow_ExpertFragmentDoc,
    "\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n    status\n  }\n": typeof types.RoleAssignments_RoleFragmentDoc,
    "\n  mutation StartExpertExport($filter: ExpertFilter) {\n    startExpertExport(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.StartExpertExportDocument,
    "\n  query ExpertFacets($filter: ExpertFilter) {\n    expertFacets(filter: $filter) {\n      total\n      availableForConsultation\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      organisationTypes {\n        value\n        count\n      }\n      roles {\n        value\n        count\n      }\n      formsOfExploitation {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n": typeof types.ExpertFacetsDocument,
    "\n  query OrganisationFacets($filter: OrganisationFilter) {\n    organisationFacets(filter: $filter) {\n      total\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      types {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      targetGroups {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n": typeof types.OrganisationFacetsDocument,
    "\n  fragment ForumSummary_forum on Forum {\n    id\n    slug\n    title\n    description\n    level\n    countryCode\n    municipalityName\n    visibility\n    threadCount\n    unreadCount\n    newThreadCount\n    lastPostAt\n  }\n": typeof types.ForumSummary_ForumFragmentDoc,
    "\n  query Forums {\n    forums {\n      id\n      ...ForumSummary_forum\n    }\n  }\n": typeof types.ForumsDocument,
    "\n  query ForumPage($slug: String!, $first: Int!, $after: String, $tag: String, $solved: Boolean, $unanswered: Boolean) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      watchLevel\n      viewerCan {\n        manage\n        moderate\n        startThread\n      }\n      threads(first: $first, after: $after, tag: $tag, solved: $solved, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            tags\n            pinned\n            locked\n            closed\n            solvedPostId\n            postCount\n            lastPostAt\n            author {\n              name\n              former\n            }\n            unreadCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForumPageDocument,
    "\n  subscription ThreadActivity($forumId: ID!, $after: String) {\n    # Everything a row shows but the reader's unread count, which live payloads do not carry (null): the cached\n    # count is kept instead of being overwritten.\n    threadActivity(forumId: $forumId, after: $after) {\n      cursor\n      node {\n        id\n        title\n        tags\n        pinned\n        locked\n        closed\n        solvedPostId\n        postCount\n        lastPostAt\n        author {\n          name\n          former\n        }\n      }\n    }\n  }\n": typeof types.ThreadActivityDocument,
    "\n  mutation VisitForum($forumId: ID!) {\n    visitForum(forumId: $forumId) {\n      id\n      newThreadCount\n    }\n  }\n": typeof types.VisitForumDocument,
    "\n  mutation SetForumWatchLevel($forumId: ID!, $level: WatchLevel!) {\n    setWatchLevel(input: { forumId: $forumId, level: $level }) {\n      forum {\n        id\n        watchLevel\n      }\n    }\n  }\n": typeof types.SetForumWatchLevelDocument,
    "\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      viewerCan {\n        startThread\n      }\n    }\n  }\n": typeof types.NewThreadForumDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  query ModerationQueue {\n    moderationQueue {\n      postId\n      threadId\n      threadTitle\n      forumSlug\n      text\n      hidden\n      flagCount\n      reasons\n      lastFlaggedAt\n      author {\n        name\n      }\n      confirmedFindings {\n        field\n        kind\n        start\n        end\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation QueueModeratePost($postId: ID!, $action: PostModeration!, $reason: String) {\n    moderatePost(postId: $postId, action: $action, input: { reason: $reason }) {\n      id\n      hidden\n    }\n  }\n": typeof types.QueueModeratePostDocument,
    "\n  mutation QueueModerateThread($threadId: ID!, $action: ThreadModeration!, $reason: String) {\n    moderateThread(threadId: $threadId, action: $action, input: { reason: $reason }) {\n      id\n      locked\n      pinned\n      closed\n    }\n  }\n": typeof types.QueueModerateThreadDocument,
    "\n  mutation DismissFlags($postId: ID!, $reason: String!) {\n    dismissFlags(postId: $postId, input: { reason: $reason }) {\n      id\n    }\n  }\n": typeof types.DismissFlagsDocument,
    "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateForumDocument,
    "\n  query EditForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      version\n      viewerCan {\n        manage\n        manageMembers\n      }\n      ...ForumPeople\n    }\n  }\n": typeof types.EditForumDocument,
    "\n  fragment ForumPeople on Forum {\n    id\n    moderators {\n      userId\n      name\n      organisationName\n    }\n    members {\n      userId\n      name\n      organisationName\n    }\n  }\n": typeof types.ForumPeopleFragmentDoc,
    "\n  query ForumCandidates($slug: String!, $text: String!, $role: ForumRole!) {\n    forum(slug: $slug) {\n      id\n      candidatePeople(text: $text, role: $role) {\n        userId\n        name\n        organisationName\n      }\n    }\n  }\n": typeof types.ForumCandidatesDocument,
    "\n  mutation SetForumModerators($input: ForumPeopleInput!) {\n    setForumModerators(input: $input) {\n      ...ForumPeople\n    }\n  }\n": typeof types.SetForumModeratorsDocument,
    "\n  mutation AddForumMembers($input: ForumPeopleInput!) {\n    addForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n": typeof types.AddForumMembersDocument,
    "\n  mutation RemoveForumMembers($input: ForumPeopleInput!) {\n    removeForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n": typeof types.RemoveForumMembersDocument,
    "\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      title\n      description\n      visibility\n      version\n    }\n  }\n": typeof types.UpdateForumDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organisationName\n      countryName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationQueue($status: InvitationStatus, $first: Int!, $after: String) {\n    invitations(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...InvitationCard_invitation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InvitationQueueDocument,
    "\n  fragment InvitationCard_invitation on Invitation {\n    id\n    email\n    fullName\n    jobTitle\n    kind\n    status\n    awaitingApprovalBy\n    networkRole\n    reason\n    newOrganisationName\n    createdAt\n    expiresAt\n    country {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n    invitedBy {\n      id\n      fullName\n    }\n    approvedBy {\n      id\n      fullName\n    }\n    viewerCan {\n      approve\n      decline\n      revoke\n      resend\n    }\n  }\n": typeof types.InvitationCard_InvitationFragmentDoc,
    "\n  mutation ApproveInvitation($id: ID!) {\n    approveInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": typeof types.ApproveInvitationDocument,
    "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ProposeMember($input: ProposeMemberInput!) {\n    proposeMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n": typeof types.ProposeMemberDocument,
    "\n  query InvitationOrganisations($filter: OrganisationFilter!, $first: Int!) {\n    organisations(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": typeof types.InvitationOrganisationsDocument,
    "\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n": typeof types.PendingApprovalCountDocument,
    "\n  query JoinContacts {\n    joinContacts {\n      countryCode\n      countryName\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JoinContactsDocument,
    "\n  query MemberStart {\n    viewer {\n      id\n      expert {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MemberStartDocument,
    "\n  query MunicipalityCounts($countryCode: String) {\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n        name\n        latitude\n        longitude\n        country {\n          code\n          name\n        }\n      }\n      organisations\n      experts\n    }\n  }\n": typeof types.MunicipalityCountsDocument,
    "\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      viewerCan {\n        manage\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingAgendaDocument,
    "\n  mutation SaveMeetingAgenda($input: SaveAgendaInput!) {\n    saveMeetingAgenda(input: $input) {\n      id\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.SaveMeetingAgendaDocument,
    "\n  fragment MeetingLiveState_state on MeetingLiveState {\n    meetingId\n    sequence\n    status\n    startsAt\n    endsAt\n    timeZone\n    readAt\n    agenda {\n      version\n      items {\n        id\n        position\n        title\n        plannedMinutes\n        startsAt\n        endsAt\n        startedAt\n        endedAt\n        presenter {\n          userId\n          name\n          countryCode\n        }\n        links {\n          url\n          label\n        }\n      }\n      nowDiscussing {\n        itemId\n        position\n        startedAt\n        extraMinutes\n        plannedEndsAt\n      }\n    }\n    speakerQueue {\n      balanced\n      viewerRequestId\n      speaking {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      waiting {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      turnsByCountry {\n        countryCode\n        turns\n      }\n    }\n    attendance {\n      presentCount\n      attendedCount\n      viewerPresent\n      present {\n        inPerson\n        checkedInAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      byCountry {\n        countryCode\n        present\n        expected\n        attended\n      }\n    }\n  }\n": typeof types.MeetingLiveState_StateFragmentDoc,
    "\n  query MeetingLive($id: ID!) {\n    viewer {\n      id\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerStatus\n      viewerCan {\n        manage\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.MeetingLiveDocument,
    "\n  subscription MeetingLiveEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      __typename\n      sequence\n      kind\n      occurredAt\n      ... on MeetingAgendaAdvanced {\n        currentItemId\n        currentPosition\n        startedAt\n        currentPlannedEndsAt\n        previousItemId\n      }\n      ... on MeetingAgendaExtended {\n        itemId\n        extraMinutes\n        plannedEndsAt\n      }\n      ... on MeetingHandRaised {\n        requestId\n        userId\n        name\n        countryCode\n        raisedAt\n      }\n      ... on MeetingHandLowered {\n        requestId\n        userId\n      }\n      ... on MeetingSpeakerCalled {\n        requestId\n        userId\n        name\n        countryCode\n      }\n      ... on MeetingSpeakerFinished {\n        requestId\n        userId\n      }\n      ... on MeetingParticipantCheckedIn {\n        userId\n        name\n        countryCode\n        inPerson\n        checkedInAt\n      }\n      ... on MeetingParticipantLeft {\n        userId\n        countryCode\n      }\n    }\n  }\n": typeof types.MeetingLiveEventsDocument,
    "\n  mutation StartMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation EndMeeting($id: ID!) {\n    endMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.EndMeetingDocument,
    "\n  mutation MoveMeetingAgenda($input: MoveAgendaInput!) {\n    moveMeetingAgenda(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.MoveMeetingAgendaDocument,
    "\n  mutation ExtendMeetingAgendaItem($input: ExtendAgendaItemInput!) {\n    extendMeetingAgendaItem(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.ExtendMeetingAgendaItemDocument,
    "\n  mutation RaiseHand($meetingId: ID!) {\n    raiseHand(meetingId: $meetingId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.RaiseHandDocument,
    "\n  mutation LowerHand($meetingId: ID!, $requestId: ID) {\n    lowerHand(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.LowerHandDocument,
    "\n  mutation CallNextSpeaker($meetingId: ID!, $requestId: ID) {\n    callNextSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.CallNextSpeakerDocument,
    "\n  mutation FinishSpeaker($meetingId: ID!, $requestId: ID!) {\n    finishSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.FinishSpeakerDocument,
    "\n  mutation SetSpeakerBalance($meetingId: ID!, $balanced: Boolean!) {\n    setSpeakerBalance(meetingId: $meetingId, balanced: $balanced) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.SetSpeakerBalanceDocument,
    "\n  mutation CheckInToMeeting($input: CheckInInput!) {\n    checkInToMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.CheckInToMeetingDocument,
    "\n  mutation LeaveMeeting($input: LeaveMeetingInput!) {\n    leaveMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": typeof types.LeaveMeetingDocument,
    "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    viewerStatus\n  }\n": typeof types.MeetingSummary_MeetingFragmentDoc,
    "\n  query MeetingList($when: MeetingWhen!, $level: Level, $countryCode: String, $first: Int!, $after: String) {\n    meetings(when: $when, level: $level, countryCode: $countryCode, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MeetingSummary_meeting\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MeetingListDocument,
    "\n  query MeetingCountries {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.MeetingCountriesDocument,
    "\n  fragment MeetingDetail_meeting on Meeting {\n    id\n    version\n    title\n    purpose\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    venue\n    visibility\n    hasOnlineLink\n    onlineLink\n    capacity\n    acceptedCount\n    waitingCount\n    invitedCount\n    cancelReason\n    calendarPath\n    viewerStatus\n    viewerCan {\n      manage\n      rsvp\n      answerDatePoll\n    }\n    hosts {\n      userId\n      name\n    }\n    participants {\n      userId\n      name\n      countryCode\n      municipalityName\n      role\n      status\n      note\n    }\n    dateSlots {\n      id\n      startsAt\n      endsAt\n      yes\n      ifNeedBe\n      no\n      best\n      viewerAnswer\n    }\n  }\n": typeof types.MeetingDetail_MeetingFragmentDoc,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetail_meeting\n    }\n    calendarFeedCreatedAt\n  }\n": typeof types.MeetingDetailDocument,
    "\n  mutation MeetingRsvp($input: RsvpInput!) {\n    rsvpMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": typeof types.MeetingRsvpDocument,
    "\n  mutation MeetingAnswerSlots($input: AnswerSlotsInput!) {\n    answerMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": typeof types.MeetingAnswerSlotsDocument,
    "\n  mutation MeetingCreateCalendarFeed {\n    createCalendarFeed {\n      createdAt\n      url\n    }\n  }\n": typeof types.MeetingCreateCalendarFeedDocument,
    "\n  fragment PollsPanel_poll on MeetingPoll {\n    id\n    question\n    status\n    multiple\n    anonymous\n    voterCount\n    viewerChoice\n    options {\n      id\n      label\n      votes\n    }\n    voters {\n      userId\n      name\n      optionIds\n    }\n  }\n": typeof types.PollsPanel_PollFragmentDoc,
    "\n  fragment QuestionsPanel_question on MeetingQuestion {\n    id\n    text\n    authorName\n    upvotes\n    viewerUpvoted\n    viewerAsked\n    answered\n    hidden\n  }\n": typeof types.QuestionsPanel_QuestionFragmentDoc,
    "\n  fragment DecisionsPanel_note on MeetingNote {\n    id\n    kind\n    text\n    createdAt\n  }\n": typeof types.DecisionsPanel_NoteFragmentDoc,
    "\n  fragment ActionItemList_item on MeetingActionItem {\n    id\n    text\n    ownerName\n    dueOn\n    status\n    meetingId\n    meetingTitle\n    viewerCanUpdate\n  }\n": typeof types.ActionItemList_ItemFragmentDoc,
    "\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      lastEventSequence\n      viewerCanOutcomes {\n        run\n        takePart\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      polls {\n        id\n        ...PollsPanel_poll\n      }\n      questions {\n        id\n        ...QuestionsPanel_question\n      }\n      notes {\n        id\n        ...DecisionsPanel_note\n      }\n      actionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n": typeof types.MeetingOutcomesDocument,
    "\n  query MeetingCarriedActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      carriedActionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n": typeof types.MeetingCarriedActionItemsDocument,
    "\n  subscription MeetingOutcomeEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      sequence\n      kind\n      ... on MeetingVoteCounted {\n        pollId\n        voterCount\n        options {\n          optionId\n          votes\n        }\n      }\n    }\n  }\n": typeof types.MeetingOutcomeEventsDocument,
    "\n  mutation CreateMeetingPoll($input: CreateMeetingPollInput!) {\n    createMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": typeof types.CreateMeetingPollDocument,
    "\n  mutation OpenMeetingPoll($id: ID!) {\n    openMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": typeof types.OpenMeetingPollDocument,
    "\n  mutation CloseMeetingPoll($id: ID!) {\n    closeMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": typeof types.CloseMeetingPollDocument,
    "\n  mutation VoteMeetingPoll($input: VoteMeetingPollInput!) {\n    voteMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": typeof types.VoteMeetingPollDocument,
    "\n  mutation AskMeetingQuestion($input: AskMeetingQuestionInput!) {\n    askMeetingQuestion(input: $input) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": typeof types.AskMeetingQuestionDocument,
    "\n  mutation UpvoteMeetingQuestion($id: ID!) {\n    upvoteMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": typeof types.UpvoteMeetingQuestionDocument,
    "\n  mutation AnswerMeetingQuestion($id: ID!) {\n    answerMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": typeof types.AnswerMeetingQuestionDocument,
    "\n  mutation HideMeetingQuestion($id: ID!) {\n    hideMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": typeof types.HideMeetingQuestionDocument,
    "\n  mutation AddMeetingNote($input: AddMeetingNoteInput!) {\n    addMeetingNote(input: $input) {\n      id\n      ...DecisionsPanel_note\n    }\n  }\n": typeof types.AddMeetingNoteDocument,
    "\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n": typeof types.AddMeetingActionItemDocument,
    "\n  mutation SetMeetingActionItemStatus($input: SetMeetingActionItemStatusInput!) {\n    setMeetingActionItemStatus(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n": typeof types.SetMeetingActionItemStatusDocument,
    "\n  fragment MinutesPage_minutes on MeetingMinutes {\n    meetingId\n    status\n    source\n    html\n    version\n    updatedAt\n    publishedAt\n  }\n": typeof types.MinutesPage_MinutesFragmentDoc,
    "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerCanOutcomes {\n        writeMinutes\n      }\n      minutes {\n        id\n        ...MinutesPage_minutes\n      }\n    }\n  }\n": typeof types.MeetingMinutesDocument,
    "\n  mutation GenerateMeetingMinutes($meetingId: ID!, $expectedVersion: Int) {\n    generateMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n": typeof types.GenerateMeetingMinutesDocument,
    "\n  mutation UpdateMeetingMinutes($input: UpdateMeetingMinutesInput!) {\n    updateMeetingMinutes(input: $input) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n": typeof types.UpdateMeetingMinutesDocument,
    "\n  mutation PublishMeetingMinutes($meetingId: ID!, $expectedVersion: Int!) {\n    publishMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n": typeof types.PublishMeetingMinutesDocument,
    "\n  fragment PollTally_poll on MeetingPoll {\n    id\n    voterCount\n    options {\n      id\n      votes\n    }\n  }\n": typeof types.PollTally_PollFragmentDoc,
    "\n  query MeetingPlanning {\n    meetingPlanning {\n      canPlan\n      regional\n      countryCodes\n    }\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.MeetingPlanningDocument,
    "\n  query PlanMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n": typeof types.PlanMunicipalitiesDocument,
    "\n  query ContactPointPlaces($countryCode: String!) {\n    contactPointPlaces(countryCode: $countryCode) {\n      municipalityId\n      name\n      countryCode\n      latitude\n      longitude\n      contactPointCount\n    }\n  }\n": typeof types.ContactPointPlacesDocument,
    "\n  query MeetingCandidates($text: String!) {\n    meetingCandidates(text: $text) {\n      userId\n      expertId\n      name\n      organisationName\n      countryCode\n    }\n  }\n": typeof types.MeetingCandidatesDocument,
    "\n  mutation PlanCreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PlanCreateMeetingDocument,
    "\n  mutation PlanProposeSlots($input: ProposeSlotsInput!) {\n    proposeMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": typeof types.PlanProposeSlotsDocument,
    "\n  mutation PlanInvite($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitedCount\n    }\n  }\n": typeof types.PlanInviteDocument,
    "\n  mutation PlanInviteContactPoints($input: InviteContactPointsInput!) {\n    inviteContactPoints(input: $input) {\n      invitedCount\n      contactPointCount\n      withoutContactPoint {\n        municipalityId\n        name\n        countryCode\n      }\n      meeting {\n        id\n        invitedCount\n      }\n    }\n  }\n": typeof types.PlanInviteContactPointsDocument,
    "\n  mutation PlanScheduleMeeting($id: ID!) {\n    scheduleMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PlanScheduleMeetingDocument,
    "\n  mutation PlanUpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": typeof types.PlanUpdateMeetingDocument,
    "\n  mutation PlanPickSlot($meetingId: ID!, $slotId: ID!) {\n    pickMeetingSlot(meetingId: $meetingId, slotId: $slotId) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": typeof types.PlanPickSlotDocument,
    "\n  query MeetingCanPlan {\n    meetingPlanning {\n      canPlan\n    }\n  }\n": typeof types.MeetingCanPlanDocument,
    "\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n": typeof types.ActivityEntry_ActivityFragmentDoc,
    "\n  query NetworkStats {\n    networkStats {\n      countries\n      otherCountries\n      municipalities\n      organisations\n      experts\n    }\n  }\n": typeof types.NetworkStatsDocument,
    "\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n": typeof types.ActivityFeedDocument,
    "\n  subscription ActivityFeedUpdates($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        ...ActivityEntry_activity\n      }\n    }\n  }\n": typeof types.ActivityFeedUpdatesDocument,
    "\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      displayName\n      expertId\n    }\n    subject {\n      type\n      title\n      path\n    }\n  }\n": typeof types.NotificationEntry_NotificationFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationEntry_notification\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationsUpdates($after: String) {\n    notifications: notificationAdded(after: $after) {\n      cursor\n      node {\n        id\n        ...NotificationEntry_notification\n      }\n    }\n  }\n": typeof types.NotificationsUpdatesDocument,
    "\n  subscription NotificationArrived {\n    notificationAdded {\n      cursor\n      node {\n        id\n      }\n    }\n  }\n": typeof types.NotificationArrivedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead($upTo: String) {\n    markAllNotificationsRead(upTo: $upTo)\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment OrganisationEditForm_organisation on Organisation {\n    id\n    version\n    name\n    acronym\n    description\n    website\n    phone\n    email\n    services {\n      id\n      kind\n      hotline\n    }\n  }\n": typeof types.OrganisationEditForm_OrganisationFragmentDoc,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationEditForm_organisation\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationDirectoryDocument,
    "\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationPeople_OrganisationFragmentDoc,
    "\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    phone\n    email\n    viewerCan {\n      edit\n    }\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n": typeof types.OrganisationProfile_OrganisationFragmentDoc,
    "\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n": typeof types.OrganisationProfileDocument,
    "\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n": typeof types.OrganisationRow_OrganisationFragmentDoc,
    "\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n    hotline\n    address\n  }\n": typeof types.ServiceCard_ServiceFragmentDoc,
    "\n  query MunicipalityDirectory($municipalityId: ID!, $countryCode: String!, $member: Boolean!) {\n    organisations(first: 100, filter: { municipalityId: $municipalityId }) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            kind\n          }\n        }\n      }\n    }\n    contactPoints: experts(first: 5, filter: { municipalityId: $municipalityId, role: MUNICIPAL_CONTACT_POINT }) @include(if: $member) {\n      edges {\n        node {\n          id\n          fullName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n      }\n      organisations\n      experts\n    }\n  }\n": typeof types.MunicipalityDirectoryDocument,
    "\n  fragment PathwayStepCard_step on PathwayStep {\n    id\n    position\n    stage\n    chainRole\n    action\n    handOver\n    formsOfExploitation\n    targetGroups\n    refersToNational\n    crossBorder\n    organisation {\n      id\n      name\n      phone\n      email\n    }\n    contact {\n      expertId\n      fullName\n      phone\n      email\n    }\n  }\n": typeof types.PathwayStepCard_StepFragmentDoc,
    "\n  fragment PathwayGapList_gap on PathwayGap {\n    kind\n    stage\n    targetGroup\n    stepId\n    organisationName\n  }\n": typeof types.PathwayGapList_GapFragmentDoc,
    "\n  fragment PathwayVersionView_version on PathwayVersion {\n    id\n    number\n    createdAt\n    publishedAt\n    steps {\n      id\n      stage\n      ...PathwayStepCard_step\n    }\n    gaps {\n      ...PathwayGapList_gap\n    }\n  }\n": typeof types.PathwayVersionView_VersionFragmentDoc,
    "\n  query MunicipalityPathway($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      level\n      countryCode\n      isPublic\n      latestVersion\n      viewerCan {\n        edit\n        publish\n        readDraft\n        setPublic\n      }\n      published {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n      draft {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n    }\n  }\n": typeof types.MunicipalityPathwayDocument,
    "\n  query PathwayHistory($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      versions {\n        id\n        number\n        reason\n        authorName\n        createdAt\n        publishedAt\n      }\n    }\n  }\n": typeof types.PathwayHistoryDocument,
    "\n  query PathwayDiff($municipalityId: ID, $countryCode: String, $from: Int!, $to: Int!) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      diff(from: $from, to: $to) {\n        stepId\n        change\n        position\n        stage\n        fields {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.PathwayDiffDocument,
    "\n  query PathwayEditor($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      latestVersion\n      viewerCan {\n        edit\n        publish\n      }\n      published {\n        id\n        number\n      }\n      draft {\n        id\n        number\n        steps {\n          id\n          position\n          stage\n          chainRole\n          action\n          handOver\n          formsOfExploitation\n          targetGroups\n          refersToNational\n          organisation {\n            id\n          }\n          contact {\n            expertId\n          }\n        }\n      }\n    }\n  }\n": typeof types.PathwayEditorDocument,
    "\n  mutation SavePathwayDraft($input: SavePathwayDraftInput!) {\n    savePathwayDraft(input: $input) {\n      id\n      latestVersion\n      draft {\n        id\n        number\n      }\n    }\n  }\n": typeof types.SavePathwayDraftDocument,
    "\n  mutation PublishPathway($input: PublishPathwayInput!) {\n    publishPathway(input: $input) {\n      id\n      latestVersion\n      published {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PublishPathwayDocument,
    "\n  mutation SetPathwayPublic($input: SetPathwayPublicInput!) {\n    setPathwayPublic(input: $input) {\n      id\n      isPublic\n    }\n  }\n": typeof types.SetPathwayPublicDocument,
    "\n  query PathwayOrganisations($countryCode: String!) {\n    organisations(first: 100, filter: { countryCode: $countryCode }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PathwayOrganisationsDocument,
    "\n  query PathwayList {\n    referralPathways(first: 100) {\n      edges {\n        node {\n          id\n          level\n          countryCode\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PathwayListDocument,
    "\n  query MunicipalityPlaces {\n    municipalities {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MunicipalityPlacesDocument,
    "\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.PlaceFilterCountriesDocument,
    "\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n": typeof types.PlaceFilterMunicipalitiesDocument,
    "\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.ScopeLabel_ScopeFragmentDoc,
    "\n  fragment SearchHit_thread on ThreadMatch {\n    id\n    threadTitle\n    forumTitle\n    lastPostAt\n  }\n": typeof types.SearchHit_ThreadFragmentDoc,
    "\n  fragment SearchHit_post on PostMatch {\n    id\n    threadId\n    threadTitle\n    forumTitle\n    snippet\n    createdAt\n  }\n": typeof types.SearchHit_PostFragmentDoc,
    "\n  fragment SearchHit_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n  }\n": typeof types.SearchHit_ExpertFragmentDoc,
    "\n  fragment SearchHit_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n  }\n": typeof types.SearchHit_OrganisationFragmentDoc,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      expertCount\n      organisationCount\n      threadCount\n      postCount\n      hits {\n        score\n        node {\n          ... on Expert {\n            id\n            ...SearchHit_expert\n          }\n          ... on Organisation {\n            id\n            ...SearchHit_organisation\n          }\n          ... on ThreadMatch {\n            id\n            ...SearchHit_thread\n          }\n          ... on PostMatch {\n            id\n            ...SearchHit_post\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation ThreadModeratePost($postId: ID!, $action: PostModeration!) {\n    moderatePost(postId: $postId, action: $action) {\n      id\n      ...PostCard_post\n    }\n  }\n": typeof types.ThreadModeratePostDocument,
    "\n  fragment PostAuthor_author on PostAuthor {\n    name\n    expertId\n    organisationName\n    suspended\n    former\n  }\n": typeof types.PostAuthor_AuthorFragmentDoc,
    "\n  fragment PostCard_post on Post {\n    id\n    position\n    threadId\n    createdAt\n    edited\n    editedAt\n    hidden\n    removed\n    purged\n    html\n    source\n    version\n    author {\n      name\n      former\n      ...PostAuthor_author\n    }\n    replyTo {\n      id\n      position\n      author {\n        name\n        former\n      }\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    viewerCan {\n      edit\n      delete\n      flag\n      moderate\n      react\n      seeHistory\n    }\n  }\n": typeof types.PostCard_PostFragmentDoc,
    "\n  subscription ThreadPageChanges($threadId: ID!, $after: String) {\n    threadChanged(threadId: $threadId, after: $after) {\n      __typename\n      ... on PostChanged {\n        cursor\n        post {\n          id\n          edited\n          editedAt\n          hidden\n          removed\n          purged\n          html\n          source\n          version\n          reactions {\n            kind\n            count\n            mine\n          }\n          viewerCan {\n            edit\n            delete\n            flag\n            moderate\n            react\n            seeHistory\n          }\n        }\n      }\n      ... on ThreadStateChanged {\n        cursor\n        thread {\n          id\n          forumId\n          title\n          tags\n          pinned\n          locked\n          closed\n          solvedPostId\n          viewerCan {\n            reply\n            markSolved\n            moderate\n          }\n        }\n      }\n      ... on ThreadMerged {\n        cursor\n        threadId\n        targetThreadId\n      }\n    }\n  }\n": typeof types.ThreadPageChangesDocument,
    "\n  mutation SetThreadWatch($input: SetWatchLevelInput!) {\n    setWatchLevel(input: $input) {\n      thread {\n        id\n        watchLevel\n      }\n    }\n  }\n": typeof types.SetThreadWatchDocument,
    "\n  mutation ThreadModerateThread($threadId: ID!, $action: ThreadModeration!) {\n    moderateThread(threadId: $threadId, action: $action) {\n      id\n      pinned\n      locked\n      closed\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n    }\n  }\n": typeof types.ThreadModerateThreadDocument,
    "\n  fragment ThreadHeader_thread on ThreadPage {\n    id\n    title\n    tags\n    pinned\n    locked\n    closed\n    solvedPostId\n    createdAt\n    postCount\n    watchLevel\n    forum {\n      id\n      slug\n      title\n    }\n    viewerCan {\n      moderate\n    }\n  }\n": typeof types.ThreadHeader_ThreadFragmentDoc,
    "\n  mutation MarkSolved($threadId: ID!, $postId: ID) {\n    markSolved(threadId: $threadId, postId: $postId) {\n      id\n      solvedPostId\n    }\n  }\n": typeof types.MarkSolvedDocument,
    "\n  mutation React($input: ReactionInput!) {\n    react(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($input: ReactionInput!) {\n    unreact(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      ...PostCard_post\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n      viewerCan {\n        flag\n      }\n    }\n  }\n": typeof types.FlagPostDocument,
    "\n  query PostHistory($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, after: $after) {\n        edges {\n          node {\n            id\n            history {\n              version\n              createdAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostHistoryDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      id\n      position\n      ...PostCard_post\n    }\n  }\n": typeof types.AddPostDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation DiscardDraft($threadId: ID!) {\n    discardDraft(threadId: $threadId) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n": typeof types.DiscardDraftDocument,
    "\n  query PreviewPost($threadId: ID!, $source: String!) {\n    previewPost(threadId: $threadId, source: $source)\n  }\n": typeof types.PreviewPostDocument,
    "\n  query MentionCandidates($threadId: ID!, $query: String!) {\n    mentionCandidates(threadId: $threadId, query: $query) {\n      expertId\n      name\n      organisationName\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadHeader_thread\n      changesCursor\n      lastReadPosition\n      firstUnreadCursor\n      unreadCount\n      postCount\n      locked\n      closed\n      solvedPostId\n      draft {\n        source\n        updatedAt\n      }\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            position\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    postAdded(threadId: $threadId, after: $after) {\n      cursor\n      node {\n        id\n        position\n        ...PostCard_post\n      }\n    }\n  }\n": typeof types.ThreadPostAddedDocument,
    "\n  mutation MarkThreadRead($input: MarkReadInput!) {\n    markRead(input: $input) {\n      id\n      lastReadPosition\n      unreadCount\n      firstUnreadCursor\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query UpkeepCountries {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.UpkeepCountriesDocument,
    "\n  query MyRoles {\n    viewer {\n      id\n      expert {\n        id\n        lastConfirmedAt\n        country {\n          code\n        }\n        roles {\n          id\n          role\n          status\n          startsOn\n          endsOn\n          scope {\n            level\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRolesDocument,
    "\n  mutation AddMyRole($input: AddMyRoleInput!) {\n    addMyRole(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMyRoleDocument,
    "\n  mutation EndMyRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      id\n      status\n      endsOn\n    }\n  }\n": typeof types.EndMyRoleDocument,
    "\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      id\n      lastConfirmedAt\n    }\n  }\n": typeof types.ConfirmMyProfileDocument,
    "\n  query NetworkRoleExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      fullName\n      country {\n        code\n      }\n    }\n  }\n": typeof types.NetworkRoleExpertDocument,
    "\n  mutation AssignNetworkRole($input: AssignNetworkRoleInput!) {\n    assignNetworkRole(input: $input) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.AssignNetworkRoleDocument,
    "\n  query OrganisationFreshness($id: ID!) {\n    organisation(id: $id) {\n      id\n      status\n      lastConfirmedAt\n      mergedInto {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganisationFreshnessDocument,
    "\n  fragment OrganisationStewardship_organisation on Organisation {\n    id\n    version\n    type\n    publiclyListed\n    status\n    lastConfirmedAt\n    viewerCan {\n      confirm\n      close\n    }\n  }\n": typeof types.OrganisationStewardship_OrganisationFragmentDoc,
    "\n  mutation UpdateOrganisationListing($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n": typeof types.UpdateOrganisationListingDocument,
    "\n  mutation ConfirmOrganisation($id: ID!) {\n    confirmOrganisation(id: $id) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n": typeof types.ConfirmOrganisationDocument,
    "\n  mutation CloseOrganisation($input: CloseOrganisationInput!) {\n    closeOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CloseOrganisationDocument,
    "\n  query ProposedOrganisations {\n    proposedOrganisations {\n      id\n      name\n      type\n      proposalReason\n      scope {\n        level\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n      viewerCan {\n        approve\n      }\n    }\n  }\n": typeof types.ProposedOrganisationsDocument,
    "\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveOrganisationDocument,
    "\n  mutation DeclineOrganisation($id: ID!, $reason: String) {\n    declineOrganisation(id: $id, reason: $reason)\n  }\n": typeof types.DeclineOrganisationDocument,
    "\n  fragment ServicesEditor_organisation on Organisation {\n    id\n    version\n    lastConfirmedAt\n    services {\n      id\n      kind\n      capacity\n      targetGroups\n      languages\n      available24x7\n      formsOfExploitation\n      description\n      hotline\n      address\n    }\n  }\n": typeof types.ServicesEditor_OrganisationFragmentDoc,
    "\n  mutation AddOrganisationService($input: AddServiceInput!) {\n    addOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n": typeof types.AddOrganisationServiceDocument,
    "\n  mutation UpdateOrganisationService($input: UpdateServiceInput!) {\n    updateOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n": typeof types.UpdateOrganisationServiceDocument,
    "\n  mutation RemoveOrganisationService($input: RemoveServiceInput!) {\n    removeOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n": typeof types.RemoveOrganisationServiceDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCan {\n        edit\n      }\n      ...OrganisationEditForm_organisation\n      ...ServicesEditor_organisation\n      ...OrganisationStewardship_organisation\n    }\n  }\n": typeof types.OrganisationEditDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ProfileForm_expert on Expert {\n    id\n    version\n    fullName\n    title\n    bio\n    languages\n    formsOfExploitation\n    topics\n    availableForConsultation\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n    contactVisibility {\n      email\n      phone\n      messagingHandle\n    }\n  }\n": types.ProfileForm_ExpertFragmentDoc,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      ...ProfileForm_expert\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query MyProfile {\n    viewer {\n      id\n      expert {\n        id\n        version\n        ...ProfileForm_expert\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation BeginTotpSetup($password: String!) {\n    beginTotpSetup(password: $password) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.BeginTotpSetupDocument,
    "\n  mutation ConfirmTotpSetup($code: String!) {\n    confirmTotpSetup(code: $code)\n  }\n": types.ConfirmTotpSetupDocument,
    "\n  mutation DisableTotp($password: String!) {\n    disableTotp(password: $password) {\n      id\n      totpEnabled\n      totpRequired\n    }\n  }\n": types.DisableTotpDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      networkRole\n      totpEnabled\n      totpRequired\n      coordinatorOf {\n        code\n        name\n      }\n      expert {\n        id\n        fullName\n      }\n      can {\n        inviteMembers\n        proposeMembers\n        approveInvitations\n        administer\n        seeCoverage\n        editOrganisations\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          summary\n          subjectType\n          subjectId\n          actorPerson {\n            id\n            name\n            former\n          }\n          subjectPerson {\n            id\n            name\n            former\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query MemberList($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MemberRow_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MemberListDocument,
    "\n  fragment MemberRow_member on Member {\n    id\n    email\n    status\n    networkRole\n    twoFactorEnabled\n    viewerCan {\n      suspend\n      changeRole\n      resetTwoFactor\n    }\n    country {\n      code\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n": types.MemberRow_MemberFragmentDoc,
    "\n  mutation SuspendMember($id: ID!) {\n    suspendMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n": types.ResetTwoFactorDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberRow_member\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      totpRequired\n      viewer {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query BaselineQuestions {\n    baselineQuestions {\n      key\n      theme\n      question\n      required\n      parts {\n        key\n        kind\n        options\n        max\n        optional\n      }\n    }\n  }\n": types.BaselineQuestionsDocument,
    "\n  fragment BaselineAssessmentFields on BaselineAssessmentType {\n    id\n    municipalityId\n    municipalityName\n    countryCode\n    year\n    status\n    version\n    submittedAt\n    acceptedAt\n    missingRequired\n    viewerCan {\n      edit\n      submit\n      accept\n      reopen\n    }\n    answers {\n      question\n      parts {\n        part\n        choice\n        options\n        number\n        text\n      }\n    }\n  }\n": types.BaselineAssessmentFieldsFragmentDoc,
    "\n  query BaselineAssessment($municipalityId: ID!, $year: Int!) {\n    baselineAssessment(municipalityId: $municipalityId, year: $year) {\n      ...BaselineAssessmentFields\n    }\n  }\n": types.BaselineAssessmentDocument,
    "\n  mutation SaveBaselineDraft($input: SaveBaselineDraftInput!) {\n    saveBaselineDraft(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": types.SaveBaselineDraftDocument,
    "\n  mutation SubmitBaseline($input: BaselineTransitionInput!) {\n    submitBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": types.SubmitBaselineDocument,
    "\n  mutation AcceptBaseline($input: BaselineTransitionInput!) {\n    acceptBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": types.AcceptBaselineDocument,
    "\n  mutation ReopenBaseline($input: BaselineTransitionInput!) {\n    reopenBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n": types.ReopenBaselineDocument,
    "\n  query BaselineComparison($municipalityId: ID!, $from: Int!, $to: Int!) {\n    baselineComparison(municipalityId: $municipalityId, from: $from, to: $to) {\n      municipalityId\n      municipalityName\n      countryCode\n      years {\n        year\n        status\n      }\n      from {\n        year\n      }\n      to {\n        year\n      }\n      rows {\n        question\n        changed\n        from {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n        to {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n      }\n    }\n  }\n": types.BaselineComparisonDocument,
    "\n  query BaselineCountryReport($countryCode: String!, $year: Int!) {\n    baselineCountryReport(countryCode: $countryCode, year: $year) {\n      countryCode\n      countryName\n      year\n      counted\n      municipalities {\n        municipalityId\n        name\n        status\n        submittedAt\n      }\n      questions {\n        question\n        answered\n        parts {\n          part\n          kind\n          answered\n          counts {\n            option\n            count\n          }\n          total\n          min\n          max\n        }\n      }\n    }\n  }\n": types.BaselineCountryReportDocument,
    "\n  fragment CostScenarioEditor_scenario on CostScenario {\n    id\n    title\n    summary\n    countryCode\n    municipalityId\n    municipalityName\n    currency\n    priceYear\n    templateKey\n    shared\n    version\n    mine\n    updatedAt\n    lines {\n      category\n      payer\n      unitCostMinor\n      quantity\n      period\n      periods\n      startDay\n      illustrative\n      sourceNote\n      totalMinor\n    }\n    totals {\n      totalMinor\n    }\n  }\n": types.CostScenarioEditor_ScenarioFragmentDoc,
    "\n  query CostScenarioList($first: Int!, $after: String, $mine: Boolean) {\n    costScenarios(first: $first, after: $after, filter: { mine: $mine }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          countryCode\n          currency\n          priceYear\n          shared\n          mine\n          updatedAt\n          totals {\n            totalMinor\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CostScenarioListDocument,
    "\n  query CostTemplates {\n    costTemplates {\n      key\n      title\n      countryCode\n      currency\n      priceYear\n      summary\n      basis\n      source\n      lines {\n        category\n        payer\n        unitCostMinor\n        quantity\n        period\n        periods\n        startDay\n        illustrative\n        sourceNote\n        totalMinor\n      }\n    }\n  }\n": types.CostTemplatesDocument,
    "\n  query CostScenario($id: ID!) {\n    costScenario(id: $id) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n": types.CostScenarioDocument,
    "\n  query CostCountries {\n    countries {\n      code\n      name\n    }\n  }\n": types.CostCountriesDocument,
    "\n  mutation SaveCostScenario($input: SaveCostScenarioInput!) {\n    saveCostScenario(input: $input) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n": types.SaveCostScenarioDocument,
    "\n  mutation DeleteCostScenario($id: ID!) {\n    deleteCostScenario(id: $id)\n  }\n": types.DeleteCostScenarioDocument,
    "\n  query PublishedCostFigures {\n    publishedCostFigures {\n      country\n      category\n      unit\n      amount\n      amountHigh\n      currency\n      year\n      note\n      sources {\n        id\n        title\n        publisher\n        address\n      }\n    }\n  }\n": types.PublishedCostFiguresDocument,
    "\n  query CostComparison($ids: [ID!]!, $currency: CostCurrency!, $priceYear: Int!) {\n    costComparison(ids: $ids, currency: $currency, priceYear: $priceYear) {\n      currency\n      priceYear\n      entries {\n        scenario {\n          id\n          title\n          currency\n          priceYear\n        }\n        totals {\n          totalMinor\n          byGroup {\n            key\n            totalMinor\n          }\n          byCategory {\n            category\n            totalMinor\n          }\n        }\n      }\n    }\n  }\n": types.CostComparisonDocument,
    "\n  query CostRates {\n    costRates {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n": types.CostRatesDocument,
    "\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n    }\n  }\n": types.SetExchangeRateDocument,
    "\n  mutation SetPriceIndex($input: SetPriceIndexInput!) {\n    setPriceIndex(input: $input) {\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n": types.SetPriceIndexDocument,
    "\n  fragment CounterpartCard_counterpart on Counterpart {\n    reason\n    roleAssignment {\n      id\n      role\n      scope {\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n        ...ScopeLabel_scope\n      }\n    }\n    expert {\n      id\n      fullName\n      title\n      languages\n      availableForConsultation\n      organisation {\n        id\n        name\n      }\n      ...ExpertContacts_expert\n    }\n  }\n": types.CounterpartCard_CounterpartFragmentDoc,
    "\n  query CounterpartPlaces($countryCode: String) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n      latitude\n      longitude\n      country {\n        code\n      }\n    }\n  }\n": types.CounterpartPlacesDocument,
    "\n  query ViewerRoles {\n    viewer {\n      id\n      expert {\n        id\n        roles {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n": types.ViewerRolesDocument,
    "\n  query Counterparts($role: Role!, $countryCode: String, $municipalityId: ID, $first: Int!) {\n    counterparts(role: $role, countryCode: $countryCode, municipalityId: $municipalityId, first: $first) {\n      expert {\n        id\n      }\n      ...CounterpartCard_counterpart\n    }\n  }\n": types.CounterpartsDocument,
    "\n  query Coverage {\n    coverage {\n      countries {\n        country {\n          code\n          name\n        }\n        withContactPoint\n        membersOnly\n        nobody\n        serviceGaps {\n          service\n          targetGroup\n        }\n      }\n      municipalities {\n        municipality {\n          id\n          name\n          latitude\n          longitude\n          country {\n            code\n            name\n          }\n        }\n        status\n        experts\n        organisations\n      }\n    }\n  }\n": types.CoverageDocument,
    "\n  query DirectoryActivityCursor {\n    networkActivity(first: 1) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.DirectoryActivityCursorDocument,
    "\n  subscription DirectoryActivity($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        kind\n        expert {\n          id\n          ...ExpertRow_expert\n        }\n        organisation {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n    }\n  }\n": types.DirectoryActivityDocument,
    "\n  fragment AffiliationLine_expert on Expert {\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": types.AffiliationLine_ExpertFragmentDoc,
    "\n  fragment ExpertContacts_expert on Expert {\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n  }\n": types.ExpertContacts_ExpertFragmentDoc,
    "\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExpertDirectoryDocument,
    "\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      role\n      status\n      ...RoleAssignments_role\n    }\n    viewerCan {\n      edit\n    }\n    ...ExpertContacts_expert\n  }\n": types.ExpertProfile_ExpertFragmentDoc,
    "\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n": types.ExpertProfileDocument,
    "\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    roles {\n      id\n      role\n      status\n    }\n    ...ExpertContacts_expert\n  }\n": types.ExpertRow_ExpertFragmentDoc,
    "\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n    status\n  }\n": types.RoleAssignments_RoleFragmentDoc,
    "\n  mutation StartExpertExport($filter: ExpertFilter) {\n    startExpertExport(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n": types.StartExpertExportDocument,
    "\n  query ExpertFacets($filter: ExpertFilter) {\n    expertFacets(filter: $filter) {\n      total\n      availableForConsultation\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      organisationTypes {\n        value\n        count\n      }\n      roles {\n        value\n        count\n      }\n      formsOfExploitation {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n": types.ExpertFacetsDocument,
    "\n  query OrganisationFacets($filter: OrganisationFilter) {\n    organisationFacets(filter: $filter) {\n      total\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      types {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      targetGroups {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n": types.OrganisationFacetsDocument,
    "\n  fragment ForumSummary_forum on Forum {\n    id\n    slug\n    title\n    description\n    level\n    countryCode\n    municipalityName\n    visibility\n    threadCount\n    unreadCount\n    newThreadCount\n    lastPostAt\n  }\n": types.ForumSummary_ForumFragmentDoc,
    "\n  query Forums {\n    forums {\n      id\n      ...ForumSummary_forum\n    }\n  }\n": types.ForumsDocument,
    "\n  query ForumPage($slug: String!, $first: Int!, $after: String, $tag: String, $solved: Boolean, $unanswered: Boolean) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      watchLevel\n      viewerCan {\n        manage\n        moderate\n        startThread\n      }\n      threads(first: $first, after: $after, tag: $tag, solved: $solved, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            tags\n            pinned\n            locked\n            closed\n            solvedPostId\n            postCount\n            lastPostAt\n            author {\n              name\n              former\n            }\n            unreadCount\n          }\n        }\n      }\n    }\n  }\n": types.ForumPageDocument,
    "\n  subscription ThreadActivity($forumId: ID!, $after: String) {\n    # Everything a row shows but the reader's unread count, which live payloads do not carry (null): the cached\n    # count is kept instead of being overwritten.\n    threadActivity(forumId: $forumId, after: $after) {\n      cursor\n      node {\n        id\n        title\n        tags\n        pinned\n        locked\n        closed\n        solvedPostId\n        postCount\n        lastPostAt\n        author {\n          name\n          former\n        }\n      }\n    }\n  }\n": types.ThreadActivityDocument,
    "\n  mutation VisitForum($forumId: ID!) {\n    visitForum(forumId: $forumId) {\n      id\n      newThreadCount\n    }\n  }\n": types.VisitForumDocument,
    "\n  mutation SetForumWatchLevel($forumId: ID!, $level: WatchLevel!) {\n    setWatchLevel(input: { forumId: $forumId, level: $level }) {\n      forum {\n        id\n        watchLevel\n      }\n    }\n  }\n": types.SetForumWatchLevelDocument,
    "\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      viewerCan {\n        startThread\n      }\n    }\n  }\n": types.NewThreadForumDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.CreateThreadDocument,
    "\n  query ModerationQueue {\n    moderationQueue {\n      postId\n      threadId\n      threadTitle\n      forumSlug\n      text\n      hidden\n      flagCount\n      reasons\n      lastFlaggedAt\n      author {\n        name\n      }\n      confirmedFindings {\n        field\n        kind\n        start\n        end\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation QueueModeratePost($postId: ID!, $action: PostModeration!, $reason: String) {\n    moderatePost(postId: $postId, action: $action, input: { reason: $reason }) {\n      id\n      hidden\n    }\n  }\n": types.QueueModeratePostDocument,
    "\n  mutation QueueModerateThread($threadId: ID!, $action: ThreadModeration!, $reason: String) {\n    moderateThread(threadId: $threadId, action: $action, input: { reason: $reason }) {\n      id\n      locked\n      pinned\n      closed\n    }\n  }\n": types.QueueModerateThreadDocument,
    "\n  mutation DismissFlags($postId: ID!, $reason: String!) {\n    dismissFlags(postId: $postId, input: { reason: $reason }) {\n      id\n    }\n  }\n": types.DismissFlagsDocument,
    "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateForumDocument,
    "\n  query EditForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      version\n      viewerCan {\n        manage\n        manageMembers\n      }\n      ...ForumPeople\n    }\n  }\n": types.EditForumDocument,
    "\n  fragment ForumPeople on Forum {\n    id\n    moderators {\n      userId\n      name\n      organisationName\n    }\n    members {\n      userId\n      name\n      organisationName\n    }\n  }\n": types.ForumPeopleFragmentDoc,
    "\n  query ForumCandidates($slug: String!, $text: String!, $role: ForumRole!) {\n    forum(slug: $slug) {\n      id\n      candidatePeople(text: $text, role: $role) {\n        userId\n        name\n        organisationName\n      }\n    }\n  }\n": types.ForumCandidatesDocument,
    "\n  mutation SetForumModerators($input: ForumPeopleInput!) {\n    setForumModerators(input: $input) {\n      ...ForumPeople\n    }\n  }\n": types.SetForumModeratorsDocument,
    "\n  mutation AddForumMembers($input: ForumPeopleInput!) {\n    addForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n": types.AddForumMembersDocument,
    "\n  mutation RemoveForumMembers($input: ForumPeopleInput!) {\n    removeForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n": types.RemoveForumMembersDocument,
    "\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      title\n      description\n      visibility\n      version\n    }\n  }\n": types.UpdateForumDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organisationName\n      countryName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationQueue($status: InvitationStatus, $first: Int!, $after: String) {\n    invitations(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...InvitationCard_invitation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InvitationQueueDocument,
    "\n  fragment InvitationCard_invitation on Invitation {\n    id\n    email\n    fullName\n    jobTitle\n    kind\n    status\n    awaitingApprovalBy\n    networkRole\n    reason\n    newOrganisationName\n    createdAt\n    expiresAt\n    country {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n    invitedBy {\n      id\n      fullName\n    }\n    approvedBy {\n      id\n      fullName\n    }\n    viewerCan {\n      approve\n      decline\n      revoke\n      resend\n    }\n  }\n": types.InvitationCard_InvitationFragmentDoc,
    "\n  mutation ApproveInvitation($id: ID!) {\n    approveInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": types.ApproveInvitationDocument,
    "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ProposeMember($input: ProposeMemberInput!) {\n    proposeMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n": types.ProposeMemberDocument,
    "\n  query InvitationOrganisations($filter: OrganisationFilter!, $first: Int!) {\n    organisations(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": types.InvitationOrganisationsDocument,
    "\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n": types.PendingApprovalCountDocument,
    "\n  query JoinContacts {\n    joinContacts {\n      countryCode\n      countryName\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": types.JoinContactsDocument,
    "\n  query MemberStart {\n    viewer {\n      id\n      expert {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MemberStartDocument,
    "\n  query MunicipalityCounts($countryCode: String) {\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n        name\n        latitude\n        longitude\n        country {\n          code\n          name\n        }\n      }\n      organisations\n      experts\n    }\n  }\n": types.MunicipalityCountsDocument,
    "\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      viewerCan {\n        manage\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n": types.MeetingAgendaDocument,
    "\n  mutation SaveMeetingAgenda($input: SaveAgendaInput!) {\n    saveMeetingAgenda(input: $input) {\n      id\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n": types.SaveMeetingAgendaDocument,
    "\n  fragment MeetingLiveState_state on MeetingLiveState {\n    meetingId\n    sequence\n    status\n    startsAt\n    endsAt\n    timeZone\n    readAt\n    agenda {\n      version\n      items {\n        id\n        position\n        title\n        plannedMinutes\n        startsAt\n        endsAt\n        startedAt\n        endedAt\n        presenter {\n          userId\n          name\n          countryCode\n        }\n        links {\n          url\n          label\n        }\n      }\n      nowDiscussing {\n        itemId\n        position\n        startedAt\n        extraMinutes\n        plannedEndsAt\n      }\n    }\n    speakerQueue {\n      balanced\n      viewerRequestId\n      speaking {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      waiting {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      turnsByCountry {\n        countryCode\n        turns\n      }\n    }\n    attendance {\n      presentCount\n      attendedCount\n      viewerPresent\n      present {\n        inPerson\n        checkedInAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      byCountry {\n        countryCode\n        present\n        expected\n        attended\n      }\n    }\n  }\n": types.MeetingLiveState_StateFragmentDoc,
    "\n  query MeetingLive($id: ID!) {\n    viewer {\n      id\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerStatus\n      viewerCan {\n        manage\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.MeetingLiveDocument,
    "\n  subscription MeetingLiveEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      __typename\n      sequence\n      kind\n      occurredAt\n      ... on MeetingAgendaAdvanced {\n        currentItemId\n        currentPosition\n        startedAt\n        currentPlannedEndsAt\n        previousItemId\n      }\n      ... on MeetingAgendaExtended {\n        itemId\n        extraMinutes\n        plannedEndsAt\n      }\n      ... on MeetingHandRaised {\n        requestId\n        userId\n        name\n        countryCode\n        raisedAt\n      }\n      ... on MeetingHandLowered {\n        requestId\n        userId\n      }\n      ... on MeetingSpeakerCalled {\n        requestId\n        userId\n        name\n        countryCode\n      }\n      ... on MeetingSpeakerFinished {\n        requestId\n        userId\n      }\n      ... on MeetingParticipantCheckedIn {\n        userId\n        name\n        countryCode\n        inPerson\n        checkedInAt\n      }\n      ... on MeetingParticipantLeft {\n        userId\n        countryCode\n      }\n    }\n  }\n": types.MeetingLiveEventsDocument,
    "\n  mutation StartMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation EndMeeting($id: ID!) {\n    endMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.EndMeetingDocument,
    "\n  mutation MoveMeetingAgenda($input: MoveAgendaInput!) {\n    moveMeetingAgenda(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.MoveMeetingAgendaDocument,
    "\n  mutation ExtendMeetingAgendaItem($input: ExtendAgendaItemInput!) {\n    extendMeetingAgendaItem(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.ExtendMeetingAgendaItemDocument,
    "\n  mutation RaiseHand($meetingId: ID!) {\n    raiseHand(meetingId: $meetingId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.RaiseHandDocument,
    "\n  mutation LowerHand($meetingId: ID!, $requestId: ID) {\n    lowerHand(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.LowerHandDocument,
    "\n  mutation CallNextSpeaker($meetingId: ID!, $requestId: ID) {\n    callNextSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.CallNextSpeakerDocument,
    "\n  mutation FinishSpeaker($meetingId: ID!, $requestId: ID!) {\n    finishSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.FinishSpeakerDocument,
    "\n  mutation SetSpeakerBalance($meetingId: ID!, $balanced: Boolean!) {\n    setSpeakerBalance(meetingId: $meetingId, balanced: $balanced) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.SetSpeakerBalanceDocument,
    "\n  mutation CheckInToMeeting($input: CheckInInput!) {\n    checkInToMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.CheckInToMeetingDocument,
    "\n  mutation LeaveMeeting($input: LeaveMeetingInput!) {\n    leaveMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n": types.LeaveMeetingDocument,
    "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    viewerStatus\n  }\n": types.MeetingSummary_MeetingFragmentDoc,
    "\n  query MeetingList($when: MeetingWhen!, $level: Level, $countryCode: String, $first: Int!, $after: String) {\n    meetings(when: $when, level: $level, countryCode: $countryCode, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MeetingSummary_meeting\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MeetingListDocument,
    "\n  query MeetingCountries {\n    countries {\n      code\n      name\n    }\n  }\n": types.MeetingCountriesDocument,
    "\n  fragment MeetingDetail_meeting on Meeting {\n    id\n    version\n    title\n    purpose\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    venue\n    visibility\n    hasOnlineLink\n    onlineLink\n    capacity\n    acceptedCount\n    waitingCount\n    invitedCount\n    cancelReason\n    calendarPath\n    viewerStatus\n    viewerCan {\n      manage\n      rsvp\n      answerDatePoll\n    }\n    hosts {\n      userId\n      name\n    }\n    participants {\n      userId\n      name\n      countryCode\n      municipalityName\n      role\n      status\n      note\n    }\n    dateSlots {\n      id\n      startsAt\n      endsAt\n      yes\n      ifNeedBe\n      no\n      best\n      viewerAnswer\n    }\n  }\n": types.MeetingDetail_MeetingFragmentDoc,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetail_meeting\n    }\n    calendarFeedCreatedAt\n  }\n": types.MeetingDetailDocument,
    "\n  mutation MeetingRsvp($input: RsvpInput!) {\n    rsvpMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": types.MeetingRsvpDocument,
    "\n  mutation MeetingAnswerSlots($input: AnswerSlotsInput!) {\n    answerMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": types.MeetingAnswerSlotsDocument,
    "\n  mutation MeetingCreateCalendarFeed {\n    createCalendarFeed {\n      createdAt\n      url\n    }\n  }\n": types.MeetingCreateCalendarFeedDocument,
    "\n  fragment PollsPanel_poll on MeetingPoll {\n    id\n    question\n    status\n    multiple\n    anonymous\n    voterCount\n    viewerChoice\n    options {\n      id\n      label\n      votes\n    }\n    voters {\n      userId\n      name\n      optionIds\n    }\n  }\n": types.PollsPanel_PollFragmentDoc,
    "\n  fragment QuestionsPanel_question on MeetingQuestion {\n    id\n    text\n    authorName\n    upvotes\n    viewerUpvoted\n    viewerAsked\n    answered\n    hidden\n  }\n": types.QuestionsPanel_QuestionFragmentDoc,
    "\n  fragment DecisionsPanel_note on MeetingNote {\n    id\n    kind\n    text\n    createdAt\n  }\n": types.DecisionsPanel_NoteFragmentDoc,
    "\n  fragment ActionItemList_item on MeetingActionItem {\n    id\n    text\n    ownerName\n    dueOn\n    status\n    meetingId\n    meetingTitle\n    viewerCanUpdate\n  }\n": types.ActionItemList_ItemFragmentDoc,
    "\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      lastEventSequence\n      viewerCanOutcomes {\n        run\n        takePart\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      polls {\n        id\n        ...PollsPanel_poll\n      }\n      questions {\n        id\n        ...QuestionsPanel_question\n      }\n      notes {\n        id\n        ...DecisionsPanel_note\n      }\n      actionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n": types.MeetingOutcomesDocument,
    "\n  query MeetingCarriedActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      carriedActionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n": types.MeetingCarriedActionItemsDocument,
    "\n  subscription MeetingOutcomeEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      sequence\n      kind\n      ... on MeetingVoteCounted {\n        pollId\n        voterCount\n        options {\n          optionId\n          votes\n        }\n      }\n    }\n  }\n": types.MeetingOutcomeEventsDocument,
    "\n  mutation CreateMeetingPoll($input: CreateMeetingPollInput!) {\n    createMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": types.CreateMeetingPollDocument,
    "\n  mutation OpenMeetingPoll($id: ID!) {\n    openMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": types.OpenMeetingPollDocument,
    "\n  mutation CloseMeetingPoll($id: ID!) {\n    closeMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": types.CloseMeetingPollDocument,
    "\n  mutation VoteMeetingPoll($input: VoteMeetingPollInput!) {\n    voteMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n": types.VoteMeetingPollDocument,
    "\n  mutation AskMeetingQuestion($input: AskMeetingQuestionInput!) {\n    askMeetingQuestion(input: $input) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": types.AskMeetingQuestionDocument,
    "\n  mutation UpvoteMeetingQuestion($id: ID!) {\n    upvoteMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": types.UpvoteMeetingQuestionDocument,
    "\n  mutation AnswerMeetingQuestion($id: ID!) {\n    answerMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": types.AnswerMeetingQuestionDocument,
    "\n  mutation HideMeetingQuestion($id: ID!) {\n    hideMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n": types.HideMeetingQuestionDocument,
    "\n  mutation AddMeetingNote($input: AddMeetingNoteInput!) {\n    addMeetingNote(input: $input) {\n      id\n      ...DecisionsPanel_note\n    }\n  }\n": types.AddMeetingNoteDocument,
    "\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n": types.AddMeetingActionItemDocument,
    "\n  mutation SetMeetingActionItemStatus($input: SetMeetingActionItemStatusInput!) {\n    setMeetingActionItemStatus(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n": types.SetMeetingActionItemStatusDocument,
    "\n  fragment MinutesPage_minutes on MeetingMinutes {\n    meetingId\n    status\n    source\n    html\n    version\n    updatedAt\n    publishedAt\n  }\n": types.MinutesPage_MinutesFragmentDoc,
    "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerCanOutcomes {\n        writeMinutes\n      }\n      minutes {\n        id\n        ...MinutesPage_minutes\n      }\n    }\n  }\n": types.MeetingMinutesDocument,
    "\n  mutation GenerateMeetingMinutes($meetingId: ID!, $expectedVersion: Int) {\n    generateMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n": types.GenerateMeetingMinutesDocument,
    "\n  mutation UpdateMeetingMinutes($input: UpdateMeetingMinutesInput!) {\n    updateMeetingMinutes(input: $input) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n": types.UpdateMeetingMinutesDocument,
    "\n  mutation PublishMeetingMinutes($meetingId: ID!, $expectedVersion: Int!) {\n    publishMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n": types.PublishMeetingMinutesDocument,
    "\n  fragment PollTally_poll on MeetingPoll {\n    id\n    voterCount\n    options {\n      id\n      votes\n    }\n  }\n": types.PollTally_PollFragmentDoc,
    "\n  query MeetingPlanning {\n    meetingPlanning {\n      canPlan\n      regional\n      countryCodes\n    }\n    countries {\n      code\n      name\n    }\n  }\n": types.MeetingPlanningDocument,
    "\n  query PlanMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n": types.PlanMunicipalitiesDocument,
    "\n  query ContactPointPlaces($countryCode: String!) {\n    contactPointPlaces(countryCode: $countryCode) {\n      municipalityId\n      name\n      countryCode\n      latitude\n      longitude\n      contactPointCount\n    }\n  }\n": types.ContactPointPlacesDocument,
    "\n  query MeetingCandidates($text: String!) {\n    meetingCandidates(text: $text) {\n      userId\n      expertId\n      name\n      organisationName\n      countryCode\n    }\n  }\n": types.MeetingCandidatesDocument,
    "\n  mutation PlanCreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n    }\n  }\n": types.PlanCreateMeetingDocument,
    "\n  mutation PlanProposeSlots($input: ProposeSlotsInput!) {\n    proposeMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": types.PlanProposeSlotsDocument,
    "\n  mutation PlanInvite($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitedCount\n    }\n  }\n": types.PlanInviteDocument,
    "\n  mutation PlanInviteContactPoints($input: InviteContactPointsInput!) {\n    inviteContactPoints(input: $input) {\n      invitedCount\n      contactPointCount\n      withoutContactPoint {\n        municipalityId\n        name\n        countryCode\n      }\n      meeting {\n        id\n        invitedCount\n      }\n    }\n  }\n": types.PlanInviteContactPointsDocument,
    "\n  mutation PlanScheduleMeeting($id: ID!) {\n    scheduleMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": types.PlanScheduleMeetingDocument,
    "\n  mutation PlanUpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": types.PlanUpdateMeetingDocument,
    "\n  mutation PlanPickSlot($meetingId: ID!, $slotId: ID!) {\n    pickMeetingSlot(meetingId: $meetingId, slotId: $slotId) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n": types.PlanPickSlotDocument,
    "\n  query MeetingCanPlan {\n    meetingPlanning {\n      canPlan\n    }\n  }\n": types.MeetingCanPlanDocument,
    "\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n": types.ActivityEntry_ActivityFragmentDoc,
    "\n  query NetworkStats {\n    networkStats {\n      countries\n      otherCountries\n      municipalities\n      organisations\n      experts\n    }\n  }\n": types.NetworkStatsDocument,
    "\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n": types.ActivityFeedDocument,
    "\n  subscription ActivityFeedUpdates($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        ...ActivityEntry_activity\n      }\n    }\n  }\n": types.ActivityFeedUpdatesDocument,
    "\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      displayName\n      expertId\n    }\n    subject {\n      type\n      title\n      path\n    }\n  }\n": types.NotificationEntry_NotificationFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationEntry_notification\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationsUpdates($after: String) {\n    notifications: notificationAdded(after: $after) {\n      cursor\n      node {\n        id\n        ...NotificationEntry_notification\n      }\n    }\n  }\n": types.NotificationsUpdatesDocument,
    "\n  subscription NotificationArrived {\n    notificationAdded {\n      cursor\n      node {\n        id\n      }\n    }\n  }\n": types.NotificationArrivedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead($upTo: String) {\n    markAllNotificationsRead(upTo: $upTo)\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment OrganisationEditForm_organisation on Organisation {\n    id\n    version\n    name\n    acronym\n    description\n    website\n    phone\n    email\n    services {\n      id\n      kind\n      hotline\n    }\n  }\n": types.OrganisationEditForm_OrganisationFragmentDoc,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationEditForm_organisation\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationDirectoryDocument,
    "\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationPeople_OrganisationFragmentDoc,
    "\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    phone\n    email\n    viewerCan {\n      edit\n    }\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n": types.OrganisationProfile_OrganisationFragmentDoc,
    "\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n": types.OrganisationProfileDocument,
    "\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n": types.OrganisationRow_OrganisationFragmentDoc,
    "\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n    hotline\n    address\n  }\n": types.ServiceCard_ServiceFragmentDoc,
    "\n  query MunicipalityDirectory($municipalityId: ID!, $countryCode: String!, $member: Boolean!) {\n    organisations(first: 100, filter: { municipalityId: $municipalityId }) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            kind\n          }\n        }\n      }\n    }\n    contactPoints: experts(first: 5, filter: { municipalityId: $municipalityId, role: MUNICIPAL_CONTACT_POINT }) @include(if: $member) {\n      edges {\n        node {\n          id\n          fullName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n      }\n      organisations\n      experts\n    }\n  }\n": types.MunicipalityDirectoryDocument,
    "\n  fragment PathwayStepCard_step on PathwayStep {\n    id\n    position\n    stage\n    chainRole\n    action\n    handOver\n    formsOfExploitation\n    targetGroups\n    refersToNational\n    crossBorder\n    organisation {\n      id\n      name\n      phone\n      email\n    }\n    contact {\n      expertId\n      fullName\n      phone\n      email\n    }\n  }\n": types.PathwayStepCard_StepFragmentDoc,
    "\n  fragment PathwayGapList_gap on PathwayGap {\n    kind\n    stage\n    targetGroup\n    stepId\n    organisationName\n  }\n": types.PathwayGapList_GapFragmentDoc,
    "\n  fragment PathwayVersionView_version on PathwayVersion {\n    id\n    number\n    createdAt\n    publishedAt\n    steps {\n      id\n      stage\n      ...PathwayStepCard_step\n    }\n    gaps {\n      ...PathwayGapList_gap\n    }\n  }\n": types.PathwayVersionView_VersionFragmentDoc,
    "\n  query MunicipalityPathway($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      level\n      countryCode\n      isPublic\n      latestVersion\n      viewerCan {\n        edit\n        publish\n        readDraft\n        setPublic\n      }\n      published {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n      draft {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n    }\n  }\n": types.MunicipalityPathwayDocument,
    "\n  query PathwayHistory($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      versions {\n        id\n        number\n        reason\n        authorName\n        createdAt\n        publishedAt\n      }\n    }\n  }\n": types.PathwayHistoryDocument,
    "\n  query PathwayDiff($municipalityId: ID, $countryCode: String, $from: Int!, $to: Int!) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      diff(from: $from, to: $to) {\n        stepId\n        change\n        position\n        stage\n        fields {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.PathwayDiffDocument,
    "\n  query PathwayEditor($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      latestVersion\n      viewerCan {\n        edit\n        publish\n      }\n      published {\n        id\n        number\n      }\n      draft {\n        id\n        number\n        steps {\n          id\n          position\n          stage\n          chainRole\n          action\n          handOver\n          formsOfExploitation\n          targetGroups\n          refersToNational\n          organisation {\n            id\n          }\n          contact {\n            expertId\n          }\n        }\n      }\n    }\n  }\n": types.PathwayEditorDocument,
    "\n  mutation SavePathwayDraft($input: SavePathwayDraftInput!) {\n    savePathwayDraft(input: $input) {\n      id\n      latestVersion\n      draft {\n        id\n        number\n      }\n    }\n  }\n": types.SavePathwayDraftDocument,
    "\n  mutation PublishPathway($input: PublishPathwayInput!) {\n    publishPathway(input: $input) {\n      id\n      latestVersion\n      published {\n        id\n        number\n      }\n    }\n  }\n": types.PublishPathwayDocument,
    "\n  mutation SetPathwayPublic($input: SetPathwayPublicInput!) {\n    setPathwayPublic(input: $input) {\n      id\n      isPublic\n    }\n  }\n": types.SetPathwayPublicDocument,
    "\n  query PathwayOrganisations($countryCode: String!) {\n    organisations(first: 100, filter: { countryCode: $countryCode }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PathwayOrganisationsDocument,
    "\n  query PathwayList {\n    referralPathways(first: 100) {\n      edges {\n        node {\n          id\n          level\n          countryCode\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PathwayListDocument,
    "\n  query MunicipalityPlaces {\n    municipalities {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n  }\n": types.MunicipalityPlacesDocument,
    "\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n": types.PlaceFilterCountriesDocument,
    "\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n": types.PlaceFilterMunicipalitiesDocument,
    "\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": types.ScopeLabel_ScopeFragmentDoc,
    "\n  fragment SearchHit_thread on ThreadMatch {\n    id\n    threadTitle\n    forumTitle\n    lastPostAt\n  }\n": types.SearchHit_ThreadFragmentDoc,
    "\n  fragment SearchHit_post on PostMatch {\n    id\n    threadId\n    threadTitle\n    forumTitle\n    snippet\n    createdAt\n  }\n": types.SearchHit_PostFragmentDoc,
    "\n  fragment SearchHit_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n  }\n": types.SearchHit_ExpertFragmentDoc,
    "\n  fragment SearchHit_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n  }\n": types.SearchHit_OrganisationFragmentDoc,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      expertCount\n      organisationCount\n      threadCount\n      postCount\n      hits {\n        score\n        node {\n          ... on Expert {\n            id\n            ...SearchHit_expert\n          }\n          ... on Organisation {\n            id\n            ...SearchHit_organisation\n          }\n          ... on ThreadMatch {\n            id\n            ...SearchHit_thread\n          }\n          ... on PostMatch {\n            id\n            ...SearchHit_post\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation ThreadModeratePost($postId: ID!, $action: PostModeration!) {\n    moderatePost(postId: $postId, action: $action) {\n      id\n      ...PostCard_post\n    }\n  }\n": types.ThreadModeratePostDocument,
    "\n  fragment PostAuthor_author on PostAuthor {\n    name\n    expertId\n    organisationName\n    suspended\n    former\n  }\n": types.PostAuthor_AuthorFragmentDoc,
    "\n  fragment PostCard_post on Post {\n    id\n    position\n    threadId\n    createdAt\n    edited\n    editedAt\n    hidden\n    removed\n    purged\n    html\n    source\n    version\n    author {\n      name\n      former\n      ...PostAuthor_author\n    }\n    replyTo {\n      id\n      position\n      author {\n        name\n        former\n      }\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    viewerCan {\n      edit\n      delete\n      flag\n      moderate\n      react\n      seeHistory\n    }\n  }\n": types.PostCard_PostFragmentDoc,
    "\n  subscription ThreadPageChanges($threadId: ID!, $after: String) {\n    threadChanged(threadId: $threadId, after: $after) {\n      __typename\n      ... on PostChanged {\n        cursor\n        post {\n          id\n          edited\n          editedAt\n          hidden\n          removed\n          purged\n          html\n          source\n          version\n          reactions {\n            kind\n            count\n            mine\n          }\n          viewerCan {\n            edit\n            delete\n            flag\n            moderate\n            react\n            seeHistory\n          }\n        }\n      }\n      ... on ThreadStateChanged {\n        cursor\n        thread {\n          id\n          forumId\n          title\n          tags\n          pinned\n          locked\n          closed\n          solvedPostId\n          viewerCan {\n            reply\n            markSolved\n            moderate\n          }\n        }\n      }\n      ... on ThreadMerged {\n        cursor\n        threadId\n        targetThreadId\n      }\n    }\n  }\n": types.ThreadPageChangesDocument,
    "\n  mutation SetThreadWatch($input: SetWatchLevelInput!) {\n    setWatchLevel(input: $input) {\n      thread {\n        id\n        watchLevel\n      }\n    }\n  }\n": types.SetThreadWatchDocument,
    "\n  mutation ThreadModerateThread($threadId: ID!, $action: ThreadModeration!) {\n    moderateThread(threadId: $threadId, action: $action) {\n      id\n      pinned\n      locked\n      closed\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n    }\n  }\n": types.ThreadModerateThreadDocument,
    "\n  fragment ThreadHeader_thread on ThreadPage {\n    id\n    title\n    tags\n    pinned\n    locked\n    closed\n    solvedPostId\n    createdAt\n    postCount\n    watchLevel\n    forum {\n      id\n      slug\n      title\n    }\n    viewerCan {\n      moderate\n    }\n  }\n": types.ThreadHeader_ThreadFragmentDoc,
    "\n  mutation MarkSolved($threadId: ID!, $postId: ID) {\n    markSolved(threadId: $threadId, postId: $postId) {\n      id\n      solvedPostId\n    }\n  }\n": types.MarkSolvedDocument,
    "\n  mutation React($input: ReactionInput!) {\n    react(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($input: ReactionInput!) {\n    unreact(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      ...PostCard_post\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n      viewerCan {\n        flag\n      }\n    }\n  }\n": types.FlagPostDocument,
    "\n  query PostHistory($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, after: $after) {\n        edges {\n          node {\n            id\n            history {\n              version\n              createdAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostHistoryDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      id\n      position\n      ...PostCard_post\n    }\n  }\n": types.AddPostDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n": types.SaveDraftDocument,
    "\n  mutation DiscardDraft($threadId: ID!) {\n    discardDraft(threadId: $threadId) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n": types.DiscardDraftDocument,
    "\n  query PreviewPost($threadId: ID!, $source: String!) {\n    previewPost(threadId: $threadId, source: $source)\n  }\n": types.PreviewPostDocument,
    "\n  query MentionCandidates($threadId: ID!, $query: String!) {\n    mentionCandidates(threadId: $threadId, query: $query) {\n      expertId\n      name\n      organisationName\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadHeader_thread\n      changesCursor\n      lastReadPosition\n      firstUnreadCursor\n      unreadCount\n      postCount\n      locked\n      closed\n      solvedPostId\n      draft {\n        source\n        updatedAt\n      }\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            position\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    postAdded(threadId: $threadId, after: $after) {\n      cursor\n      node {\n        id\n        position\n        ...PostCard_post\n      }\n    }\n  }\n": types.ThreadPostAddedDocument,
    "\n  mutation MarkThreadRead($input: MarkReadInput!) {\n    markRead(input: $input) {\n      id\n      lastReadPosition\n      unreadCount\n      firstUnreadCursor\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query UpkeepCountries {\n    countries {\n      code\n      name\n    }\n  }\n": types.UpkeepCountriesDocument,
    "\n  query MyRoles {\n    viewer {\n      id\n      expert {\n        id\n        lastConfirmedAt\n        country {\n          code\n        }\n        roles {\n          id\n          role\n          status\n          startsOn\n          endsOn\n          scope {\n            level\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyRolesDocument,
    "\n  mutation AddMyRole($input: AddMyRoleInput!) {\n    addMyRole(input: $input) {\n      id\n    }\n  }\n": types.AddMyRoleDocument,
    "\n  mutation EndMyRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      id\n      status\n      endsOn\n    }\n  }\n": types.EndMyRoleDocument,
    "\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      id\n      lastConfirmedAt\n    }\n  }\n": types.ConfirmMyProfileDocument,
    "\n  query NetworkRoleExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      fullName\n      country {\n        code\n      }\n    }\n  }\n": types.NetworkRoleExpertDocument,
    "\n  mutation AssignNetworkRole($input: AssignNetworkRoleInput!) {\n    assignNetworkRole(input: $input) {\n      id\n      role\n      status\n    }\n  }\n": types.AssignNetworkRoleDocument,
    "\n  query OrganisationFreshness($id: ID!) {\n    organisation(id: $id) {\n      id\n      status\n      lastConfirmedAt\n      mergedInto {\n        id\n        name\n      }\n    }\n  }\n": types.OrganisationFreshnessDocument,
    "\n  fragment OrganisationStewardship_organisation on Organisation {\n    id\n    version\n    type\n    publiclyListed\n    status\n    lastConfirmedAt\n    viewerCan {\n      confirm\n      close\n    }\n  }\n": types.OrganisationStewardship_OrganisationFragmentDoc,
    "\n  mutation UpdateOrganisationListing($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n": types.UpdateOrganisationListingDocument,
    "\n  mutation ConfirmOrganisation($id: ID!) {\n    confirmOrganisation(id: $id) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n": types.ConfirmOrganisationDocument,
    "\n  mutation CloseOrganisation($input: CloseOrganisationInput!) {\n    closeOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n": types.CloseOrganisationDocument,
    "\n  query ProposedOrganisations {\n    proposedOrganisations {\n      id\n      name\n      type\n      proposalReason\n      scope {\n        level\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n      viewerCan {\n        approve\n      }\n    }\n  }\n": types.ProposedOrganisationsDocument,
    "\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveOrganisationDocument,
    "\n  mutation DeclineOrganisation($id: ID!, $reason: String) {\n    declineOrganisation(id: $id, reason: $reason)\n  }\n": types.DeclineOrganisationDocument,
    "\n  fragment ServicesEditor_organisation on Organisation {\n    id\n    version\n    lastConfirmedAt\n    services {\n      id\n      kind\n      capacity\n      targetGroups\n      languages\n      available24x7\n      formsOfExploitation\n      description\n      hotline\n      address\n    }\n  }\n": types.ServicesEditor_OrganisationFragmentDoc,
    "\n  mutation AddOrganisationService($input: AddServiceInput!) {\n    addOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n": types.AddOrganisationServiceDocument,
    "\n  mutation UpdateOrganisationService($input: UpdateServiceInput!) {\n    updateOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n": types.UpdateOrganisationServiceDocument,
    "\n  mutation RemoveOrganisationService($input: RemoveServiceInput!) {\n    removeOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n": types.RemoveOrganisationServiceDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCan {\n        edit\n      }\n      ...OrganisationEditForm_organisation\n      ...ServicesEditor_organisation\n      ...OrganisationStewardship_organisation\n    }\n  }\n": types.OrganisationEditDocument,
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
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileForm_expert on Expert {\n    id\n    version\n    fullName\n    title\n    bio\n    languages\n    formsOfExploitation\n    topics\n    availableForConsultation\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n    contactVisibility {\n      email\n      phone\n      messagingHandle\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileForm_expert on Expert {\n    id\n    version\n    fullName\n    title\n    bio\n    languages\n    formsOfExploitation\n    topics\n    availableForConsultation\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n    contactVisibility {\n      email\n      phone\n      messagingHandle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      ...ProfileForm_expert\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      ...ProfileForm_expert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    viewer {\n      id\n      expert {\n        id\n        version\n        ...ProfileForm_expert\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    viewer {\n      id\n      expert {\n        id\n        version\n        ...ProfileForm_expert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpSetup($password: String!) {\n    beginTotpSetup(password: $password) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTotpSetup($password: String!) {\n    beginTotpSetup(password: $password) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpSetup($code: String!) {\n    confirmTotpSetup(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpSetup($code: String!) {\n    confirmTotpSetup(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($password: String!) {\n    disableTotp(password: $password) {\n      id\n      totpEnabled\n      totpRequired\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTotp($password: String!) {\n    disableTotp(password: $password) {\n      id\n      totpEnabled\n      totpRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      networkRole\n      totpEnabled\n      totpRequired\n      coordinatorOf {\n        code\n        name\n      }\n      expert {\n        id\n        fullName\n      }\n      can {\n        inviteMembers\n        proposeMembers\n        approveInvitations\n        administer\n        seeCoverage\n        editOrganisations\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      networkRole\n      totpEnabled\n      totpRequired\n      coordinatorOf {\n        code\n        name\n      }\n      expert {\n        id\n        fullName\n      }\n      can {\n        inviteMembers\n        proposeMembers\n        approveInvitations\n        administer\n        seeCoverage\n        editOrganisations\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          summary\n          subjectType\n          subjectId\n          actorPerson {\n            id\n            name\n            former\n          }\n          subjectPerson {\n            id\n            name\n            former\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          summary\n          subjectType\n          subjectId\n          actorPerson {\n            id\n            name\n            former\n          }\n          subjectPerson {\n            id\n            name\n            former\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberList($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MemberRow_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberList($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MemberRow_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow_member on Member {\n    id\n    email\n    status\n    networkRole\n    twoFactorEnabled\n    viewerCan {\n      suspend\n      changeRole\n      resetTwoFactor\n    }\n    country {\n      code\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow_member on Member {\n    id\n    email\n    status\n    networkRole\n    twoFactorEnabled\n    viewerCan {\n      suspend\n      changeRole\n      resetTwoFactor\n    }\n    country {\n      code\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($id: ID!) {\n    suspendMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($id: ID!) {\n    suspendMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      ...MemberRow_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberRow_member\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberRow_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      totpRequired\n      viewer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      totpRequired\n      viewer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineQuestions {\n    baselineQuestions {\n      key\n      theme\n      question\n      required\n      parts {\n        key\n        kind\n        options\n        max\n        optional\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaselineQuestions {\n    baselineQuestions {\n      key\n      theme\n      question\n      required\n      parts {\n        key\n        kind\n        options\n        max\n        optional\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BaselineAssessmentFields on BaselineAssessmentType {\n    id\n    municipalityId\n    municipalityName\n    countryCode\n    year\n    status\n    version\n    submittedAt\n    acceptedAt\n    missingRequired\n    viewerCan {\n      edit\n      submit\n      accept\n      reopen\n    }\n    answers {\n      question\n      parts {\n        part\n        choice\n        options\n        number\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BaselineAssessmentFields on BaselineAssessmentType {\n    id\n    municipalityId\n    municipalityName\n    countryCode\n    year\n    status\n    version\n    submittedAt\n    acceptedAt\n    missingRequired\n    viewerCan {\n      edit\n      submit\n      accept\n      reopen\n    }\n    answers {\n      question\n      parts {\n        part\n        choice\n        options\n        number\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineAssessment($municipalityId: ID!, $year: Int!) {\n    baselineAssessment(municipalityId: $municipalityId, year: $year) {\n      ...BaselineAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query BaselineAssessment($municipalityId: ID!, $year: Int!) {\n    baselineAssessment(municipalityId: $municipalityId, year: $year) {\n      ...BaselineAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBaselineDraft($input: SaveBaselineDraftInput!) {\n    saveBaselineDraft(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBaselineDraft($input: SaveBaselineDraftInput!) {\n    saveBaselineDraft(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBaseline($input: BaselineTransitionInput!) {\n    submitBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBaseline($input: BaselineTransitionInput!) {\n    submitBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBaseline($input: BaselineTransitionInput!) {\n    acceptBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptBaseline($input: BaselineTransitionInput!) {\n    acceptBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenBaseline($input: BaselineTransitionInput!) {\n    reopenBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenBaseline($input: BaselineTransitionInput!) {\n    reopenBaseline(input: $input) {\n      ...BaselineAssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineComparison($municipalityId: ID!, $from: Int!, $to: Int!) {\n    baselineComparison(municipalityId: $municipalityId, from: $from, to: $to) {\n      municipalityId\n      municipalityName\n      countryCode\n      years {\n        year\n        status\n      }\n      from {\n        year\n      }\n      to {\n        year\n      }\n      rows {\n        question\n        changed\n        from {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n        to {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaselineComparison($municipalityId: ID!, $from: Int!, $to: Int!) {\n    baselineComparison(municipalityId: $municipalityId, from: $from, to: $to) {\n      municipalityId\n      municipalityName\n      countryCode\n      years {\n        year\n        status\n      }\n      from {\n        year\n      }\n      to {\n        year\n      }\n      rows {\n        question\n        changed\n        from {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n        to {\n          question\n          parts {\n            part\n            choice\n            options\n            number\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineCountryReport($countryCode: String!, $year: Int!) {\n    baselineCountryReport(countryCode: $countryCode, year: $year) {\n      countryCode\n      countryName\n      year\n      counted\n      municipalities {\n        municipalityId\n        name\n        status\n        submittedAt\n      }\n      questions {\n        question\n        answered\n        parts {\n          part\n          kind\n          answered\n          counts {\n            option\n            count\n          }\n          total\n          min\n          max\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaselineCountryReport($countryCode: String!, $year: Int!) {\n    baselineCountryReport(countryCode: $countryCode, year: $year) {\n      countryCode\n      countryName\n      year\n      counted\n      municipalities {\n        municipalityId\n        name\n        status\n        submittedAt\n      }\n      questions {\n        question\n        answered\n        parts {\n          part\n          kind\n          answered\n          counts {\n            option\n            count\n          }\n          total\n          min\n          max\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostScenarioEditor_scenario on CostScenario {\n    id\n    title\n    summary\n    countryCode\n    municipalityId\n    municipalityName\n    currency\n    priceYear\n    templateKey\n    shared\n    version\n    mine\n    updatedAt\n    lines {\n      category\n      payer\n      unitCostMinor\n      quantity\n      period\n      periods\n      startDay\n      illustrative\n      sourceNote\n      totalMinor\n    }\n    totals {\n      totalMinor\n    }\n  }\n"): (typeof documents)["\n  fragment CostScenarioEditor_scenario on CostScenario {\n    id\n    title\n    summary\n    countryCode\n    municipalityId\n    municipalityName\n    currency\n    priceYear\n    templateKey\n    shared\n    version\n    mine\n    updatedAt\n    lines {\n      category\n      payer\n      unitCostMinor\n      quantity\n      period\n      periods\n      startDay\n      illustrative\n      sourceNote\n      totalMinor\n    }\n    totals {\n      totalMinor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostScenarioList($first: Int!, $after: String, $mine: Boolean) {\n    costScenarios(first: $first, after: $after, filter: { mine: $mine }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          countryCode\n          currency\n          priceYear\n          shared\n          mine\n          updatedAt\n          totals {\n            totalMinor\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostScenarioList($first: Int!, $after: String, $mine: Boolean) {\n    costScenarios(first: $first, after: $after, filter: { mine: $mine }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          countryCode\n          currency\n          priceYear\n          shared\n          mine\n          updatedAt\n          totals {\n            totalMinor\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostTemplates {\n    costTemplates {\n      key\n      title\n      countryCode\n      currency\n      priceYear\n      summary\n      basis\n      source\n      lines {\n        category\n        payer\n        unitCostMinor\n        quantity\n        period\n        periods\n        startDay\n        illustrative\n        sourceNote\n        totalMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostTemplates {\n    costTemplates {\n      key\n      title\n      countryCode\n      currency\n      priceYear\n      summary\n      basis\n      source\n      lines {\n        category\n        payer\n        unitCostMinor\n        quantity\n        period\n        periods\n        startDay\n        illustrative\n        sourceNote\n        totalMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostScenario($id: ID!) {\n    costScenario(id: $id) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n"): (typeof documents)["\n  query CostScenario($id: ID!) {\n    costScenario(id: $id) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostCountries {\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CostCountries {\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCostScenario($input: SaveCostScenarioInput!) {\n    saveCostScenario(input: $input) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCostScenario($input: SaveCostScenarioInput!) {\n    saveCostScenario(input: $input) {\n      ...CostScenarioEditor_scenario\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCostScenario($id: ID!) {\n    deleteCostScenario(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCostScenario($id: ID!) {\n    deleteCostScenario(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedCostFigures {\n    publishedCostFigures {\n      country\n      category\n      unit\n      amount\n      amountHigh\n      currency\n      year\n      note\n      sources {\n        id\n        title\n        publisher\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedCostFigures {\n    publishedCostFigures {\n      country\n      category\n      unit\n      amount\n      amountHigh\n      currency\n      year\n      note\n      sources {\n        id\n        title\n        publisher\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostComparison($ids: [ID!]!, $currency: CostCurrency!, $priceYear: Int!) {\n    costComparison(ids: $ids, currency: $currency, priceYear: $priceYear) {\n      currency\n      priceYear\n      entries {\n        scenario {\n          id\n          title\n          currency\n          priceYear\n        }\n        totals {\n          totalMinor\n          byGroup {\n            key\n            totalMinor\n          }\n          byCategory {\n            category\n            totalMinor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostComparison($ids: [ID!]!, $currency: CostCurrency!, $priceYear: Int!) {\n    costComparison(ids: $ids, currency: $currency, priceYear: $priceYear) {\n      currency\n      priceYear\n      entries {\n        scenario {\n          id\n          title\n          currency\n          priceYear\n        }\n        totals {\n          totalMinor\n          byGroup {\n            key\n            totalMinor\n          }\n          byCategory {\n            category\n            totalMinor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostRates {\n    costRates {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostRates {\n    costRates {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetExchangeRate($input: SetExchangeRateInput!) {\n    setExchangeRate(input: $input) {\n      exchange {\n        year\n        currency\n        perEuro\n        source\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPriceIndex($input: SetPriceIndexInput!) {\n    setPriceIndex(input: $input) {\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPriceIndex($input: SetPriceIndexInput!) {\n    setPriceIndex(input: $input) {\n      prices {\n        year\n        countryCode\n        index\n        source\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CounterpartCard_counterpart on Counterpart {\n    reason\n    roleAssignment {\n      id\n      role\n      scope {\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n        ...ScopeLabel_scope\n      }\n    }\n    expert {\n      id\n      fullName\n      title\n      languages\n      availableForConsultation\n      organisation {\n        id\n        name\n      }\n      ...ExpertContacts_expert\n    }\n  }\n"): (typeof documents)["\n  fragment CounterpartCard_counterpart on Counterpart {\n    reason\n    roleAssignment {\n      id\n      role\n      scope {\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n        ...ScopeLabel_scope\n      }\n    }\n    expert {\n      id\n      fullName\n      title\n      languages\n      availableForConsultation\n      organisation {\n        id\n        name\n      }\n      ...ExpertContacts_expert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterpartPlaces($countryCode: String) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n      latitude\n      longitude\n      country {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query CounterpartPlaces($countryCode: String) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n      latitude\n      longitude\n      country {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerRoles {\n    viewer {\n      id\n      expert {\n        id\n        roles {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerRoles {\n    viewer {\n      id\n      expert {\n        id\n        roles {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counterparts($role: Role!, $countryCode: String, $municipalityId: ID, $first: Int!) {\n    counterparts(role: $role, countryCode: $countryCode, municipalityId: $municipalityId, first: $first) {\n      expert {\n        id\n      }\n      ...CounterpartCard_counterpart\n    }\n  }\n"): (typeof documents)["\n  query Counterparts($role: Role!, $countryCode: String, $municipalityId: ID, $first: Int!) {\n    counterparts(role: $role, countryCode: $countryCode, municipalityId: $municipalityId, first: $first) {\n      expert {\n        id\n      }\n      ...CounterpartCard_counterpart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage {\n    coverage {\n      countries {\n        country {\n          code\n          name\n        }\n        withContactPoint\n        membersOnly\n        nobody\n        serviceGaps {\n          service\n          targetGroup\n        }\n      }\n      municipalities {\n        municipality {\n          id\n          name\n          latitude\n          longitude\n          country {\n            code\n            name\n          }\n        }\n        status\n        experts\n        organisations\n      }\n    }\n  }\n"): (typeof documents)["\n  query Coverage {\n    coverage {\n      countries {\n        country {\n          code\n          name\n        }\n        withContactPoint\n        membersOnly\n        nobody\n        serviceGaps {\n          service\n          targetGroup\n        }\n      }\n      municipalities {\n        municipality {\n          id\n          name\n          latitude\n          longitude\n          country {\n            code\n            name\n          }\n        }\n        status\n        experts\n        organisations\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryActivityCursor {\n    networkActivity(first: 1) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryActivityCursor {\n    networkActivity(first: 1) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DirectoryActivity($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        kind\n        expert {\n          id\n          ...ExpertRow_expert\n        }\n        organisation {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DirectoryActivity($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        kind\n        expert {\n          id\n          ...ExpertRow_expert\n        }\n        organisation {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AffiliationLine_expert on Expert {\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AffiliationLine_expert on Expert {\n    organisation {\n      id\n      name\n    }\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertContacts_expert on Expert {\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertContacts_expert on Expert {\n    contacts {\n      email\n      phone\n      messagingHandle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {\n    experts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      role\n      status\n      ...RoleAssignments_role\n    }\n    viewerCan {\n      edit\n    }\n    ...ExpertContacts_expert\n  }\n"): (typeof documents)["\n  fragment ExpertProfile_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    bio\n    formsOfExploitation\n    topics\n    availableForConsultation\n    roles {\n      id\n      role\n      status\n      ...RoleAssignments_role\n    }\n    viewerCan {\n      edit\n    }\n    ...ExpertContacts_expert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n"): (typeof documents)["\n  query ExpertProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      ...ExpertProfile_expert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    roles {\n      id\n      role\n      status\n    }\n    ...ExpertContacts_expert\n  }\n"): (typeof documents)["\n  fragment ExpertRow_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n    languages\n    roles {\n      id\n      role\n      status\n    }\n    ...ExpertContacts_expert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n    status\n  }\n"): (typeof documents)["\n  fragment RoleAssignments_role on RoleAssignment {\n    id\n    role\n    scope {\n      ...ScopeLabel_scope\n    }\n    responsibilities\n    startsOn\n    endsOn\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartExpertExport($filter: ExpertFilter) {\n    startExpertExport(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartExpertExport($filter: ExpertFilter) {\n    startExpertExport(filter: $filter) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertFacets($filter: ExpertFilter) {\n    expertFacets(filter: $filter) {\n      total\n      availableForConsultation\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      organisationTypes {\n        value\n        count\n      }\n      roles {\n        value\n        count\n      }\n      formsOfExploitation {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertFacets($filter: ExpertFilter) {\n    expertFacets(filter: $filter) {\n      total\n      availableForConsultation\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      organisationTypes {\n        value\n        count\n      }\n      roles {\n        value\n        count\n      }\n      formsOfExploitation {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationFacets($filter: OrganisationFilter) {\n    organisationFacets(filter: $filter) {\n      total\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      types {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      targetGroups {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationFacets($filter: OrganisationFilter) {\n    organisationFacets(filter: $filter) {\n      total\n      countries {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      levels {\n        value\n        count\n      }\n      types {\n        value\n        count\n      }\n      services {\n        value\n        count\n      }\n      targetGroups {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumSummary_forum on Forum {\n    id\n    slug\n    title\n    description\n    level\n    countryCode\n    municipalityName\n    visibility\n    threadCount\n    unreadCount\n    newThreadCount\n    lastPostAt\n  }\n"): (typeof documents)["\n  fragment ForumSummary_forum on Forum {\n    id\n    slug\n    title\n    description\n    level\n    countryCode\n    municipalityName\n    visibility\n    threadCount\n    unreadCount\n    newThreadCount\n    lastPostAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Forums {\n    forums {\n      id\n      ...ForumSummary_forum\n    }\n  }\n"): (typeof documents)["\n  query Forums {\n    forums {\n      id\n      ...ForumSummary_forum\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPage($slug: String!, $first: Int!, $after: String, $tag: String, $solved: Boolean, $unanswered: Boolean) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      watchLevel\n      viewerCan {\n        manage\n        moderate\n        startThread\n      }\n      threads(first: $first, after: $after, tag: $tag, solved: $solved, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            tags\n            pinned\n            locked\n            closed\n            solvedPostId\n            postCount\n            lastPostAt\n            author {\n              name\n              former\n            }\n            unreadCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumPage($slug: String!, $first: Int!, $after: String, $tag: String, $solved: Boolean, $unanswered: Boolean) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      watchLevel\n      viewerCan {\n        manage\n        moderate\n        startThread\n      }\n      threads(first: $first, after: $after, tag: $tag, solved: $solved, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            tags\n            pinned\n            locked\n            closed\n            solvedPostId\n            postCount\n            lastPostAt\n            author {\n              name\n              former\n            }\n            unreadCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadActivity($forumId: ID!, $after: String) {\n    # Everything a row shows but the reader's unread count, which live payloads do not carry (null): the cached\n    # count is kept instead of being overwritten.\n    threadActivity(forumId: $forumId, after: $after) {\n      cursor\n      node {\n        id\n        title\n        tags\n        pinned\n        locked\n        closed\n        solvedPostId\n        postCount\n        lastPostAt\n        author {\n          name\n          former\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadActivity($forumId: ID!, $after: String) {\n    # Everything a row shows but the reader's unread count, which live payloads do not carry (null): the cached\n    # count is kept instead of being overwritten.\n    threadActivity(forumId: $forumId, after: $after) {\n      cursor\n      node {\n        id\n        title\n        tags\n        pinned\n        locked\n        closed\n        solvedPostId\n        postCount\n        lastPostAt\n        author {\n          name\n          former\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitForum($forumId: ID!) {\n    visitForum(forumId: $forumId) {\n      id\n      newThreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation VisitForum($forumId: ID!) {\n    visitForum(forumId: $forumId) {\n      id\n      newThreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetForumWatchLevel($forumId: ID!, $level: WatchLevel!) {\n    setWatchLevel(input: { forumId: $forumId, level: $level }) {\n      forum {\n        id\n        watchLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetForumWatchLevel($forumId: ID!, $level: WatchLevel!) {\n    setWatchLevel(input: { forumId: $forumId, level: $level }) {\n      forum {\n        id\n        watchLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      viewerCan {\n        startThread\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      viewerCan {\n        startThread\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue {\n    moderationQueue {\n      postId\n      threadId\n      threadTitle\n      forumSlug\n      text\n      hidden\n      flagCount\n      reasons\n      lastFlaggedAt\n      author {\n        name\n      }\n      confirmedFindings {\n        field\n        kind\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue {\n    moderationQueue {\n      postId\n      threadId\n      threadTitle\n      forumSlug\n      text\n      hidden\n      flagCount\n      reasons\n      lastFlaggedAt\n      author {\n        name\n      }\n      confirmedFindings {\n        field\n        kind\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueModeratePost($postId: ID!, $action: PostModeration!, $reason: String) {\n    moderatePost(postId: $postId, action: $action, input: { reason: $reason }) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation QueueModeratePost($postId: ID!, $action: PostModeration!, $reason: String) {\n    moderatePost(postId: $postId, action: $action, input: { reason: $reason }) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueModerateThread($threadId: ID!, $action: ThreadModeration!, $reason: String) {\n    moderateThread(threadId: $threadId, action: $action, input: { reason: $reason }) {\n      id\n      locked\n      pinned\n      closed\n    }\n  }\n"): (typeof documents)["\n  mutation QueueModerateThread($threadId: ID!, $action: ThreadModeration!, $reason: String) {\n    moderateThread(threadId: $threadId, action: $action, input: { reason: $reason }) {\n      id\n      locked\n      pinned\n      closed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFlags($postId: ID!, $reason: String!) {\n    dismissFlags(postId: $postId, input: { reason: $reason }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DismissFlags($postId: ID!, $reason: String!) {\n    dismissFlags(postId: $postId, input: { reason: $reason }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      version\n      viewerCan {\n        manage\n        manageMembers\n      }\n      ...ForumPeople\n    }\n  }\n"): (typeof documents)["\n  query EditForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      title\n      description\n      visibility\n      version\n      viewerCan {\n        manage\n        manageMembers\n      }\n      ...ForumPeople\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumPeople on Forum {\n    id\n    moderators {\n      userId\n      name\n      organisationName\n    }\n    members {\n      userId\n      name\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  fragment ForumPeople on Forum {\n    id\n    moderators {\n      userId\n      name\n      organisationName\n    }\n    members {\n      userId\n      name\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCandidates($slug: String!, $text: String!, $role: ForumRole!) {\n    forum(slug: $slug) {\n      id\n      candidatePeople(text: $text, role: $role) {\n        userId\n        name\n        organisationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumCandidates($slug: String!, $text: String!, $role: ForumRole!) {\n    forum(slug: $slug) {\n      id\n      candidatePeople(text: $text, role: $role) {\n        userId\n        name\n        organisationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetForumModerators($input: ForumPeopleInput!) {\n    setForumModerators(input: $input) {\n      ...ForumPeople\n    }\n  }\n"): (typeof documents)["\n  mutation SetForumModerators($input: ForumPeopleInput!) {\n    setForumModerators(input: $input) {\n      ...ForumPeople\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddForumMembers($input: ForumPeopleInput!) {\n    addForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n"): (typeof documents)["\n  mutation AddForumMembers($input: ForumPeopleInput!) {\n    addForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveForumMembers($input: ForumPeopleInput!) {\n    removeForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveForumMembers($input: ForumPeopleInput!) {\n    removeForumMembers(input: $input) {\n      ...ForumPeople\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      title\n      description\n      visibility\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      title\n      description\n      visibility\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organisationName\n      countryName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      organisationName\n      countryName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationQueue($status: InvitationStatus, $first: Int!, $after: String) {\n    invitations(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...InvitationCard_invitation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationQueue($status: InvitationStatus, $first: Int!, $after: String) {\n    invitations(status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...InvitationCard_invitation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationCard_invitation on Invitation {\n    id\n    email\n    fullName\n    jobTitle\n    kind\n    status\n    awaitingApprovalBy\n    networkRole\n    reason\n    newOrganisationName\n    createdAt\n    expiresAt\n    country {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n    invitedBy {\n      id\n      fullName\n    }\n    approvedBy {\n      id\n      fullName\n    }\n    viewerCan {\n      approve\n      decline\n      revoke\n      resend\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationCard_invitation on Invitation {\n    id\n    email\n    fullName\n    jobTitle\n    kind\n    status\n    awaitingApprovalBy\n    networkRole\n    reason\n    newOrganisationName\n    createdAt\n    expiresAt\n    country {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n    invitedBy {\n      id\n      fullName\n    }\n    approvedBy {\n      id\n      fullName\n    }\n    viewerCan {\n      approve\n      decline\n      revoke\n      resend\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveInvitation($id: ID!) {\n    approveInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveInvitation($id: ID!) {\n    approveInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      ...InvitationCard_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMember($input: ProposeMemberInput!) {\n    proposeMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMember($input: ProposeMemberInput!) {\n    proposeMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n      awaitingApprovalBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationOrganisations($filter: OrganisationFilter!, $first: Int!) {\n    organisations(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationOrganisations($filter: OrganisationFilter!, $first: Int!) {\n    organisations(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n"): (typeof documents)["\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinContacts {\n    joinContacts {\n      countryCode\n      countryName\n      organisations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query JoinContacts {\n    joinContacts {\n      countryCode\n      countryName\n      organisations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberStart {\n    viewer {\n      id\n      expert {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberStart {\n    viewer {\n      id\n      expert {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCounts($countryCode: String) {\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n        name\n        latitude\n        longitude\n        country {\n          code\n          name\n        }\n      }\n      organisations\n      experts\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityCounts($countryCode: String) {\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n        name\n        latitude\n        longitude\n        country {\n          code\n          name\n        }\n      }\n      organisations\n      experts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      viewerCan {\n        manage\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      viewerCan {\n        manage\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMeetingAgenda($input: SaveAgendaInput!) {\n    saveMeetingAgenda(input: $input) {\n      id\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMeetingAgenda($input: SaveAgendaInput!) {\n    saveMeetingAgenda(input: $input) {\n      id\n      agenda {\n        version\n        items {\n          id\n          title\n          plannedMinutes\n          startsAt\n          endsAt\n          presenter {\n            userId\n            name\n          }\n          links {\n            url\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingLiveState_state on MeetingLiveState {\n    meetingId\n    sequence\n    status\n    startsAt\n    endsAt\n    timeZone\n    readAt\n    agenda {\n      version\n      items {\n        id\n        position\n        title\n        plannedMinutes\n        startsAt\n        endsAt\n        startedAt\n        endedAt\n        presenter {\n          userId\n          name\n          countryCode\n        }\n        links {\n          url\n          label\n        }\n      }\n      nowDiscussing {\n        itemId\n        position\n        startedAt\n        extraMinutes\n        plannedEndsAt\n      }\n    }\n    speakerQueue {\n      balanced\n      viewerRequestId\n      speaking {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      waiting {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      turnsByCountry {\n        countryCode\n        turns\n      }\n    }\n    attendance {\n      presentCount\n      attendedCount\n      viewerPresent\n      present {\n        inPerson\n        checkedInAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      byCountry {\n        countryCode\n        present\n        expected\n        attended\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingLiveState_state on MeetingLiveState {\n    meetingId\n    sequence\n    status\n    startsAt\n    endsAt\n    timeZone\n    readAt\n    agenda {\n      version\n      items {\n        id\n        position\n        title\n        plannedMinutes\n        startsAt\n        endsAt\n        startedAt\n        endedAt\n        presenter {\n          userId\n          name\n          countryCode\n        }\n        links {\n          url\n          label\n        }\n      }\n      nowDiscussing {\n        itemId\n        position\n        startedAt\n        extraMinutes\n        plannedEndsAt\n      }\n    }\n    speakerQueue {\n      balanced\n      viewerRequestId\n      speaking {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      waiting {\n        id\n        raisedAt\n        calledAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      turnsByCountry {\n        countryCode\n        turns\n      }\n    }\n    attendance {\n      presentCount\n      attendedCount\n      viewerPresent\n      present {\n        inPerson\n        checkedInAt\n        person {\n          userId\n          name\n          countryCode\n        }\n      }\n      byCountry {\n        countryCode\n        present\n        expected\n        attended\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingLive($id: ID!) {\n    viewer {\n      id\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerStatus\n      viewerCan {\n        manage\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingLive($id: ID!) {\n    viewer {\n      id\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerStatus\n      viewerCan {\n        manage\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingLiveEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      __typename\n      sequence\n      kind\n      occurredAt\n      ... on MeetingAgendaAdvanced {\n        currentItemId\n        currentPosition\n        startedAt\n        currentPlannedEndsAt\n        previousItemId\n      }\n      ... on MeetingAgendaExtended {\n        itemId\n        extraMinutes\n        plannedEndsAt\n      }\n      ... on MeetingHandRaised {\n        requestId\n        userId\n        name\n        countryCode\n        raisedAt\n      }\n      ... on MeetingHandLowered {\n        requestId\n        userId\n      }\n      ... on MeetingSpeakerCalled {\n        requestId\n        userId\n        name\n        countryCode\n      }\n      ... on MeetingSpeakerFinished {\n        requestId\n        userId\n      }\n      ... on MeetingParticipantCheckedIn {\n        userId\n        name\n        countryCode\n        inPerson\n        checkedInAt\n      }\n      ... on MeetingParticipantLeft {\n        userId\n        countryCode\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingLiveEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      __typename\n      sequence\n      kind\n      occurredAt\n      ... on MeetingAgendaAdvanced {\n        currentItemId\n        currentPosition\n        startedAt\n        currentPlannedEndsAt\n        previousItemId\n      }\n      ... on MeetingAgendaExtended {\n        itemId\n        extraMinutes\n        plannedEndsAt\n      }\n      ... on MeetingHandRaised {\n        requestId\n        userId\n        name\n        countryCode\n        raisedAt\n      }\n      ... on MeetingHandLowered {\n        requestId\n        userId\n      }\n      ... on MeetingSpeakerCalled {\n        requestId\n        userId\n        name\n        countryCode\n      }\n      ... on MeetingSpeakerFinished {\n        requestId\n        userId\n      }\n      ... on MeetingParticipantCheckedIn {\n        userId\n        name\n        countryCode\n        inPerson\n        checkedInAt\n      }\n      ... on MeetingParticipantLeft {\n        userId\n        countryCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($id: ID!) {\n    startMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMeeting($id: ID!) {\n    endMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndMeeting($id: ID!) {\n    endMeeting(id: $id) {\n      id\n      status\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMeetingAgenda($input: MoveAgendaInput!) {\n    moveMeetingAgenda(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveMeetingAgenda($input: MoveAgendaInput!) {\n    moveMeetingAgenda(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendMeetingAgendaItem($input: ExtendAgendaItemInput!) {\n    extendMeetingAgendaItem(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendMeetingAgendaItem($input: ExtendAgendaItemInput!) {\n    extendMeetingAgendaItem(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseHand($meetingId: ID!) {\n    raiseHand(meetingId: $meetingId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseHand($meetingId: ID!) {\n    raiseHand(meetingId: $meetingId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LowerHand($meetingId: ID!, $requestId: ID) {\n    lowerHand(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LowerHand($meetingId: ID!, $requestId: ID) {\n    lowerHand(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNextSpeaker($meetingId: ID!, $requestId: ID) {\n    callNextSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CallNextSpeaker($meetingId: ID!, $requestId: ID) {\n    callNextSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishSpeaker($meetingId: ID!, $requestId: ID!) {\n    finishSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishSpeaker($meetingId: ID!, $requestId: ID!) {\n    finishSpeaker(meetingId: $meetingId, requestId: $requestId) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSpeakerBalance($meetingId: ID!, $balanced: Boolean!) {\n    setSpeakerBalance(meetingId: $meetingId, balanced: $balanced) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSpeakerBalance($meetingId: ID!, $balanced: Boolean!) {\n    setSpeakerBalance(meetingId: $meetingId, balanced: $balanced) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInToMeeting($input: CheckInInput!) {\n    checkInToMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInToMeeting($input: CheckInInput!) {\n    checkInToMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveMeeting($input: LeaveMeetingInput!) {\n    leaveMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveMeeting($input: LeaveMeetingInput!) {\n    leaveMeeting(input: $input) {\n      id\n      liveState {\n        ...MeetingLiveState_state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    viewerStatus\n  }\n"): (typeof documents)["\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    viewerStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingList($when: MeetingWhen!, $level: Level, $countryCode: String, $first: Int!, $after: String) {\n    meetings(when: $when, level: $level, countryCode: $countryCode, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MeetingSummary_meeting\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingList($when: MeetingWhen!, $level: Level, $countryCode: String, $first: Int!, $after: String) {\n    meetings(when: $when, level: $level, countryCode: $countryCode, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MeetingSummary_meeting\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCountries {\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query MeetingCountries {\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetail_meeting on Meeting {\n    id\n    version\n    title\n    purpose\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    venue\n    visibility\n    hasOnlineLink\n    onlineLink\n    capacity\n    acceptedCount\n    waitingCount\n    invitedCount\n    cancelReason\n    calendarPath\n    viewerStatus\n    viewerCan {\n      manage\n      rsvp\n      answerDatePoll\n    }\n    hosts {\n      userId\n      name\n    }\n    participants {\n      userId\n      name\n      countryCode\n      municipalityName\n      role\n      status\n      note\n    }\n    dateSlots {\n      id\n      startsAt\n      endsAt\n      yes\n      ifNeedBe\n      no\n      best\n      viewerAnswer\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetail_meeting on Meeting {\n    id\n    version\n    title\n    purpose\n    status\n    format\n    level\n    countryCode\n    municipalityName\n    startsAt\n    endsAt\n    timeZone\n    venue\n    visibility\n    hasOnlineLink\n    onlineLink\n    capacity\n    acceptedCount\n    waitingCount\n    invitedCount\n    cancelReason\n    calendarPath\n    viewerStatus\n    viewerCan {\n      manage\n      rsvp\n      answerDatePoll\n    }\n    hosts {\n      userId\n      name\n    }\n    participants {\n      userId\n      name\n      countryCode\n      municipalityName\n      role\n      status\n      note\n    }\n    dateSlots {\n      id\n      startsAt\n      endsAt\n      yes\n      ifNeedBe\n      no\n      best\n      viewerAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetail_meeting\n    }\n    calendarFeedCreatedAt\n  }\n"): (typeof documents)["\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingDetail_meeting\n    }\n    calendarFeedCreatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingRsvp($input: RsvpInput!) {\n    rsvpMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingRsvp($input: RsvpInput!) {\n    rsvpMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAnswerSlots($input: AnswerSlotsInput!) {\n    answerMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAnswerSlots($input: AnswerSlotsInput!) {\n    answerMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCreateCalendarFeed {\n    createCalendarFeed {\n      createdAt\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCreateCalendarFeed {\n    createCalendarFeed {\n      createdAt\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollsPanel_poll on MeetingPoll {\n    id\n    question\n    status\n    multiple\n    anonymous\n    voterCount\n    viewerChoice\n    options {\n      id\n      label\n      votes\n    }\n    voters {\n      userId\n      name\n      optionIds\n    }\n  }\n"): (typeof documents)["\n  fragment PollsPanel_poll on MeetingPoll {\n    id\n    question\n    status\n    multiple\n    anonymous\n    voterCount\n    viewerChoice\n    options {\n      id\n      label\n      votes\n    }\n    voters {\n      userId\n      name\n      optionIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionsPanel_question on MeetingQuestion {\n    id\n    text\n    authorName\n    upvotes\n    viewerUpvoted\n    viewerAsked\n    answered\n    hidden\n  }\n"): (typeof documents)["\n  fragment QuestionsPanel_question on MeetingQuestion {\n    id\n    text\n    authorName\n    upvotes\n    viewerUpvoted\n    viewerAsked\n    answered\n    hidden\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionsPanel_note on MeetingNote {\n    id\n    kind\n    text\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DecisionsPanel_note on MeetingNote {\n    id\n    kind\n    text\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemList_item on MeetingActionItem {\n    id\n    text\n    ownerName\n    dueOn\n    status\n    meetingId\n    meetingTitle\n    viewerCanUpdate\n  }\n"): (typeof documents)["\n  fragment ActionItemList_item on MeetingActionItem {\n    id\n    text\n    ownerName\n    dueOn\n    status\n    meetingId\n    meetingTitle\n    viewerCanUpdate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      lastEventSequence\n      viewerCanOutcomes {\n        run\n        takePart\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      polls {\n        id\n        ...PollsPanel_poll\n      }\n      questions {\n        id\n        ...QuestionsPanel_question\n      }\n      notes {\n        id\n        ...DecisionsPanel_note\n      }\n      actionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      lastEventSequence\n      viewerCanOutcomes {\n        run\n        takePart\n      }\n      hosts {\n        userId\n        name\n      }\n      participants {\n        userId\n        name\n        status\n      }\n      polls {\n        id\n        ...PollsPanel_poll\n      }\n      questions {\n        id\n        ...QuestionsPanel_question\n      }\n      notes {\n        id\n        ...DecisionsPanel_note\n      }\n      actionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCarriedActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      carriedActionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingCarriedActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      carriedActionItems {\n        id\n        ...ActionItemList_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingOutcomeEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      sequence\n      kind\n      ... on MeetingVoteCounted {\n        pollId\n        voterCount\n        options {\n          optionId\n          votes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingOutcomeEvents($meetingId: ID!, $after: Int) {\n    meetingEvent(meetingId: $meetingId, after: $after) {\n      sequence\n      kind\n      ... on MeetingVoteCounted {\n        pollId\n        voterCount\n        options {\n          optionId\n          votes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeetingPoll($input: CreateMeetingPollInput!) {\n    createMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeetingPoll($input: CreateMeetingPollInput!) {\n    createMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMeetingPoll($id: ID!) {\n    openMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"): (typeof documents)["\n  mutation OpenMeetingPoll($id: ID!) {\n    openMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeetingPoll($id: ID!) {\n    closeMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeetingPoll($id: ID!) {\n    closeMeetingPoll(id: $id) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteMeetingPoll($input: VoteMeetingPollInput!) {\n    voteMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"): (typeof documents)["\n  mutation VoteMeetingPoll($input: VoteMeetingPollInput!) {\n    voteMeetingPoll(input: $input) {\n      id\n      ...PollsPanel_poll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskMeetingQuestion($input: AskMeetingQuestionInput!) {\n    askMeetingQuestion(input: $input) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"): (typeof documents)["\n  mutation AskMeetingQuestion($input: AskMeetingQuestionInput!) {\n    askMeetingQuestion(input: $input) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpvoteMeetingQuestion($id: ID!) {\n    upvoteMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"): (typeof documents)["\n  mutation UpvoteMeetingQuestion($id: ID!) {\n    upvoteMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerMeetingQuestion($id: ID!) {\n    answerMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerMeetingQuestion($id: ID!) {\n    answerMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideMeetingQuestion($id: ID!) {\n    hideMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"): (typeof documents)["\n  mutation HideMeetingQuestion($id: ID!) {\n    hideMeetingQuestion(id: $id) {\n      id\n      ...QuestionsPanel_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingNote($input: AddMeetingNoteInput!) {\n    addMeetingNote(input: $input) {\n      id\n      ...DecisionsPanel_note\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingNote($input: AddMeetingNoteInput!) {\n    addMeetingNote(input: $input) {\n      id\n      ...DecisionsPanel_note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingActionItemStatus($input: SetMeetingActionItemStatusInput!) {\n    setMeetingActionItemStatus(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeetingActionItemStatus($input: SetMeetingActionItemStatusInput!) {\n    setMeetingActionItemStatus(input: $input) {\n      id\n      ...ActionItemList_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesPage_minutes on MeetingMinutes {\n    meetingId\n    status\n    source\n    html\n    version\n    updatedAt\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment MinutesPage_minutes on MeetingMinutes {\n    meetingId\n    status\n    source\n    html\n    version\n    updatedAt\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerCanOutcomes {\n        writeMinutes\n      }\n      minutes {\n        id\n        ...MinutesPage_minutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      status\n      viewerCanOutcomes {\n        writeMinutes\n      }\n      minutes {\n        id\n        ...MinutesPage_minutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateMeetingMinutes($meetingId: ID!, $expectedVersion: Int) {\n    generateMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateMeetingMinutes($meetingId: ID!, $expectedVersion: Int) {\n    generateMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingMinutes($input: UpdateMeetingMinutesInput!) {\n    updateMeetingMinutes(input: $input) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingMinutes($input: UpdateMeetingMinutesInput!) {\n    updateMeetingMinutes(input: $input) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMeetingMinutes($meetingId: ID!, $expectedVersion: Int!) {\n    publishMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n"): (typeof documents)["\n  mutation PublishMeetingMinutes($meetingId: ID!, $expectedVersion: Int!) {\n    publishMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n      id\n      ...MinutesPage_minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollTally_poll on MeetingPoll {\n    id\n    voterCount\n    options {\n      id\n      votes\n    }\n  }\n"): (typeof documents)["\n  fragment PollTally_poll on MeetingPoll {\n    id\n    voterCount\n    options {\n      id\n      votes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPlanning {\n    meetingPlanning {\n      canPlan\n      regional\n      countryCodes\n    }\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query MeetingPlanning {\n    meetingPlanning {\n      canPlan\n      regional\n      countryCodes\n    }\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlanMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPointPlaces($countryCode: String!) {\n    contactPointPlaces(countryCode: $countryCode) {\n      municipalityId\n      name\n      countryCode\n      latitude\n      longitude\n      contactPointCount\n    }\n  }\n"): (typeof documents)["\n  query ContactPointPlaces($countryCode: String!) {\n    contactPointPlaces(countryCode: $countryCode) {\n      municipalityId\n      name\n      countryCode\n      latitude\n      longitude\n      contactPointCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCandidates($text: String!) {\n    meetingCandidates(text: $text) {\n      userId\n      expertId\n      name\n      organisationName\n      countryCode\n    }\n  }\n"): (typeof documents)["\n  query MeetingCandidates($text: String!) {\n    meetingCandidates(text: $text) {\n      userId\n      expertId\n      name\n      organisationName\n      countryCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanCreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PlanCreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanProposeSlots($input: ProposeSlotsInput!) {\n    proposeMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation PlanProposeSlots($input: ProposeSlotsInput!) {\n    proposeMeetingSlots(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanInvite($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitedCount\n    }\n  }\n"): (typeof documents)["\n  mutation PlanInvite($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanInviteContactPoints($input: InviteContactPointsInput!) {\n    inviteContactPoints(input: $input) {\n      invitedCount\n      contactPointCount\n      withoutContactPoint {\n        municipalityId\n        name\n        countryCode\n      }\n      meeting {\n        id\n        invitedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanInviteContactPoints($input: InviteContactPointsInput!) {\n    inviteContactPoints(input: $input) {\n      invitedCount\n      contactPointCount\n      withoutContactPoint {\n        municipalityId\n        name\n        countryCode\n      }\n      meeting {\n        id\n        invitedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanScheduleMeeting($id: ID!) {\n    scheduleMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PlanScheduleMeeting($id: ID!) {\n    scheduleMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanUpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation PlanUpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanPickSlot($meetingId: ID!, $slotId: ID!) {\n    pickMeetingSlot(meetingId: $meetingId, slotId: $slotId) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation PlanPickSlot($meetingId: ID!, $slotId: ID!) {\n    pickMeetingSlot(meetingId: $meetingId, slotId: $slotId) {\n      id\n      ...MeetingDetail_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCanPlan {\n    meetingPlanning {\n      canPlan\n    }\n  }\n"): (typeof documents)["\n  query MeetingCanPlan {\n    meetingPlanning {\n      canPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityEntry_activity on NetworkActivity {\n    id\n    kind\n    occurredAt\n    organisation {\n      id\n      name\n    }\n    expert {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkStats {\n    networkStats {\n      countries\n      otherCountries\n      municipalities\n      organisations\n      experts\n    }\n  }\n"): (typeof documents)["\n  query NetworkStats {\n    networkStats {\n      countries\n      otherCountries\n      municipalities\n      organisations\n      experts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityFeed($first: Int!) {\n    networkActivity(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEntry_activity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActivityFeedUpdates($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        ...ActivityEntry_activity\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ActivityFeedUpdates($after: String) {\n    networkActivity(after: $after) {\n      cursor\n      node {\n        id\n        ...ActivityEntry_activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      displayName\n      expertId\n    }\n    subject {\n      type\n      title\n      path\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      displayName\n      expertId\n    }\n    subject {\n      type\n      title\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      mentionEmails\n      digest\n      digestWeekday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationEntry_notification\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationEntry_notification\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationsUpdates($after: String) {\n    notifications: notificationAdded(after: $after) {\n      cursor\n      node {\n        id\n        ...NotificationEntry_notification\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationsUpdates($after: String) {\n    notifications: notificationAdded(after: $after) {\n      cursor\n      node {\n        id\n        ...NotificationEntry_notification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationArrived {\n    notificationAdded {\n      cursor\n      node {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationArrived {\n    notificationAdded {\n      cursor\n      node {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead($upTo: String) {\n    markAllNotificationsRead(upTo: $upTo)\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead($upTo: String) {\n    markAllNotificationsRead(upTo: $upTo)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationEditForm_organisation on Organisation {\n    id\n    version\n    name\n    acronym\n    description\n    website\n    phone\n    email\n    services {\n      id\n      kind\n      hotline\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationEditForm_organisation on Organisation {\n    id\n    version\n    name\n    acronym\n    description\n    website\n    phone\n    email\n    services {\n      id\n      kind\n      hotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationEditForm_organisation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationEditForm_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationRow_organisation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationPeople_organisation on Organisation {\n    id\n    experts(first: $peopleFirst, after: $peopleAfter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ExpertRow_expert\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    phone\n    email\n    viewerCan {\n      edit\n    }\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationProfile_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    description\n    website\n    phone\n    email\n    viewerCan {\n      edit\n    }\n    services {\n      id\n      ...ServiceCard_service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationProfile($id: ID!, $peopleFirst: Int!, $peopleAfter: String) {\n    organisation(id: $id) {\n      id\n      ...OrganisationProfile_organisation\n      ...OrganisationPeople_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationRow_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n    services {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n    hotline\n    address\n  }\n"): (typeof documents)["\n  fragment ServiceCard_service on OrganisationService {\n    id\n    kind\n    capacity\n    targetGroups\n    languages\n    available24x7\n    formsOfExploitation\n    description\n    hotline\n    address\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityDirectory($municipalityId: ID!, $countryCode: String!, $member: Boolean!) {\n    organisations(first: 100, filter: { municipalityId: $municipalityId }) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            kind\n          }\n        }\n      }\n    }\n    contactPoints: experts(first: 5, filter: { municipalityId: $municipalityId, role: MUNICIPAL_CONTACT_POINT }) @include(if: $member) {\n      edges {\n        node {\n          id\n          fullName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n      }\n      organisations\n      experts\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityDirectory($municipalityId: ID!, $countryCode: String!, $member: Boolean!) {\n    organisations(first: 100, filter: { municipalityId: $municipalityId }) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            kind\n          }\n        }\n      }\n    }\n    contactPoints: experts(first: 5, filter: { municipalityId: $municipalityId, role: MUNICIPAL_CONTACT_POINT }) @include(if: $member) {\n      edges {\n        node {\n          id\n          fullName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    municipalityCounts(countryCode: $countryCode) {\n      municipality {\n        id\n      }\n      organisations\n      experts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathwayStepCard_step on PathwayStep {\n    id\n    position\n    stage\n    chainRole\n    action\n    handOver\n    formsOfExploitation\n    targetGroups\n    refersToNational\n    crossBorder\n    organisation {\n      id\n      name\n      phone\n      email\n    }\n    contact {\n      expertId\n      fullName\n      phone\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment PathwayStepCard_step on PathwayStep {\n    id\n    position\n    stage\n    chainRole\n    action\n    handOver\n    formsOfExploitation\n    targetGroups\n    refersToNational\n    crossBorder\n    organisation {\n      id\n      name\n      phone\n      email\n    }\n    contact {\n      expertId\n      fullName\n      phone\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathwayGapList_gap on PathwayGap {\n    kind\n    stage\n    targetGroup\n    stepId\n    organisationName\n  }\n"): (typeof documents)["\n  fragment PathwayGapList_gap on PathwayGap {\n    kind\n    stage\n    targetGroup\n    stepId\n    organisationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathwayVersionView_version on PathwayVersion {\n    id\n    number\n    createdAt\n    publishedAt\n    steps {\n      id\n      stage\n      ...PathwayStepCard_step\n    }\n    gaps {\n      ...PathwayGapList_gap\n    }\n  }\n"): (typeof documents)["\n  fragment PathwayVersionView_version on PathwayVersion {\n    id\n    number\n    createdAt\n    publishedAt\n    steps {\n      id\n      stage\n      ...PathwayStepCard_step\n    }\n    gaps {\n      ...PathwayGapList_gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityPathway($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      level\n      countryCode\n      isPublic\n      latestVersion\n      viewerCan {\n        edit\n        publish\n        readDraft\n        setPublic\n      }\n      published {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n      draft {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityPathway($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      level\n      countryCode\n      isPublic\n      latestVersion\n      viewerCan {\n        edit\n        publish\n        readDraft\n        setPublic\n      }\n      published {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n      draft {\n        id\n        number\n        ...PathwayVersionView_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayHistory($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      versions {\n        id\n        number\n        reason\n        authorName\n        createdAt\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathwayHistory($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      versions {\n        id\n        number\n        reason\n        authorName\n        createdAt\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayDiff($municipalityId: ID, $countryCode: String, $from: Int!, $to: Int!) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      diff(from: $from, to: $to) {\n        stepId\n        change\n        position\n        stage\n        fields {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathwayDiff($municipalityId: ID, $countryCode: String, $from: Int!, $to: Int!) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      diff(from: $from, to: $to) {\n        stepId\n        change\n        position\n        stage\n        fields {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayEditor($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      latestVersion\n      viewerCan {\n        edit\n        publish\n      }\n      published {\n        id\n        number\n      }\n      draft {\n        id\n        number\n        steps {\n          id\n          position\n          stage\n          chainRole\n          action\n          handOver\n          formsOfExploitation\n          targetGroups\n          refersToNational\n          organisation {\n            id\n          }\n          contact {\n            expertId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathwayEditor($municipalityId: ID, $countryCode: String) {\n    referralPathway(municipalityId: $municipalityId, countryCode: $countryCode) {\n      id\n      latestVersion\n      viewerCan {\n        edit\n        publish\n      }\n      published {\n        id\n        number\n      }\n      draft {\n        id\n        number\n        steps {\n          id\n          position\n          stage\n          chainRole\n          action\n          handOver\n          formsOfExploitation\n          targetGroups\n          refersToNational\n          organisation {\n            id\n          }\n          contact {\n            expertId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePathwayDraft($input: SavePathwayDraftInput!) {\n    savePathwayDraft(input: $input) {\n      id\n      latestVersion\n      draft {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SavePathwayDraft($input: SavePathwayDraftInput!) {\n    savePathwayDraft(input: $input) {\n      id\n      latestVersion\n      draft {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPathway($input: PublishPathwayInput!) {\n    publishPathway(input: $input) {\n      id\n      latestVersion\n      published {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPathway($input: PublishPathwayInput!) {\n    publishPathway(input: $input) {\n      id\n      latestVersion\n      published {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPathwayPublic($input: SetPathwayPublicInput!) {\n    setPathwayPublic(input: $input) {\n      id\n      isPublic\n    }\n  }\n"): (typeof documents)["\n  mutation SetPathwayPublic($input: SetPathwayPublicInput!) {\n    setPathwayPublic(input: $input) {\n      id\n      isPublic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayOrganisations($countryCode: String!) {\n    organisations(first: 100, filter: { countryCode: $countryCode }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathwayOrganisations($countryCode: String!) {\n    organisations(first: 100, filter: { countryCode: $countryCode }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayList {\n    referralPathways(first: 100) {\n      edges {\n        node {\n          id\n          level\n          countryCode\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathwayList {\n    referralPathways(first: 100) {\n      edges {\n        node {\n          id\n          level\n          countryCode\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityPlaces {\n    municipalities {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityPlaces {\n    municipalities {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlaceFilterCountries {\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlaceFilterMunicipalities($countryCode: String!) {\n    municipalities(countryCode: $countryCode) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ScopeLabel_scope on Scope {\n    level\n    country {\n      code\n      name\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHit_thread on ThreadMatch {\n    id\n    threadTitle\n    forumTitle\n    lastPostAt\n  }\n"): (typeof documents)["\n  fragment SearchHit_thread on ThreadMatch {\n    id\n    threadTitle\n    forumTitle\n    lastPostAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHit_post on PostMatch {\n    id\n    threadId\n    threadTitle\n    forumTitle\n    snippet\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SearchHit_post on PostMatch {\n    id\n    threadId\n    threadTitle\n    forumTitle\n    snippet\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHit_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n  }\n"): (typeof documents)["\n  fragment SearchHit_expert on Expert {\n    id\n    fullName\n    title\n    ...AffiliationLine_expert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHit_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHit_organisation on Organisation {\n    id\n    name\n    acronym\n    type\n    scope {\n      ...ScopeLabel_scope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      expertCount\n      organisationCount\n      threadCount\n      postCount\n      hits {\n        score\n        node {\n          ... on Expert {\n            id\n            ...SearchHit_expert\n          }\n          ... on Organisation {\n            id\n            ...SearchHit_organisation\n          }\n          ... on ThreadMatch {\n            id\n            ...SearchHit_thread\n          }\n          ... on PostMatch {\n            id\n            ...SearchHit_post\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      expertCount\n      organisationCount\n      threadCount\n      postCount\n      hits {\n        score\n        node {\n          ... on Expert {\n            id\n            ...SearchHit_expert\n          }\n          ... on Organisation {\n            id\n            ...SearchHit_organisation\n          }\n          ... on ThreadMatch {\n            id\n            ...SearchHit_thread\n          }\n          ... on PostMatch {\n            id\n            ...SearchHit_post\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadModeratePost($postId: ID!, $action: PostModeration!) {\n    moderatePost(postId: $postId, action: $action) {\n      id\n      ...PostCard_post\n    }\n  }\n"): (typeof documents)["\n  mutation ThreadModeratePost($postId: ID!, $action: PostModeration!) {\n    moderatePost(postId: $postId, action: $action) {\n      id\n      ...PostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostAuthor_author on PostAuthor {\n    name\n    expertId\n    organisationName\n    suspended\n    former\n  }\n"): (typeof documents)["\n  fragment PostAuthor_author on PostAuthor {\n    name\n    expertId\n    organisationName\n    suspended\n    former\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard_post on Post {\n    id\n    position\n    threadId\n    createdAt\n    edited\n    editedAt\n    hidden\n    removed\n    purged\n    html\n    source\n    version\n    author {\n      name\n      former\n      ...PostAuthor_author\n    }\n    replyTo {\n      id\n      position\n      author {\n        name\n        former\n      }\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    viewerCan {\n      edit\n      delete\n      flag\n      moderate\n      react\n      seeHistory\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard_post on Post {\n    id\n    position\n    threadId\n    createdAt\n    edited\n    editedAt\n    hidden\n    removed\n    purged\n    html\n    source\n    version\n    author {\n      name\n      former\n      ...PostAuthor_author\n    }\n    replyTo {\n      id\n      position\n      author {\n        name\n        former\n      }\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    viewerCan {\n      edit\n      delete\n      flag\n      moderate\n      react\n      seeHistory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadPageChanges($threadId: ID!, $after: String) {\n    threadChanged(threadId: $threadId, after: $after) {\n      __typename\n      ... on PostChanged {\n        cursor\n        post {\n          id\n          edited\n          editedAt\n          hidden\n          removed\n          purged\n          html\n          source\n          version\n          reactions {\n            kind\n            count\n            mine\n          }\n          viewerCan {\n            edit\n            delete\n            flag\n            moderate\n            react\n            seeHistory\n          }\n        }\n      }\n      ... on ThreadStateChanged {\n        cursor\n        thread {\n          id\n          forumId\n          title\n          tags\n          pinned\n          locked\n          closed\n          solvedPostId\n          viewerCan {\n            reply\n            markSolved\n            moderate\n          }\n        }\n      }\n      ... on ThreadMerged {\n        cursor\n        threadId\n        targetThreadId\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadPageChanges($threadId: ID!, $after: String) {\n    threadChanged(threadId: $threadId, after: $after) {\n      __typename\n      ... on PostChanged {\n        cursor\n        post {\n          id\n          edited\n          editedAt\n          hidden\n          removed\n          purged\n          html\n          source\n          version\n          reactions {\n            kind\n            count\n            mine\n          }\n          viewerCan {\n            edit\n            delete\n            flag\n            moderate\n            react\n            seeHistory\n          }\n        }\n      }\n      ... on ThreadStateChanged {\n        cursor\n        thread {\n          id\n          forumId\n          title\n          tags\n          pinned\n          locked\n          closed\n          solvedPostId\n          viewerCan {\n            reply\n            markSolved\n            moderate\n          }\n        }\n      }\n      ... on ThreadMerged {\n        cursor\n        threadId\n        targetThreadId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadWatch($input: SetWatchLevelInput!) {\n    setWatchLevel(input: $input) {\n      thread {\n        id\n        watchLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetThreadWatch($input: SetWatchLevelInput!) {\n    setWatchLevel(input: $input) {\n      thread {\n        id\n        watchLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadModerateThread($threadId: ID!, $action: ThreadModeration!) {\n    moderateThread(threadId: $threadId, action: $action) {\n      id\n      pinned\n      locked\n      closed\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThreadModerateThread($threadId: ID!, $action: ThreadModeration!) {\n    moderateThread(threadId: $threadId, action: $action) {\n      id\n      pinned\n      locked\n      closed\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadHeader_thread on ThreadPage {\n    id\n    title\n    tags\n    pinned\n    locked\n    closed\n    solvedPostId\n    createdAt\n    postCount\n    watchLevel\n    forum {\n      id\n      slug\n      title\n    }\n    viewerCan {\n      moderate\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadHeader_thread on ThreadPage {\n    id\n    title\n    tags\n    pinned\n    locked\n    closed\n    solvedPostId\n    createdAt\n    postCount\n    watchLevel\n    forum {\n      id\n      slug\n      title\n    }\n    viewerCan {\n      moderate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSolved($threadId: ID!, $postId: ID) {\n    markSolved(threadId: $threadId, postId: $postId) {\n      id\n      solvedPostId\n    }\n  }\n"): (typeof documents)["\n  mutation MarkSolved($threadId: ID!, $postId: ID) {\n    markSolved(threadId: $threadId, postId: $postId) {\n      id\n      solvedPostId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($input: ReactionInput!) {\n    react(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation React($input: ReactionInput!) {\n    react(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($input: ReactionInput!) {\n    unreact(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($input: ReactionInput!) {\n    unreact(input: $input) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      ...PostCard_post\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      ...PostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n      viewerCan {\n        flag\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n      viewerCan {\n        flag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostHistory($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, after: $after) {\n        edges {\n          node {\n            id\n            history {\n              version\n              createdAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostHistory($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, after: $after) {\n        edges {\n          node {\n            id\n            history {\n              version\n              createdAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      id\n      position\n      ...PostCard_post\n    }\n  }\n"): (typeof documents)["\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      id\n      position\n      ...PostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardDraft($threadId: ID!) {\n    discardDraft(threadId: $threadId) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardDraft($threadId: ID!) {\n    discardDraft(threadId: $threadId) {\n      id\n      draft {\n        source\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPost($threadId: ID!, $source: String!) {\n    previewPost(threadId: $threadId, source: $source)\n  }\n"): (typeof documents)["\n  query PreviewPost($threadId: ID!, $source: String!) {\n    previewPost(threadId: $threadId, source: $source)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($threadId: ID!, $query: String!) {\n    mentionCandidates(threadId: $threadId, query: $query) {\n      expertId\n      name\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($threadId: ID!, $query: String!) {\n    mentionCandidates(threadId: $threadId, query: $query) {\n      expertId\n      name\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadHeader_thread\n      changesCursor\n      lastReadPosition\n      firstUnreadCursor\n      unreadCount\n      postCount\n      locked\n      closed\n      solvedPostId\n      draft {\n        source\n        updatedAt\n      }\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            position\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadHeader_thread\n      changesCursor\n      lastReadPosition\n      firstUnreadCursor\n      unreadCount\n      postCount\n      locked\n      closed\n      solvedPostId\n      draft {\n        source\n        updatedAt\n      }\n      viewerCan {\n        reply\n        markSolved\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            position\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    postAdded(threadId: $threadId, after: $after) {\n      cursor\n      node {\n        id\n        position\n        ...PostCard_post\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadPostAdded($threadId: ID!, $after: String) {\n    postAdded(threadId: $threadId, after: $after) {\n      cursor\n      node {\n        id\n        position\n        ...PostCard_post\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($input: MarkReadInput!) {\n    markRead(input: $input) {\n      id\n      lastReadPosition\n      unreadCount\n      firstUnreadCursor\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($input: MarkReadInput!) {\n    markRead(input: $input) {\n      id\n      lastReadPosition\n      unreadCount\n      firstUnreadCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpkeepCountries {\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query UpkeepCountries {\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRoles {\n    viewer {\n      id\n      expert {\n        id\n        lastConfirmedAt\n        country {\n          code\n        }\n        roles {\n          id\n          role\n          status\n          startsOn\n          endsOn\n          scope {\n            level\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRoles {\n    viewer {\n      id\n      expert {\n        id\n        lastConfirmedAt\n        country {\n          code\n        }\n        roles {\n          id\n          role\n          status\n          startsOn\n          endsOn\n          scope {\n            level\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyRole($input: AddMyRoleInput!) {\n    addMyRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMyRole($input: AddMyRoleInput!) {\n    addMyRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMyRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      id\n      status\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation EndMyRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      id\n      status\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      id\n      lastConfirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      id\n      lastConfirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkRoleExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      fullName\n      country {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkRoleExpert($id: ID!) {\n    expert(id: $id) {\n      id\n      fullName\n      country {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignNetworkRole($input: AssignNetworkRoleInput!) {\n    assignNetworkRole(input: $input) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AssignNetworkRole($input: AssignNetworkRoleInput!) {\n    assignNetworkRole(input: $input) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationFreshness($id: ID!) {\n    organisation(id: $id) {\n      id\n      status\n      lastConfirmedAt\n      mergedInto {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationFreshness($id: ID!) {\n    organisation(id: $id) {\n      id\n      status\n      lastConfirmedAt\n      mergedInto {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationStewardship_organisation on Organisation {\n    id\n    version\n    type\n    publiclyListed\n    status\n    lastConfirmedAt\n    viewerCan {\n      confirm\n      close\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationStewardship_organisation on Organisation {\n    id\n    version\n    type\n    publiclyListed\n    status\n    lastConfirmedAt\n    viewerCan {\n      confirm\n      close\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationListing($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationListing($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOrganisation($id: ID!) {\n    confirmOrganisation(id: $id) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOrganisation($id: ID!) {\n    confirmOrganisation(id: $id) {\n      id\n      ...OrganisationStewardship_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrganisation($input: CloseOrganisationInput!) {\n    closeOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOrganisation($input: CloseOrganisationInput!) {\n    closeOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposedOrganisations {\n    proposedOrganisations {\n      id\n      name\n      type\n      proposalReason\n      scope {\n        level\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n      viewerCan {\n        approve\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposedOrganisations {\n    proposedOrganisations {\n      id\n      name\n      type\n      proposalReason\n      scope {\n        level\n        country {\n          code\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n      viewerCan {\n        approve\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOrganisation($id: ID!, $reason: String) {\n    declineOrganisation(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DeclineOrganisation($id: ID!, $reason: String) {\n    declineOrganisation(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServicesEditor_organisation on Organisation {\n    id\n    version\n    lastConfirmedAt\n    services {\n      id\n      kind\n      capacity\n      targetGroups\n      languages\n      available24x7\n      formsOfExploitation\n      description\n      hotline\n      address\n    }\n  }\n"): (typeof documents)["\n  fragment ServicesEditor_organisation on Organisation {\n    id\n    version\n    lastConfirmedAt\n    services {\n      id\n      kind\n      capacity\n      targetGroups\n      languages\n      available24x7\n      formsOfExploitation\n      description\n      hotline\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganisationService($input: AddServiceInput!) {\n    addOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganisationService($input: AddServiceInput!) {\n    addOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationService($input: UpdateServiceInput!) {\n    updateOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationService($input: UpdateServiceInput!) {\n    updateOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganisationService($input: RemoveServiceInput!) {\n    removeOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOrganisationService($input: RemoveServiceInput!) {\n    removeOrganisationService(input: $input) {\n      id\n      ...ServicesEditor_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCan {\n        edit\n      }\n      ...OrganisationEditForm_organisation\n      ...ServicesEditor_organisation\n      ...OrganisationStewardship_organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCan {\n        edit\n      }\n      ...OrganisationEditForm_organisation\n      ...ServicesEditor_organisation\n      ...OrganisationStewardship_organisation\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;