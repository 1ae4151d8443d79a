// The access matrix (ASVS 8.2.1, 8.2.2, 8.4.1): every route in /api/openapi.json, called as every
// persona, answers exactly the expected status. A route without a row fails this test, so no
// route can be added without deciding who may call it.
import {
  and,
  asfApplications,
  asfProviders,
  assessmentChildren,
  assessmentParents,
  birthRelatives,
  children,
  contactAgreementParties,
  contactAgreements,
  eq,
  families,
  familyParents,
  groupBookingAttendees,
  groupBookings,
  groupEventSessions,
  groupEvents,
  letterVersions,
  letters,
  localAuthorities,
  needsAssessments,
  planServices,
  supportPlans,
  users,
} from '@asp/db'
import { randomUUID } from 'node:crypto'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endpoints, type EndpointName } from './contract/index.ts'
import { demoEmail, demoPassword } from '@asp/db'
import { Browser, signInAs } from './testing/sign-in.ts'
import { createTestApp, type TestApp } from './testing/test-app.ts'

const personas = [
  'anonymous',
  'adopterA',
  'adopterB',
  'birthRelative',
  'dutyOfficer',
  'workerOtherLa',
  'teamManager',
  'administrator',
  'financeOfficer',
  'dataAnalyst',
] as const
type Persona = (typeof personas)[number]
type Ids = {
  familyA: string
  laA: string
  childA: string
  parentA: string
  staffTarget: string
  /** The demo birth relative (the birth relative persona's own record). */
  birthRelativeA: string
  /** A support request of family A, and one of the birth relative's own. */
  requestA: string
  birthRequest: string
  /** A PDF the team sent family A. */
  fileA: string
  /** A published event for family A's area, with one session, and family A's booking for it. */
  eventA: string
  bookingA: string
  /** Family A's child's two-way agreement with the demo birth relative; family A's draft under
   * it, a letter from family A released to the birth relative, and one waiting to be checked. */
  agreementA: string
  draftLetterA: string
  releasedLetterA: string
  submittedLetterA: string
  /** Family A's decided assessment of need, and its active support plan. */
  assessmentA: string
  planA: string
  /** Family A's child's application to the fund this year (seeded), and a provider. */
  asfApplicationA: string
  asfProviderA: string
}
type Row = {
  call: (ids: Ids) => {
    method: 'get' | 'post' | 'put' | 'patch' | 'delete'
    path: string
    body?: object
  }
  expect: Record<Persona, number>
}

const all = (status: number) =>
  Object.fromEntries(personas.map((p) => [p, status])) as Record<Persona, number>
/**
 * Signed in, each persona answered `status` unless overridden. The data analyst reads reports and
 * their own account and nothing else (ADR 0022), so answers 403 unless a row says otherwise.
 */
const signedIn = (status: number, overrides: Partial<Record<Persona, number>> = {}) => ({
  ...all(status),
  anonymous: 401,
  dataAnalyst: 403,
  ...overrides,
})
/** The signed-in person's own session and account: the same answer for every role. */
const ownAccount = (status: number) => signedIn(status, { dataAnalyst: status })
const validPassword = 'Valid-new-password-77'
const familyUpdate = {
  version: 999,
  addressLine1: '1 Test Street',
  town: 'Ardenbury',
  postcode: 'XX1 1AB',
}

const familiesRefused = { adopterA: 403, adopterB: 403, birthRelative: 403 }
/** Writing an assessment or plan: support workers and team managers of the family's council. */
const assessmentWriters = {
  ...familiesRefused,
  dutyOfficer: 403,
  workerOtherLa: 404,
  administrator: 403,
}
/** A valid event with no dates yet: the version check is reached, and nothing changes. */
const plannedEvent = (localAuthorityId: string) => ({
  kind: 'therapeutic_parenting_course',
  title: 'Therapeutic parenting',
  description: 'Four weeks on therapeutic parenting.',
  audience: ['adopters'],
  delivery: 'online',
  onlineLink: 'https://meet.example.org/therapeutic-parenting',
  capacity: 12,
  localAuthorityId,
  status: 'planned',
})

const matrix: Record<EndpointName, Row> = {
  getHealth: { call: () => ({ method: 'get', path: '/api/health' }), expect: all(200) },
  getReadiness: { call: () => ({ method: 'get', path: '/api/ready' }), expect: all(200) },
  getOpenApiDocument: {
    call: () => ({ method: 'get', path: '/api/openapi.json' }),
    expect: all(200),
  },
  getServiceInfo: { call: () => ({ method: 'get', path: '/api/service-info' }), expect: all(200) },
  signIn: { call: () => ({ method: 'post', path: '/api/session', body: {} }), expect: all(400) },
  sendSecurityCode: {
    call: () => ({ method: 'post', path: '/api/session/security-code' }),
    // No sign-in under way: nothing to send (401). Already signed in: nothing to do (409).
    expect: ownAccount(409),
  },
  verifySecondFactor: {
    call: () => ({
      method: 'post',
      path: '/api/session/second-factor',
      body: { method: 'totp', code: '123456' },
    }),
    expect: all(401),
  },
  getSession: { call: () => ({ method: 'get', path: '/api/session' }), expect: ownAccount(200) },
  extendSession: {
    call: () => ({ method: 'post', path: '/api/session/extend' }),
    expect: ownAccount(200),
  },
  signOutOtherDevices: {
    call: () => ({ method: 'post', path: '/api/session/sign-out-other-devices' }),
    expect: ownAccount(200),
  },
  startTotpSetup: {
    call: () => ({
      method: 'post',
      path: '/api/account/second-factor/totp',
      body: { password: demoPassword },
    }),
    expect: ownAccount(409),
  },
  confirmTotpSetup: {
    call: () => ({
      method: 'post',
      path: '/api/account/second-factor/totp/confirm',
      body: { code: '123456' },
    }),
    expect: ownAccount(409),
  },
  chooseEmailCodes: {
    call: () => ({
      method: 'post',
      path: '/api/account/second-factor/email',
      body: { password: demoPassword },
    }),
    expect: signedIn(403, { adopterA: 409, adopterB: 409, birthRelative: 409 }),
  },
  startTextMessageSetup: {
    call: () => ({
      method: 'post',
      path: '/api/account/second-factor/text-message',
      body: { password: demoPassword, mobileNumber: '07700 900 982' },
    }),
    expect: signedIn(403, { adopterA: 409, adopterB: 409, birthRelative: 409 }),
  },
  confirmTextMessageSetup: {
    call: () => ({
      method: 'post',
      path: '/api/account/second-factor/text-message/confirm',
      body: { code: '123456' },
    }),
    expect: signedIn(403, { adopterA: 409, adopterB: 409, birthRelative: 409 }),
  },
  changePassword: {
    call: () => ({
      method: 'post',
      path: '/api/account/password',
      body: { currentPassword: 'not-the-current-one', newPassword: validPassword },
    }),
    expect: ownAccount(400),
  },
  requestPasswordReset: {
    call: () => ({
      method: 'post',
      path: '/api/password-resets',
      body: { email: 'nobody@example.invalid' },
    }),
    expect: all(202),
  },
  resetPassword: {
    call: () => ({
      method: 'post',
      path: '/api/password-resets/complete',
      body: { token: 'not-a-real-reset-token', password: validPassword },
    }),
    expect: all(400),
  },
  createInvitation: {
    call: () => ({ method: 'post', path: '/api/invitations', body: {} }),
    expect: signedIn(403, { workerOtherLa: 400, teamManager: 400, administrator: 400 }),
  },
  getInvitation: {
    call: () => ({ method: 'get', path: '/api/invitations/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }),
    expect: all(404),
  },
  acceptInvitation: {
    call: () => ({
      method: 'post',
      path: '/api/invitations/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/accept',
      body: { password: validPassword },
    }),
    expect: all(404),
  },
  getMyFamily: {
    call: () => ({ method: 'get', path: '/api/my/family' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200 }),
  },
  findPeople: {
    call: () => ({ method: 'get', path: '/api/people?q=an' }),
    expect: signedIn(200, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      financeOfficer: 403,
    }),
  },
  getFamily: {
    call: ({ familyA }) => ({ method: 'get', path: `/api/families/${familyA}` }),
    // Another family's record is 404, not 403: its existence does not leak.
    expect: signedIn(200, {
      adopterB: 404,
      birthRelative: 403,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  getBirthRelative: {
    call: ({ birthRelativeA }) => ({
      method: 'get',
      path: `/api/birth-relatives/${birthRelativeA}`,
    }),
    // Staff of another council get 404, as for a family: the person's existence does not leak.
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  updateFamily: {
    call: ({ familyA, laA }) => ({
      method: 'patch',
      path: `/api/families/${familyA}`,
      body: { ...familyUpdate, localAuthorityId: laA },
    }),
    // The team manager reaches it and meets the stale version (409): nothing is changed.
    expect: signedIn(403, { workerOtherLa: 404, teamManager: 409 }),
  },
  getAuditTrail: {
    call: ({ familyA }) => ({
      method: 'get',
      path: `/api/audit-events?recordType=family&recordId=${familyA}`,
    }),
    expect: signedIn(403, { teamManager: 200 }),
  },
  updateFamilyParent: {
    call: ({ familyA, parentA }) => ({
      method: 'patch',
      path: `/api/families/${familyA}/parents/${parentA}`,
      body: { version: 999, fullName: 'Test Parent', kind: 'adopter' },
    }),
    expect: signedIn(403, { workerOtherLa: 404, teamManager: 409 }),
  },
  addChild: {
    call: ({ familyA }) => ({
      method: 'post',
      path: `/api/families/${familyA}/children`,
      body: { firstName: 'Test', lastName: 'Child', dateOfBirth: '2020-05-01' },
    }),
    expect: signedIn(403, { workerOtherLa: 404, teamManager: 201 }),
  },
  updateChild: {
    call: ({ familyA, childA }) => ({
      method: 'patch',
      path: `/api/families/${familyA}/children/${childA}`,
      body: { version: 999, firstName: 'Test', lastName: 'Child', dateOfBirth: '2020-05-01' },
    }),
    expect: signedIn(403, { workerOtherLa: 404, teamManager: 409 }),
  },
  findLocalAuthorities: {
    call: () => ({ method: 'get', path: '/api/local-authorities' }),
    expect: signedIn(200, { adopterA: 403, adopterB: 403, birthRelative: 403, dataAnalyst: 200 }),
  },
  createLocalAuthority: {
    call: () => ({ method: 'post', path: '/api/local-authorities', body: {} }),
    expect: signedIn(403, { administrator: 400 }),
  },
  findStaff: {
    call: () => ({ method: 'get', path: '/api/staff' }),
    expect: signedIn(403, { teamManager: 200, administrator: 200 }),
  },
  updateStaffMember: {
    call: ({ staffTarget }) => ({
      method: 'patch',
      path: `/api/staff/${staffTarget}`,
      body: { version: 999, role: 'support_worker', localAuthorityIds: [], disabled: false },
    }),
    expect: signedIn(403, { administrator: 409 }),
  },
  recordConflictOfInterest: {
    call: () => ({ method: 'post', path: '/api/conflicts-of-interest', body: {} }),
    expect: signedIn(403, { teamManager: 400, administrator: 400 }),
  },
  getSupportDraft: {
    call: () => ({ method: 'get', path: '/api/my/support-request-draft' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200, birthRelative: 200 }),
  },
  saveSupportDraft: {
    call: () => ({ method: 'put', path: '/api/my/support-request-draft', body: { draft: {} } }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200, birthRelative: 200 }),
  },
  askForSupport: {
    call: () => ({ method: 'post', path: '/api/my/support-requests', body: {} }),
    expect: signedIn(403, { adopterA: 400, adopterB: 400, birthRelative: 400 }),
  },
  findMySupportRequests: {
    call: () => ({ method: 'get', path: '/api/my/support-requests' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200, birthRelative: 200 }),
  },
  getMySupportRequest: {
    call: ({ requestA }) => ({ method: 'get', path: `/api/my/support-requests/${requestA}` }),
    // Another family's request, or a family's request to a birth relative, is 404.
    expect: signedIn(403, { adopterA: 200, adopterB: 404, birthRelative: 404 }),
  },
  sendMyMessage: {
    call: ({ requestA }) => ({
      method: 'post',
      path: `/api/my/support-requests/${requestA}/messages`,
      body: { idempotencyKey: randomUUID(), body: 'A message from the access matrix' },
    }),
    expect: signedIn(403, { adopterA: 201, adopterB: 404, birthRelative: 404 }),
  },
  withdrawMySupportRequest: {
    call: ({ requestA }) => ({
      method: 'post',
      path: `/api/my/support-requests/${requestA}/withdraw`,
      body: { version: 999 },
    }),
    // Family A reaches it and meets the stale version (409): nothing is changed.
    expect: signedIn(403, { adopterA: 409, adopterB: 404, birthRelative: 404 }),
  },
  leaveMyFeedback: {
    call: ({ requestA }) => ({
      method: 'post',
      path: `/api/my/support-requests/${requestA}/feedback`,
      body: { rating: 'satisfied' },
    }),
    // Family A reaches it, but the request is open: nothing can be left yet (409).
    expect: signedIn(403, { adopterA: 409, adopterB: 404, birthRelative: 404 }),
  },
  uploadFile: {
    call: () => ({ method: 'post', path: '/api/files', body: {} }),
    // Allowed callers get 415: an upload must be application/octet-stream, not JSON.
    expect: signedIn(415, { administrator: 403, financeOfficer: 403 }),
  },
  downloadFile: {
    call: ({ fileA }) => ({ method: 'get', path: `/api/files/${fileA}` }),
    // A file the team sent family A: family A and the team reach it; nobody else knows it exists.
    expect: signedIn(404, {
      adopterA: 200,
      dutyOfficer: 200,
      teamManager: 200,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  logContact: {
    call: () => ({ method: 'post', path: '/api/contacts', body: {} }),
    expect: signedIn(400, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  findSupportRequests: {
    call: () => ({ method: 'get', path: '/api/support-requests' }),
    expect: signedIn(200, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  getSupportRequest: {
    call: ({ requestA }) => ({ method: 'get', path: `/api/support-requests/${requestA}` }),
    expect: signedIn(403, { dutyOfficer: 200, workerOtherLa: 404, teamManager: 200 }),
  },
  triageSupportRequest: {
    call: ({ requestA }) => ({
      method: 'post',
      path: `/api/support-requests/${requestA}/triage`,
      body: { version: 999, decision: 'duty_support', reason: 'Access matrix' },
    }),
    expect: signedIn(403, { dutyOfficer: 409, workerOtherLa: 404, teamManager: 409 }),
  },
  allocateSupportRequest: {
    call: ({ requestA, staffTarget }) => ({
      method: 'post',
      path: `/api/support-requests/${requestA}/allocation`,
      body: { version: 999, workerId: staffTarget },
    }),
    // Only team managers allocate; a new request must be triaged first (409).
    expect: signedIn(403, { teamManager: 409 }),
  },
  linkSupportRequestToFamily: {
    call: ({ requestA, familyA }) => ({
      method: 'post',
      path: `/api/support-requests/${requestA}/family`,
      body: { version: 999, familyId: familyA },
    }),
    // Family A's request is already linked (409) for those who reach it.
    expect: signedIn(403, { dutyOfficer: 409, workerOtherLa: 404, teamManager: 409 }),
  },
  addCaseNote: {
    call: ({ requestA }) => ({
      method: 'post',
      path: `/api/support-requests/${requestA}/notes`,
      body: { body: 'A case note from the access matrix' },
    }),
    expect: signedIn(403, { dutyOfficer: 201, workerOtherLa: 404, teamManager: 201 }),
  },
  sendTeamMessage: {
    call: ({ requestA }) => ({
      method: 'post',
      path: `/api/support-requests/${requestA}/messages`,
      body: { idempotencyKey: randomUUID(), body: 'A message from the team' },
    }),
    expect: signedIn(403, { dutyOfficer: 201, workerOtherLa: 404, teamManager: 201 }),
  },
  closeSupportRequest: {
    call: ({ requestA }) => ({
      method: 'post',
      path: `/api/support-requests/${requestA}/close`,
      body: { version: 999, outcome: 'needs_met' },
    }),
    expect: signedIn(403, { dutyOfficer: 409, workerOtherLa: 404, teamManager: 409 }),
  },
  findWorkers: {
    call: () => ({ method: 'get', path: '/api/workers' }),
    expect: signedIn(200, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  getMyWork: {
    call: () => ({ method: 'get', path: '/api/my/work' }),
    expect: signedIn(200, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  getTeamView: {
    call: () => ({ method: 'get', path: '/api/team' }),
    expect: signedIn(403, { teamManager: 200 }),
  },
  getSupportSettings: {
    call: () => ({ method: 'get', path: '/api/support-settings' }),
    expect: signedIn(200, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  // ---- Groups and training ----
  // Families (adopters and special guardians) book; birth relatives have no part in these groups.
  findGroupEvents: {
    call: () => ({ method: 'get', path: '/api/group-events' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200 }),
  },
  getGroupEvent: {
    call: (ids) => ({ method: 'get', path: `/api/group-events/${ids.eventA}` }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200 }),
  },
  bookGroupEvent: {
    call: (ids) => ({ method: 'post', path: `/api/group-events/${ids.eventA}/bookings`, body: {} }),
    expect: signedIn(403, { adopterA: 400, adopterB: 400 }),
  },
  registerGroupInterest: {
    // The event already has dates: interest is for courses with none (409).
    call: (ids) => ({ method: 'post', path: `/api/group-events/${ids.eventA}/interest` }),
    expect: signedIn(403, { adopterA: 409, adopterB: 409 }),
  },
  findMyGroupBookings: {
    call: () => ({ method: 'get', path: '/api/my/group-bookings' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200 }),
  },
  cancelMyGroupBooking: {
    call: (ids) => ({
      method: 'post',
      path: `/api/my/group-bookings/${ids.bookingA}/cancel`,
      body: { version: 999 },
    }),
    // Another family's booking is not found, never refused: its existence is not disclosed.
    expect: signedIn(403, { adopterA: 409, adopterB: 404 }),
  },
  getMyGroupBookingCalendar: {
    call: (ids) => ({ method: 'get', path: `/api/my/group-bookings/${ids.bookingA}/calendar` }),
    expect: signedIn(403, { adopterA: 200, adopterB: 404 }),
  },
  // Staff run the programme; an event for one area is reached only by staff of that area (and
  // administrators, who run the agency's events).
  findManagedGroupEvents: {
    call: () => ({ method: 'get', path: '/api/group-programme/events' }),
    expect: signedIn(200, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      financeOfficer: 403,
    }),
  },
  createGroupEvent: {
    call: () => ({ method: 'post', path: '/api/group-programme/events', body: {} }),
    expect: signedIn(400, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      financeOfficer: 403,
    }),
  },
  getManagedGroupEvent: {
    call: (ids) => ({ method: 'get', path: `/api/group-programme/events/${ids.eventA}` }),
    expect: signedIn(200, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      workerOtherLa: 404,
      financeOfficer: 403,
    }),
  },
  updateGroupEvent: {
    call: (ids) => ({
      method: 'put',
      path: `/api/group-programme/events/${ids.eventA}`,
      body: { version: 999, event: plannedEvent(ids.laA) },
    }),
    expect: signedIn(409, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      workerOtherLa: 404,
      financeOfficer: 403,
    }),
  },
  cancelGroupEvent: {
    call: (ids) => ({
      method: 'post',
      path: `/api/group-programme/events/${ids.eventA}/cancel`,
      body: { version: 999, reason: 'The venue is closed' },
    }),
    expect: signedIn(409, {
      adopterA: 403,
      adopterB: 403,
      birthRelative: 403,
      workerOtherLa: 404,
      financeOfficer: 403,
    }),
  },
  // The register names families and children: case staff only, not administrators.
  getGroupRegister: {
    call: (ids) => ({ method: 'get', path: `/api/group-programme/events/${ids.eventA}/register` }),
    expect: signedIn(200, {
      ...familiesRefused,
      administrator: 403,
      workerOtherLa: 404,
      financeOfficer: 403,
    }),
  },
  downloadGroupRegister: {
    call: (ids) => ({
      method: 'get',
      path: `/api/group-programme/events/${ids.eventA}/register.csv`,
    }),
    expect: signedIn(200, {
      ...familiesRefused,
      administrator: 403,
      workerOtherLa: 404,
      financeOfficer: 403,
    }),
  },
  markGroupAttendance: {
    call: (ids) => ({
      method: 'post',
      path: `/api/group-programme/events/${ids.eventA}/attendance`,
      body: {},
    }),
    expect: signedIn(400, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  addGroupWalkIn: {
    call: (ids) => ({
      method: 'post',
      path: `/api/group-programme/events/${ids.eventA}/walk-ins`,
      body: {},
    }),
    expect: signedIn(400, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  // Figures are counts, for those who report them.
  getGroupFigures: {
    call: () => ({
      method: 'get',
      path: '/api/group-programme/figures?from=2026-04-01&to=2027-03-31',
    }),
    expect: signedIn(403, { teamManager: 200, administrator: 200 }),
  },
  getDevMailbox: { call: () => ({ method: 'get', path: '/api/dev/mailbox' }), expect: all(200) },
  // ---- Letterbox: families and birth relatives ----
  getMyLetterbox: {
    call: () => ({ method: 'get', path: '/api/letterbox' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200, birthRelative: 200 }),
  },
  startLetter: {
    // A party to the two-way agreement starts a draft; another family cannot reach it.
    call: ({ agreementA }) => ({
      method: 'post',
      path: `/api/letterbox/agreements/${agreementA}/letters`,
      body: { body: '' },
    }),
    expect: signedIn(403, { adopterA: 201, adopterB: 404, birthRelative: 201 }),
  },
  getMyLetter: {
    // Family A's draft: nobody else sees a letter before it is released, the birth relative included.
    call: ({ draftLetterA }) => ({ method: 'get', path: `/api/letterbox/letters/${draftLetterA}` }),
    expect: signedIn(403, { adopterA: 200, adopterB: 404, birthRelative: 404 }),
  },
  saveLetter: {
    call: ({ draftLetterA }) => ({
      method: 'put',
      path: `/api/letterbox/letters/${draftLetterA}`,
      body: { version: 999, body: 'Dear Jordan,' },
    }),
    expect: signedIn(403, { adopterA: 409, adopterB: 404, birthRelative: 404 }),
  },
  sendLetter: {
    call: ({ draftLetterA }) => ({
      method: 'post',
      path: `/api/letterbox/letters/${draftLetterA}/send`,
      body: { version: 999, body: 'Dear Jordan,' },
    }),
    expect: signedIn(403, { adopterA: 409, adopterB: 404, birthRelative: 404 }),
  },
  addLetterPhoto: {
    // Not image bytes (a JSON body): the upload is refused once the letter is found to be theirs.
    call: ({ draftLetterA }) => ({
      method: 'post',
      path: `/api/letterbox/letters/${draftLetterA}/photos`,
      body: {},
    }),
    expect: signedIn(403, { adopterA: 415, adopterB: 404, birthRelative: 404 }),
  },
  removeLetterPhoto: {
    call: ({ draftLetterA }) => ({
      method: 'delete',
      path: `/api/letterbox/letters/${draftLetterA}/photos/${randomUUID()}`,
    }),
    expect: signedIn(403, { adopterA: 404, adopterB: 404, birthRelative: 404 }),
  },
  getLetterPhoto: {
    call: ({ releasedLetterA }) => ({
      method: 'get',
      path: `/api/letterbox/letters/${releasedLetterA}/photos/${randomUUID()}`,
    }),
    expect: signedIn(403, { adopterA: 404, adopterB: 404, birthRelative: 404 }),
  },
  downloadLetterPdf: {
    // A letter released to the birth relative: the writers and the recipient may keep it.
    call: ({ releasedLetterA }) => ({
      method: 'get',
      path: `/api/letterbox/letters/${releasedLetterA}/pdf`,
    }),
    expect: signedIn(403, { adopterA: 200, adopterB: 404, birthRelative: 200 }),
  },

  // ---- Letterbox: staff ----
  findContactAgreements: {
    call: () => ({ method: 'get', path: '/api/staff/letterbox/agreements' }),
    expect: signedIn(200, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  createContactAgreement: {
    call: () => ({ method: 'post', path: '/api/staff/letterbox/agreements', body: {} }),
    expect: signedIn(400, {
      ...familiesRefused,
      dutyOfficer: 403,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  getContactAgreement: {
    call: ({ agreementA }) => ({
      method: 'get',
      path: `/api/staff/letterbox/agreements/${agreementA}`,
    }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  changeAgreementStatus: {
    call: ({ agreementA }) => ({
      method: 'post',
      path: `/api/staff/letterbox/agreements/${agreementA}/status`,
      body: { version: 999, status: 'active' },
    }),
    expect: signedIn(409, {
      ...familiesRefused,
      dutyOfficer: 403,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  recordAgreementReview: {
    call: ({ agreementA }) => ({
      method: 'post',
      path: `/api/staff/letterbox/agreements/${agreementA}/reviews`,
      body: { version: 999, reviewedOn: '2026-12-01' },
    }),
    expect: signedIn(409, {
      ...familiesRefused,
      dutyOfficer: 403,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  logPaperLetter: {
    call: ({ agreementA }) => ({
      method: 'post',
      path: `/api/staff/letterbox/agreements/${agreementA}/paper-letters`,
      body: {},
    }),
    expect: signedIn(400, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  findOverdueExchanges: {
    call: () => ({ method: 'get', path: '/api/staff/letterbox/overdue' }),
    expect: signedIn(200, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  getChildLetterbox: {
    call: ({ childA }) => ({ method: 'get', path: `/api/staff/letterbox/children/${childA}` }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  exportChildLetterbox: {
    call: ({ childA }) => ({
      method: 'get',
      path: `/api/staff/letterbox/children/${childA}/archive`,
    }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  findLettersToCheck: {
    call: () => ({ method: 'get', path: '/api/staff/letterbox/review-queue' }),
    expect: signedIn(200, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  getLetterForReview: {
    call: ({ submittedLetterA }) => ({
      method: 'get',
      path: `/api/staff/letterbox/letters/${submittedLetterA}`,
    }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  getLetterPhotoForReview: {
    call: ({ submittedLetterA }) => ({
      method: 'get',
      path: `/api/staff/letterbox/letters/${submittedLetterA}/photos/${randomUUID()}`,
    }),
    expect: signedIn(404, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  decideLetter: {
    call: ({ submittedLetterA }) => ({
      method: 'post',
      path: `/api/staff/letterbox/letters/${submittedLetterA}/decision`,
      body: { version: 999, decision: 'release' },
    }),
    expect: signedIn(409, {
      ...familiesRefused,
      dutyOfficer: 403,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },

  // ---- Needs assessments and plans: families and birth relatives ----
  getMyAssessments: {
    call: () => ({ method: 'get', path: '/api/assessments' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200, birthRelative: 200 }),
  },
  respondToProposal: {
    // Family A's assessment is decided: its family reaches it and is told it is too late.
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/assessments/${assessmentA}/response`,
      body: { response: 'agreed' },
    }),
    expect: signedIn(403, { adopterA: 409, adopterB: 404, birthRelative: 404 }),
  },

  downloadMyDecisionNotice: {
    call: ({ assessmentA }) => ({
      method: 'get',
      path: `/api/assessments/${assessmentA}/decision-notice`,
    }),
    expect: signedIn(403, { adopterA: 200, adopterB: 404, birthRelative: 404 }),
  },
  downloadMyPlanPdf: {
    call: ({ assessmentA }) => ({
      method: 'get',
      path: `/api/assessments/${assessmentA}/plan-pdf`,
    }),
    expect: signedIn(403, { adopterA: 200, adopterB: 404, birthRelative: 404 }),
  },

  // ---- Needs assessments and plans: staff ----
  findAssessments: {
    call: () => ({ method: 'get', path: '/api/staff/assessments' }),
    expect: signedIn(200, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  getAssessmentTimeliness: {
    call: () => ({ method: 'get', path: '/api/staff/assessments/timeliness' }),
    expect: signedIn(200, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  startAssessment: {
    call: () => ({ method: 'post', path: '/api/staff/assessments', body: {} }),
    expect: signedIn(400, {
      ...familiesRefused,
      dutyOfficer: 403,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  getAssessment: {
    call: ({ assessmentA }) => ({ method: 'get', path: `/api/staff/assessments/${assessmentA}` }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  downloadAssessmentPdf: {
    call: ({ assessmentA }) => ({
      method: 'get',
      path: `/api/staff/assessments/${assessmentA}/pdf`,
    }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  downloadDecisionNotice: {
    call: ({ assessmentA }) => ({
      method: 'get',
      path: `/api/staff/assessments/${assessmentA}/decision-notice`,
    }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  saveAssessmentSection: {
    // A decided assessment's sections cannot change.
    call: ({ assessmentA }) => ({
      method: 'put',
      path: `/api/staff/assessments/${assessmentA}/sections/education`,
      body: { version: 0, content: 'Settled at school.', finished: false },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  getSectionHistory: {
    call: ({ assessmentA }) => ({
      method: 'get',
      path: `/api/staff/assessments/${assessmentA}/sections/education/versions`,
    }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  compareSectionVersions: {
    call: ({ assessmentA }) => ({
      method: 'get',
      path: `/api/staff/assessments/${assessmentA}/sections/education/compare?from=1&to=2`,
    }),
    expect: signedIn(404, { ...familiesRefused, administrator: 403, financeOfficer: 403 }),
  },
  startAssessmentWork: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/start`,
      body: { version: 999 },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  submitAssessment: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/submit`,
      body: { version: 999 },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  returnAssessment: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/return`,
      body: { version: 999, comments: 'Say more about school.' },
    }),
    expect: signedIn(409, { ...assessmentWriters, workerOtherLa: 403, financeOfficer: 403 }),
  },
  signOffAssessment: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/sign-off`,
      body: { version: 999 },
    }),
    expect: signedIn(409, { ...assessmentWriters, workerOtherLa: 403, financeOfficer: 403 }),
  },
  sendProposal: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/proposal`,
      body: { version: 999, proposal: 'Therapeutic parenting support for a year.' },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  recordProposalResponse: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/response`,
      body: { version: 999, response: 'agreed' },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  decideAssessment: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/decision`,
      body: { version: 999, decision: 'We will provide the services proposed.' },
    }),
    expect: signedIn(409, { ...assessmentWriters, workerOtherLa: 403, financeOfficer: 403 }),
  },
  withdrawAssessment: {
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/withdraw`,
      body: { version: 999, reason: 'The family asked us to stop.' },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  makePlan: {
    // In scope, a writer is told that family A's assessment has its plan already.
    call: ({ assessmentA }) => ({
      method: 'post',
      path: `/api/staff/assessments/${assessmentA}/plan`,
      body: { namedWorkerUserId: randomUUID(), nextReviewOn: '2099-01-04', services: [] },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  getPlan: {
    call: ({ planA }) => ({ method: 'get', path: `/api/staff/plans/${planA}` }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  downloadPlanPdf: {
    call: ({ planA }) => ({ method: 'get', path: `/api/staff/plans/${planA}/pdf` }),
    expect: signedIn(200, {
      ...familiesRefused,
      workerOtherLa: 404,
      administrator: 403,
      financeOfficer: 403,
    }),
  },
  changePlan: {
    call: ({ planA }) => ({
      method: 'put',
      path: `/api/staff/plans/${planA}`,
      body: {
        version: 999,
        namedWorkerUserId: randomUUID(),
        nextReviewOn: '2099-01-04',
        services: [],
      },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  sharePlan: {
    call: ({ planA }) => ({
      method: 'post',
      path: `/api/staff/plans/${planA}/share`,
      body: { version: 999 },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  recordPlanReview: {
    call: ({ planA }) => ({
      method: 'post',
      path: `/api/staff/plans/${planA}/reviews`,
      body: {
        version: 999,
        reviewedOn: '2026-01-05',
        whatChanged: 'Sessions moved to fortnightly.',
        nextReviewOn: '2099-01-04',
      },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },
  closePlan: {
    call: ({ planA }) => ({
      method: 'post',
      path: `/api/staff/plans/${planA}/close`,
      body: { version: 999, outcome: 'The family no longer needs support.' },
    }),
    expect: signedIn(409, { ...assessmentWriters, financeOfficer: 403 }),
  },

  // Last: it ends the session.
  // ---- Adoption Support Fund ----
  getMyAsfApplications: {
    call: () => ({ method: 'get', path: '/api/asf-applications' }),
    expect: signedIn(403, { adopterA: 200, adopterB: 200 }),
  },
  findAsfApplications: {
    call: () => ({ method: 'get', path: '/api/staff/asf/applications' }),
    expect: signedIn(200, { ...familiesRefused, administrator: 403 }),
  },
  getAsfNewApplication: {
    call: ({ childA }) => ({
      method: 'get',
      path: `/api/staff/asf/new-application?childId=${childA}`,
    }),
    expect: signedIn(403, { workerOtherLa: 404, teamManager: 200 }),
  },
  getAsfAllowance: {
    call: ({ childA }) => ({
      method: 'get',
      path: `/api/staff/asf/allowance?childId=${childA}&financialYear=2026`,
    }),
    expect: signedIn(200, { ...familiesRefused, workerOtherLa: 404, administrator: 403 }),
  },
  createAsfApplication: {
    call: () => ({ method: 'post', path: '/api/staff/asf/applications', body: {} }),
    expect: signedIn(403, { workerOtherLa: 400, teamManager: 400 }),
  },
  getAsfApplication: {
    call: ({ asfApplicationA }) => ({
      method: 'get',
      path: `/api/staff/asf/applications/${asfApplicationA}`,
    }),
    // Staff of another council get 404: the application's existence does not leak.
    expect: signedIn(200, { ...familiesRefused, workerOtherLa: 404, administrator: 403 }),
  },
  changeAsfApplication: {
    call: ({ asfApplicationA }) => ({
      method: 'put',
      path: `/api/staff/asf/applications/${asfApplicationA}`,
      body: {},
    }),
    expect: signedIn(403, { workerOtherLa: 400, teamManager: 400 }),
  },
  moveAsfApplication: {
    call: ({ asfApplicationA }) => ({
      method: 'post',
      path: `/api/staff/asf/applications/${asfApplicationA}/steps`,
      body: {},
    }),
    // Each step's own roles are the state machine's, tested in applications.test.ts.
    expect: signedIn(403, { workerOtherLa: 400, teamManager: 400, financeOfficer: 400 }),
  },
  renewAsfApplication: {
    call: ({ asfApplicationA }) => ({
      method: 'post',
      path: `/api/staff/asf/applications/${asfApplicationA}/renewal`,
    }),
    expect: signedIn(403, { workerOtherLa: 404, teamManager: 201 }),
  },
  recordAsfInvoice: {
    call: ({ asfApplicationA }) => ({
      method: 'post',
      path: `/api/staff/asf/applications/${asfApplicationA}/invoices`,
      body: {},
    }),
    expect: signedIn(403, { financeOfficer: 400 }),
  },
  downloadAsfSummary: {
    call: ({ asfApplicationA }) => ({
      method: 'get',
      path: `/api/staff/asf/applications/${asfApplicationA}/summary`,
    }),
    expect: signedIn(200, { ...familiesRefused, workerOtherLa: 404, administrator: 403 }),
  },
  findAsfProviders: {
    call: () => ({ method: 'get', path: '/api/staff/asf/providers' }),
    expect: signedIn(200, { ...familiesRefused, administrator: 403 }),
  },
  createAsfProvider: {
    call: () => ({ method: 'post', path: '/api/staff/asf/providers', body: {} }),
    expect: signedIn(403, { teamManager: 400, financeOfficer: 400 }),
  },
  changeAsfProvider: {
    call: ({ asfProviderA }) => ({
      method: 'put',
      path: `/api/staff/asf/providers/${asfProviderA}`,
      body: {},
    }),
    expect: signedIn(403, { teamManager: 400, financeOfficer: 400 }),
  },
  getAsfFigures: {
    call: () => ({ method: 'get', path: '/api/staff/asf/figures?financialYear=2026' }),
    expect: signedIn(403, { teamManager: 200, financeOfficer: 200 }),
  },
  downloadAsfFigures: {
    call: () => ({ method: 'get', path: '/api/staff/asf/figures.csv?financialYear=2026' }),
    expect: signedIn(403, { teamManager: 200, financeOfficer: 200 }),
  },
  getDashboard: {
    call: () => ({ method: 'get', path: '/api/reports/dashboard' }),
    expect: signedIn(403, { teamManager: 200, dataAnalyst: 200 }),
  },
  getReportOptions: {
    call: () => ({ method: 'get', path: '/api/reports/options' }),
    expect: signedIn(403, { teamManager: 200, dataAnalyst: 200 }),
  },
  getReport: {
    call: () => ({
      method: 'get',
      path: '/api/reports/contacts?period=quarter&financialYear=2026&quarter=2',
    }),
    expect: signedIn(403, { teamManager: 200, dataAnalyst: 200 }),
  },
  downloadReport: {
    call: () => ({
      method: 'get',
      path: '/api/reports/asf/csv?period=month&month=2026-11&suppress=true',
    }),
    expect: signedIn(403, { teamManager: 200, dataAnalyst: 200 }),
  },
  // Last: it ends every persona's session.
  signOut: { call: () => ({ method: 'delete', path: '/api/session' }), expect: ownAccount(200) },
}

let t: TestApp
const browsers = {} as Record<Persona, Browser>
let familyA = ''
let laA = ''
let childA = ''
let parentA = ''
let staffTarget = ''
let birthRelativeA = ''
let requestA = ''
let birthRequest = ''
let fileA = ''
let eventA = ''
let bookingA = ''
let agreementA = ''
let draftLetterA = ''
let releasedLetterA = ''
let submittedLetterA = ''
let assessmentA = ''
let planA = ''
let asfApplicationA = ''
let asfProviderA = ''
const ids = (): Ids => ({
  familyA,
  laA,
  childA,
  parentA,
  staffTarget,
  birthRelativeA,
  requestA,
  birthRequest,
  fileA,
  eventA,
  bookingA,
  agreementA,
  draftLetterA,
  releasedLetterA,
  submittedLetterA,
  assessmentA,
  planA,
  asfApplicationA,
  asfProviderA,
})

beforeAll(async () => {
  // Each persona stands at its own address (documentation range), so per-address throttles
  // count each separately, as they would in life.
  t = await createTestApp({ accounts: true, config: { trustProxyHops: 1 } })
  const db = t.database.db
  const at = (n: number) => ({ 'X-Forwarded-For': `192.0.2.${n}` })
  browsers.anonymous = new Browser(t.app, at(1))
  browsers.adopterA = await signInAs(t.app, db, demoEmail('adopter'), 'email', at(2))
  browsers.adopterB = await signInAs(t.app, db, demoEmail('adopter-b'), 'email', at(3))
  browsers.birthRelative = await signInAs(t.app, db, demoEmail('birth-relative'), 'email', at(4))
  browsers.dutyOfficer = await signInAs(t.app, db, demoEmail('duty'), 'totp', at(5))
  browsers.workerOtherLa = await signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp', at(6))
  browsers.teamManager = await signInAs(t.app, db, demoEmail('manager'), 'totp', at(7))
  browsers.administrator = await signInAs(t.app, db, demoEmail('administrator'), 'totp', at(8))
  browsers.financeOfficer = await signInAs(t.app, db, demoEmail('finance'), 'totp', at(9))
  browsers.dataAnalyst = await signInAs(t.app, db, demoEmail('analyst'), 'totp', at(10))
  const [row] = await db
    .select({ familyId: familyParents.familyId, laId: families.localAuthorityId })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .where(eq(users.email, demoEmail('adopter')))
  familyA = row?.familyId ?? ''
  laA = row?.laId ?? ''
  const [child] = await db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.familyId, familyA))
  childA = child?.id ?? ''
  const [parent] = await db
    .select({ id: familyParents.id })
    .from(familyParents)
    .where(eq(familyParents.familyId, familyA))
  parentA = parent?.id ?? ''
  const [target] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoEmail('worker-wyvern')))
  staffTarget = target?.id ?? ''
  const [relative] = await db
    .select({ id: birthRelatives.id })
    .from(birthRelatives)
    .innerJoin(users, eq(users.id, birthRelatives.userId))
    .where(eq(users.email, demoEmail('birth-relative')))
  birthRelativeA = relative?.id ?? ''
  const ask = (browser: Browser, categories: string[]) =>
    browser.post('/api/my/support-requests', {
      idempotencyKey: randomUUID(),
      categories,
      description: 'We would like some advice, please.',
      urgency: 'routine',
      contactMethod: 'portal',
    })
  requestA = (await ask(browsers.adopterA, ['advice'])).body.id
  birthRequest = (await ask(browsers.birthRelative, ['birth_relative_counselling'])).body.id
  expect(requestA).toBeTruthy()
  expect(birthRequest).toBeTruthy()
  const upload = await request(t.app)
    .post('/api/files')
    .set('Cookie', browsers.teamManager.cookieHeader())
    .set('X-Forwarded-For', '192.0.2.7')
    .set('Content-Type', 'application/octet-stream')
    .set('X-File-Name', 'leaflet.pdf')
    .send(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))
  fileA = upload.body.id
  expect(upload.status).toBe(201)
  const [la] = await db
    .select({ organisationId: localAuthorities.organisationId })
    .from(localAuthorities)
    .where(eq(localAuthorities.id, laA))
  const startsAt = new Date(Date.now() + 30 * 24 * 3600 * 1000)
  const [event] = await db
    .insert(groupEvents)
    .values({
      organisationId: la!.organisationId,
      localAuthorityId: laA,
      kind: 'parents_wellbeing',
      title: 'Parents’ wellbeing group',
      description: 'Time for you, with other adopters.',
      audience: ['adopters'],
      delivery: 'in_person',
      venueName: 'Ardenbury Family Centre',
      capacity: 10,
      placesBooked: 1,
      status: 'published',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      publishedAt: new Date(),
    })
    .returning()
  eventA = event!.id
  await db.insert(groupEventSessions).values({
    eventId: eventA,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
  })
  const [booking] = await db
    .insert(groupBookings)
    .values({
      eventId: eventA,
      familyId: familyA,
      status: 'booked',
      places: 1,
      bookedAt: new Date(),
    })
    .returning()
  bookingA = booking!.id
  await db.insert(groupBookingAttendees).values({ bookingId: bookingA, familyParentId: parentA })
  const letterbox = await seedLetterboxForMatrix(db, {
    organisationId: la!.organisationId,
    localAuthorityId: laA,
    familyId: familyA,
    childId: childA,
    parentUserEmail: demoEmail('adopter'),
    birthRelativeEmail: demoEmail('birth-relative'),
  })
  ;({ agreementA, draftLetterA, releasedLetterA, submittedLetterA } = letterbox)
  const [application] = await db
    .select({ id: asfApplications.id })
    .from(asfApplications)
    .where(and(eq(asfApplications.familyId, familyA), eq(asfApplications.status, 'in_progress')))
  asfApplicationA = application?.id ?? ''
  const [provider] = await db.select({ id: asfProviders.id }).from(asfProviders).limit(1)
  asfProviderA = provider?.id ?? ''
  expect(asfApplicationA && asfProviderA).toBeTruthy()
  ;({ assessmentA, planA } = await seedAssessmentForMatrix(db, {
    organisationId: la!.organisationId,
    localAuthorityId: laA,
    familyId: familyA,
    childId: childA,
    parentId: parentA,
  }))
  expect(
    (
      await browsers.teamManager.post(`/api/support-requests/${requestA}/messages`, {
        idempotencyKey: randomUUID(),
        body: 'Here is the leaflet we talked about.',
        attachmentIds: [fileA],
      })
    ).status,
  ).toBe(201)
})
afterAll(() => t.close())

describe('the access matrix', () => {
  it('has a row for every route in the OpenAPI document, and none for routes that do not exist', async () => {
    const res = await browsers.anonymous.get('/api/openapi.json')
    const routes = Object.entries(res.body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    )
    const rows = (Object.keys(matrix) as EndpointName[]).map(
      (name) =>
        `${endpoints[name].method} ${endpoints[name].path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`,
    )
    expect(rows.sort()).toEqual(routes.sort())
  })

  it('answers every route as each persona with exactly the expected status', async () => {
    const unexpected: string[] = []
    let calls = 0
    for (const [name, row] of Object.entries(matrix)) {
      for (const persona of personas) {
        const { method, path, body } = row.call(ids())
        const res = await browsers[persona].send(method, path, body)
        calls += 1
        if (res.status !== row.expect[persona]) {
          unexpected.push(`${name} as ${persona}: ${res.status}, expected ${row.expect[persona]}`)
        }
      }
    }
    expect(unexpected).toEqual([])
    expect(calls).toBe(Object.keys(matrix).length * personas.length)
    // Some 1,500 calls one after another, more with each feature: 20 s on PGlite on a quiet
    // machine, longer on PostgreSQL or beside other suites.
  }, 120_000)
})

describe('staff who are also adoptive parents', () => {
  it('never reach their own family through the staff area (a recorded conflict of interest)', async () => {
    const db = t.database.db
    const worker = await signInAs(t.app, db, demoEmail('worker-adopter'), 'totp', {
      'X-Forwarded-For': '192.0.2.20',
    })
    const [own] = await db
      .select({ id: familyParents.familyId })
      .from(familyParents)
      .where(eq(familyParents.email, demoEmail('worker-adopter')))
    expect(own).toBeTruthy()
    expect((await worker.get(`/api/families/${familyA}`)).status).toBe(200)
    expect((await worker.get(`/api/families/${own!.id}`)).status).toBe(404)
    const search = await worker.get('/api/people?q=Morgan Reid')
    expect(search.body.people.filter((p: { kind: string }) => p.kind === 'adopter')).toEqual([])
  })
})

describe('birth relatives', () => {
  it('never receive anything that identifies the adoptive family, on any route they can call', async () => {
    const db = t.database.db
    const [family] = await db
      .select({ family: families, localAuthorityName: localAuthorities.name })
      .from(families)
      .innerJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
      .where(eq(families.id, familyA))
    const parents = await db
      .select()
      .from(familyParents)
      .where(and(eq(familyParents.familyId, familyA)))
    const identifying = [
      ...parents.flatMap((p) => [p.fullName.split(' ').at(-1) ?? '', p.email ?? '']),
      family!.family.addressLine1,
      family!.family.postcode,
      family!.family.phone ?? '',
      family!.family.reference,
      family!.localAuthorityName,
    ].filter((value) => value.length > 2)

    const relative = await signInAs(t.app, db, demoEmail('birth-relative'), 'email', {
      'X-Forwarded-For': '192.0.2.30',
    })
    // Public routes (health, the start page's list of councils, the API description) say the same
    // to everyone and are left out; every other route a birth relative may call is walked.
    const publicRoutes: EndpointName[] = ['getServiceInfo', 'getOpenApiDocument', 'getDevMailbox']
    for (const [name, row] of Object.entries(matrix) as [EndpointName, Row][]) {
      if (publicRoutes.includes(name) || name === 'signOut') continue
      const { method, path, body } = row.call(ids())
      const res = await relative.send(method, path, body)
      const text = JSON.stringify(res.body)
      for (const value of identifying) {
        expect(text, `${name} leaked "${value}"`).not.toContain(value)
      }
    }
    // Their own request, after the team has acted on it, names nothing of the family either.
    // (The matrix ended the personas' sessions; the manager signs in again.)
    const manager = await signInAs(t.app, db, demoEmail('manager'), 'totp', {
      'X-Forwarded-For': '192.0.2.31',
    })
    const staffView = await manager.get(`/api/support-requests/${birthRequest}`)
    expect(staffView.body.family).toBeNull()
    await manager.post(`/api/support-requests/${birthRequest}/messages`, {
      idempotencyKey: randomUUID(),
      body: 'We can offer you counselling. When would suit you?',
    })
    const own = await relative.get(`/api/my/support-requests/${birthRequest}`)
    expect(own.status).toBe(200)
    expect(own.body.messages).toHaveLength(1)
    for (const value of identifying) {
      expect(JSON.stringify(own.body), `own request leaked "${value}"`).not.toContain(value)
    }
  })
})

/**
 * Letterbox rows for the matrix, made directly so that the matrix tests access, not the letterbox
 * services: a two-way agreement between family A's child and the demo birth relative, a draft of
 * family A's, a letter of family A's released to the birth relative, and one waiting to be checked.
 */
async function seedLetterboxForMatrix(
  db: TestApp['database']['db'],
  input: {
    organisationId: string
    localAuthorityId: string
    familyId: string
    childId: string
    parentUserEmail: string
    birthRelativeEmail: string
  },
) {
  const [parentUser] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.parentUserEmail))
  const [relative] = await db
    .select({ id: birthRelatives.id })
    .from(birthRelatives)
    .innerJoin(users, eq(users.id, birthRelatives.userId))
    .where(eq(users.email, input.birthRelativeEmail))
  const [agreement] = await db
    .insert(contactAgreements)
    .values({
      organisationId: input.organisationId,
      localAuthorityId: input.localAuthorityId,
      familyId: input.familyId,
      childId: input.childId,
      direction: 'two_way',
      exchangeMonths: [3, 9],
      photosAllowed: true,
      childExchangeName: 'Sunny',
      familyExchangeName: 'Sunny’s mum and dad',
      startsOn: '2024-03-01',
      nextReviewOn: '2027-03-01',
    })
    .returning({ id: contactAgreements.id })
  await db.insert(contactAgreementParties).values({
    agreementId: agreement!.id,
    birthRelativeId: relative!.id,
    relationship: 'mother',
    exchangeName: 'Birth mum, Jordan',
  })
  const letter = (values: Partial<typeof letters.$inferInsert>) =>
    db
      .insert(letters)
      .values({
        organisationId: input.organisationId,
        agreementId: agreement!.id,
        fromSide: 'adoptive_family',
        authorUserId: parentUser!.id,
        ...values,
      })
      .returning({ id: letters.id })
  const [draft] = await letter({ body: 'Dear Jordan, a draft.' })
  const body = 'Dear Jordan, Sunny loved the summer. With love from Sunny’s mum and dad.'
  const [released] = await letter({
    status: 'released',
    body,
    releasedBody: body,
    submittedVersions: 1,
    submittedAt: new Date(),
    releasedAt: new Date(),
  })
  const [submitted] = await letter({
    status: 'submitted',
    body: 'Dear Jordan, Sunny has started swimming lessons.',
    submittedVersions: 1,
    submittedAt: new Date(),
  })
  await db.insert(letterVersions).values(
    [released!, submitted!].map((row) => ({
      letterId: row.id,
      number: 1,
      body,
      submittedByUserId: parentUser!.id,
    })),
  )
  return {
    agreementA: agreement!.id,
    draftLetterA: draft!.id,
    releasedLetterA: released!.id,
    submittedLetterA: submitted!.id,
  }
}

/** Family A's assessment of need, decided, with an active support plan of one service. */
async function seedAssessmentForMatrix(
  db: TestApp['database']['db'],
  input: {
    organisationId: string
    localAuthorityId: string
    familyId: string
    childId: string
    parentId: string
  },
) {
  const [assessment] = await db
    .insert(needsAssessments)
    .values({
      organisationId: input.organisationId,
      localAuthorityId: input.localAuthorityId,
      subject: 'adoptive_family',
      familyId: input.familyId,
      status: 'decided',
      reason: 'Help with school and with telling the children their story.',
      requestedOn: '2026-06-01',
      startBy: '2026-06-15',
      startedOn: '2026-06-10',
      completeBy: '2026-08-05',
      proposal: 'Therapeutic parenting support for a year.',
      proposalSentAt: new Date('2026-08-03T10:00:00Z'),
      responseDueOn: '2026-09-01',
      response: 'agreed',
      respondedAt: new Date('2026-08-10T10:00:00Z'),
      decision: 'We will provide the services proposed.',
      decidedAt: new Date('2026-08-12T10:00:00Z'),
    })
    .returning({ id: needsAssessments.id })
  await db
    .insert(assessmentChildren)
    .values({ assessmentId: assessment!.id, childId: input.childId })
  await db
    .insert(assessmentParents)
    .values({ assessmentId: assessment!.id, parentId: input.parentId })
  const [plan] = await db
    .insert(supportPlans)
    .values({
      organisationId: input.organisationId,
      localAuthorityId: input.localAuthorityId,
      assessmentId: assessment!.id,
      subject: 'adoptive_family',
      familyId: input.familyId,
      status: 'active',
      nextReviewOn: '2027-02-12',
      sharedAt: new Date('2026-08-14T10:00:00Z'),
    })
    .returning({ id: supportPlans.id })
  await db.insert(planServices).values({
    planId: plan!.id,
    description: 'Therapeutic parenting course',
    provider: 'The agency',
    frequency: 'Weekly for 8 weeks',
    startsOn: '2026-09-07',
    costPence: 0,
    fundingSource: 'agency',
    position: 0,
  })
  return { assessmentA: assessment!.id, planA: plan!.id }
}
