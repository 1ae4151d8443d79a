/**
 * Every path of the SPA, in one table used by the router and by links, so that a renamed page
 * cannot leave a link behind. Patterns with `:params` are filled in with `pathTo`.
 */
export const paths = {
  start: '/',
  accessibility: '/accessibility',
  privacy: '/privacy',

  // Signing in and out
  signIn: '/sign-in',
  securityCode: '/sign-in/security-code',
  signOut: '/sign-out',
  signedOut: '/signed-out',
  forgottenPassword: '/forgotten-password',
  resetPassword: '/reset-password',
  createAccount: '/create-account/:token',

  // The signed-in user's own account
  home: '/home',
  setUpSecurity: '/account/security/set-up',
  changePassword: '/account/password',

  // Families and people
  myFamily: '/my-family',
  findPerson: '/people',
  family: '/families/:familyId',
  changeFamilyAddress: '/families/:familyId/address',
  familyAudit: '/families/:familyId/audit',
  addChild: '/families/:familyId/children/new',
  changeChild: '/families/:familyId/children/:childId',
  changeParent: '/families/:familyId/parents/:parentId',
  recordConflictOfInterest: '/families/:familyId/conflicts-of-interest/new',
  invitePerson: '/invitations/new',

  // Administration
  administration: '/administration',
  staffAccounts: '/staff',
  changeStaffAccount: '/staff/:userId',
  localAuthorities: '/local-authorities',

  // Support line: the staff side of support requests (features/support-requests/staff)
  supportLineQueue: '/support-line/queue',
  supportLineLogContact: '/support-line/contacts/new',
  supportLineRequest: '/support-line/requests/:supportRequestId',
  supportLineTriage: '/support-line/requests/:supportRequestId/triage',
  supportLineAllocate: '/support-line/requests/:supportRequestId/allocate',
  supportLineClose: '/support-line/requests/:supportRequestId/close',
  supportLineLinkFamily: '/support-line/requests/:supportRequestId/link-family',
  supportLineAudit: '/support-line/requests/:supportRequestId/audit',
  supportLineMyWork: '/support-line/my-work',
  supportLineTeam: '/support-line/team',

  // Groups and training: staff (features/groups/staff)
  groupProgramme: '/group-programme',
  groupProgrammeNewEvent: '/group-programme/new',
  groupProgrammeFigures: '/group-programme/figures',
  groupProgrammeEvent: '/group-programme/:eventId',
  groupProgrammeEditEvent: '/group-programme/:eventId/edit',
  groupProgrammeCancelEvent: '/group-programme/:eventId/cancel',
  groupProgrammeRegister: '/group-programme/:eventId/register',

  // Support requests: adoptive parents and birth relatives ask for support and follow their
  // requests (features/support-requests/family)
  askForSupport: '/support/ask',
  askForSupportCategories: '/support/ask/what-about',
  askForSupportChildren: '/support/ask/children',
  askForSupportDescription: '/support/ask/what-is-happening',
  askForSupportUrgency: '/support/ask/how-urgent',
  askForSupportContact: '/support/ask/contact',
  askForSupportCheckAnswers: '/support/ask/check-your-answers',
  askForSupportSent: '/support/ask/request-sent',
  mySupportRequests: '/support/requests',
  mySupportRequest: '/support/requests/:supportRequestId',
  withdrawMySupportRequest: '/support/requests/:supportRequestId/withdraw',
  mySupportRequestFeedback: '/support/requests/:supportRequestId/feedback',

  // Groups and training: families (features/groups/family)
  groups: '/groups',
  groupEvent: '/groups/:eventId',
  groupEventBooked: '/groups/:eventId/booked',
  myGroupBookings: '/groups/bookings',
  cancelMyGroupBooking: '/groups/bookings/:bookingId/cancel',

  // Letterbox: adoptive parents and birth relatives write and read (features/letterbox/mine)
  letterbox: '/letterbox',
  letterboxLetter: '/letterbox/letters/:letterId',
  letterboxEditLetter: '/letterbox/letters/:letterId/edit',
  letterboxPreviewLetter: '/letterbox/letters/:letterId/preview',
  letterboxLetterSent: '/letterbox/letters/:letterId/sent',

  // Letterbox: staff keep the agreements and check every letter (features/letterbox/staff)
  letterboxChecks: '/letterbox-checks',
  letterboxCheckLetter: '/letterbox-checks/:letterId',
  contactAgreements: '/contact-agreements',
  overdueExchanges: '/contact-agreements/overdue',
  contactAgreement: '/contact-agreements/:agreementId',
  changeContactAgreementStatus: '/contact-agreements/:agreementId/status',
  recordContactAgreementReview: '/contact-agreements/:agreementId/review',
  logPaperLetter: '/contact-agreements/:agreementId/paper-letters/new',
  childLetterbox: '/children/:childId/letterbox',
  newContactAgreement: '/children/:childId/letterbox/new-agreement',

  // Needs assessments and plans: adoptive parents and birth relatives (features/assessments/family)
  myAssessments: '/assessments',
  respondToProposal: '/assessments/:assessmentId/respond',

  // Needs assessments: staff (features/assessments/staff)
  needsAssessments: '/needs-assessments',
  newNeedsAssessment: '/needs-assessments/new',
  needsAssessment: '/needs-assessments/:assessmentId',
  assessmentSection: '/needs-assessments/:assessmentId/sections/:section',
  assessmentSectionHistory: '/needs-assessments/:assessmentId/sections/:section/history',
  returnAssessment: '/needs-assessments/:assessmentId/return',
  sendProposal: '/needs-assessments/:assessmentId/proposal',
  recordProposalResponse: '/needs-assessments/:assessmentId/response',
  decideAssessment: '/needs-assessments/:assessmentId/decision',
  withdrawAssessment: '/needs-assessments/:assessmentId/withdraw',

  // Support plans: staff (features/assessments/staff, plan-* files)
  newSupportPlan: '/needs-assessments/:assessmentId/plan/new',
  supportPlan: '/support-plans/:planId',
  changeSupportPlan: '/support-plans/:planId/change',
  recordPlanReview: '/support-plans/:planId/review',
  closeSupportPlan: '/support-plans/:planId/close',

  // Adoption Support Fund applications: staff (features/asf/staff)
  fundApplications: '/fund-applications',
  newFundApplication: '/fund-applications/new',
  fundProviders: '/fund-applications/providers',
  fundFigures: '/fund-applications/figures',
  fundApplication: '/fund-applications/:applicationId',
  fundApplicationStep: '/fund-applications/:applicationId/steps/:step',
  changeFundApplication: '/fund-applications/:applicationId/change',
  renewFundApplication: '/fund-applications/:applicationId/renew',
  recordFundInvoice: '/fund-applications/:applicationId/invoices/new',

  // Reports: the service's figures for team managers and data analysts (features/reports)
  reports: '/reports',
  report: '/reports/:report',

  // Demo only
  devMailbox: '/dev/mailbox',
} as const

export type PathName = keyof typeof paths
export type PathPattern = (typeof paths)[PathName]

/** The names of the `:params` in a pattern: `'/a/:aId/b/:bId'` → `'aId' | 'bId'`. */
export type PathParamName<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamName<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never

declare const builtPath: unique symbol
/** A path made by `pathTo`, with its params filled in. */
export type BuiltPath = string & { readonly [builtPath]: true }

/** A pattern that needs no params is a path as it stands. */
export type StaticPath = {
  [N in PathName]: PathParamName<(typeof paths)[N]> extends never ? (typeof paths)[N] : never
}[PathName]

/** What a `Link` accepts: a path of this app, never a string typed by hand. */
export type AppHref = StaticPath | BuiltPath

type PathToArgs<P extends string> =
  PathParamName<P> extends never ? [] : [params: Record<PathParamName<P>, string | number>]

/**
 * Fills in a pattern's params, encoded: `pathTo('/support-requests/:supportRequestId', {
 * supportRequestId: 'SR-1' })`. A missing param is a type error.
 */
export function pathTo<P extends string>(pattern: P, ...[params]: PathToArgs<P>): BuiltPath {
  const values: Partial<Record<string, string | number>> = params ?? {}
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = values[name]
    if (value === undefined) {
      throw new TypeError(`Missing path parameter "${name}" for ${pattern}`)
    }
    return encodeURIComponent(String(value))
  }) as BuiltPath
}

/**
 * A path with a query string: `withQuery(paths.findPerson, { q: 'Philips' })` → `/people?q=Philips`.
 * Empty and undefined values are left out.
 */
export function withQuery(path: AppHref, query: Record<string, string | undefined>): BuiltPath {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      search.append(key, value)
    }
  }
  const text = search.toString()
  return (text === '' ? path : `${path}?${text}`) as BuiltPath
}
