import { describe, expect, it } from 'vitest'
import { paths, pathTo, withQuery } from './paths.ts'

describe('paths', () => {
  it('has one entry for each page', () => {
    expect(paths).toEqual({
      start: '/',
      accessibility: '/accessibility',
      privacy: '/privacy',
      signIn: '/sign-in',
      securityCode: '/sign-in/security-code',
      signOut: '/sign-out',
      signedOut: '/signed-out',
      forgottenPassword: '/forgotten-password',
      fundApplication: '/fund-applications/:applicationId',
      fundApplicationStep: '/fund-applications/:applicationId/steps/:step',
      changeFundApplication: '/fund-applications/:applicationId/change',
      renewFundApplication: '/fund-applications/:applicationId/renew',
      fundApplications: '/fund-applications',
      newFundApplication: '/fund-applications/new',
      fundProviders: '/fund-applications/providers',
      fundFigures: '/fund-applications/figures',
      resetPassword: '/reset-password',
      createAccount: '/create-account/:token',
      home: '/home',
      setUpSecurity: '/account/security/set-up',
      changePassword: '/account/password',
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
      administration: '/administration',
      staffAccounts: '/staff',
      changeStaffAccount: '/staff/:userId',
      localAuthorities: '/local-authorities',
      // Support line (features/support-requests/staff)
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
      // Support requests: families and birth relatives (features/support-requests/family)
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
      // Letterbox: families and birth relatives (features/letterbox/mine)
      letterbox: '/letterbox',
      letterboxLetter: '/letterbox/letters/:letterId',
      letterboxEditLetter: '/letterbox/letters/:letterId/edit',
      letterboxPreviewLetter: '/letterbox/letters/:letterId/preview',
      letterboxLetterSent: '/letterbox/letters/:letterId/sent',
      // Letterbox: staff (features/letterbox/staff)
      letterboxChecks: '/letterbox-checks',
      letterboxCheckLetter: '/letterbox-checks/:letterId',
      contactAgreements: '/contact-agreements',
      overdueExchanges: '/contact-agreements/overdue',
      contactAgreement: '/contact-agreements/:agreementId',
      changeContactAgreementStatus: '/contact-agreements/:agreementId/status',
      recordContactAgreementReview: '/contact-agreements/:agreementId/review',
      recordFundInvoice: '/fund-applications/:applicationId/invoices/new',
      reports: '/reports',
      report: '/reports/:report',
      logPaperLetter: '/contact-agreements/:agreementId/paper-letters/new',
      childLetterbox: '/children/:childId/letterbox',
      newContactAgreement: '/children/:childId/letterbox/new-agreement',
      myAssessments: '/assessments',
      respondToProposal: '/assessments/:assessmentId/respond',
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
      newSupportPlan: '/needs-assessments/:assessmentId/plan/new',
      supportPlan: '/support-plans/:planId',
      changeSupportPlan: '/support-plans/:planId/change',
      recordPlanReview: '/support-plans/:planId/review',
      closeSupportPlan: '/support-plans/:planId/close',
      devMailbox: '/dev/mailbox',
    })
  })

  it('fills in and encodes params', () => {
    expect(pathTo('/families/:familyId/letters/:letterId', { familyId: 'F/1', letterId: 7 })).toBe(
      '/families/F%2F1/letters/7',
    )
  })

  it('adds a query string, leaving out empty values', () => {
    expect(withQuery(paths.findPerson, { q: 'Sarah Philips', page: undefined, kind: '' })).toBe(
      '/people?q=Sarah+Philips',
    )
    expect(withQuery(paths.findPerson, {})).toBe('/people')
  })

  it('returns a pattern without params as it is', () => {
    expect(pathTo(paths.privacy)).toBe('/privacy')
  })
})
