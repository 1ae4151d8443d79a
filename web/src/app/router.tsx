import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createBrowserRouter, type LoaderFunction, type RouteObject } from 'react-router'
import { localAuthorityQueries } from '../features/administration/api/find-local-authorities.ts'
import {
  getStaffMemberById,
  parseStaffUserId,
  staffQueries,
} from '../features/administration/api/find-staff.ts'
import { AdministrationPage } from '../features/administration/routes/administration-page.tsx'
import {
  administrationPageRoles,
  administratorRoles,
  conflictRecorderRoles,
  staffAccountReaderRoles,
} from '../features/administration/routes/administration-roles.ts'
import { ChangeStaffAccountPage } from '../features/administration/routes/change-staff-account-page.tsx'
import { LocalAuthoritiesPage } from '../features/administration/routes/local-authorities-page.tsx'
import { RecordConflictOfInterestPage } from '../features/administration/routes/record-conflict-of-interest-page.tsx'
import { StaffAccountsPage } from '../features/administration/routes/staff-accounts-page.tsx'
import { ChangePasswordPage } from '../features/auth/routes/change-password-page.tsx'
import { ForgottenPasswordPage } from '../features/auth/routes/forgotten-password-page.tsx'
import { HomePage } from '../features/auth/routes/home-page.tsx'
import { RequireSession, requireSession } from '../features/auth/routes/require-session.tsx'
import { ResetPasswordPage } from '../features/auth/routes/reset-password-page.tsx'
import { SecurityCodePage } from '../features/auth/routes/security-code-page.tsx'
import { SetUpSecurityPage } from '../features/auth/routes/set-up-security-page.tsx'
import { SignInPage } from '../features/auth/routes/sign-in-page.tsx'
import { SignOutPage } from '../features/auth/routes/sign-out-page.tsx'
import { SignedOutPage } from '../features/auth/routes/signed-out-page.tsx'
import { DevMailboxPage } from '../features/dev-mailbox/routes/dev-mailbox-page.tsx'
import { auditTrailQueries } from '../features/families/api/get-audit-trail.ts'
import {
  familyQueries,
  getChildById,
  getParentById,
  parseChildParams,
  parseFamilyId,
  parseParentParams,
} from '../features/families/api/get-family.ts'
import { AddChildPage } from '../features/families/routes/add-child-page.tsx'
import { ChangeChildPage } from '../features/families/routes/change-child-page.tsx'
import { ChangeParentPage } from '../features/families/routes/change-parent-page.tsx'
import { ChangeFamilyAddressPage } from '../features/families/routes/change-family-address-page.tsx'
import { FamilyAuditPage } from '../features/families/routes/family-audit-page.tsx'
import { FamilyPage } from '../features/families/routes/family-page.tsx'
import {
  auditReaderRoles,
  caseStaffRoles,
  familyEditorRoles,
  staffRoles,
} from '../features/families/routes/family-roles.ts'
import { FindPersonPage } from '../features/families/routes/find-person-page.tsx'
import { MyFamilyPage } from '../features/families/routes/my-family-page.tsx'
// Groups and training: staff (features/group-programme)
import { CancelEventPage } from '../features/group-programme/routes/cancel-event-page.tsx'
import {
  EditEventPage,
  NewEventPage,
} from '../features/group-programme/routes/event-form-pages.tsx'
import { EventPage as GroupProgrammeEventPage } from '../features/group-programme/routes/event-page.tsx'
import { EventsPage as GroupProgrammeEventsPage } from '../features/group-programme/routes/events-page.tsx'
import { FiguresPage as GroupProgrammeFiguresPage } from '../features/group-programme/routes/figures-page.tsx'
import {
  loadCancelEvent,
  loadEditEvent,
  loadEvent,
  loadEvents,
  loadFigures,
  loadNewEvent,
  loadRegister,
} from '../features/group-programme/routes/group-programme-loaders.ts'
import { RegisterPage as GroupProgrammeRegisterPage } from '../features/group-programme/routes/register-page.tsx'
// Groups and training: families (features/groups)
import { CancelGroupBookingPage } from '../features/groups/routes/cancel-group-booking-page.tsx'
import { GroupEventBookedPage } from '../features/groups/routes/group-event-booked-page.tsx'
import { GroupEventPage } from '../features/groups/routes/group-event-page.tsx'
import { GroupEventsPage } from '../features/groups/routes/group-events-page.tsx'
import {
  loadCancelMyGroupBooking,
  loadGroupEvent,
  loadGroupEventBooked,
  loadGroupEvents,
  loadMyGroupBookings,
} from '../features/groups/routes/group-loaders.ts'
import { MyGroupBookingsPage } from '../features/groups/routes/my-group-bookings-page.tsx'
import { CreateAccountPage } from '../features/invitations/routes/create-account-page.tsx'
import { InvitePersonPage } from '../features/invitations/routes/invite-person-page.tsx'
// Support line: the staff side of support requests (features/support-line)
import { AllocatePage } from '../features/support-line/routes/allocate-page.tsx'
import { AuditPage as SupportLineAuditPage } from '../features/support-line/routes/audit-page.tsx'
import { ClosePage } from '../features/support-line/routes/close-page.tsx'
import { LinkFamilyPage } from '../features/support-line/routes/link-family-page.tsx'
import { LogContactPage } from '../features/support-line/routes/log-contact-page.tsx'
import { MyWorkPage } from '../features/support-line/routes/my-work-page.tsx'
import { QueuePage } from '../features/support-line/routes/queue-page.tsx'
import { RequestPage } from '../features/support-line/routes/request-page.tsx'
import {
  loadAllocate,
  loadAudit,
  loadLogContact,
  loadMyWork,
  loadQueue,
  loadRequest,
  loadTeam,
  loadTriage,
} from '../features/support-line/routes/support-line-loaders.ts'
import { TeamPage } from '../features/support-line/routes/team-page.tsx'
import { TriagePage } from '../features/support-line/routes/triage-page.tsx'
// Support requests: families and birth relatives (features/support-requests)
import { AskForSupportPage } from '../features/support-requests/routes/ask-for-support-page.tsx'
import { CategoriesPage } from '../features/support-requests/routes/categories-page.tsx'
import { CheckAnswersPage } from '../features/support-requests/routes/check-answers-page.tsx'
import { ChildrenPage } from '../features/support-requests/routes/children-page.tsx'
import { ContactPage } from '../features/support-requests/routes/contact-page.tsx'
import { DescriptionPage } from '../features/support-requests/routes/description-page.tsx'
import { MySupportRequestPage } from '../features/support-requests/routes/my-support-request-page.tsx'
import { MySupportRequestsPage } from '../features/support-requests/routes/my-support-requests-page.tsx'
import { RequestSentPage } from '../features/support-requests/routes/request-sent-page.tsx'
import {
  loadAskForSupport,
  loadCheckAnswers,
  loadMySupportRequest,
  loadMySupportRequests,
  loadRequestSent,
} from '../features/support-requests/routes/support-request-loaders.ts'
import { UrgencyPage } from '../features/support-requests/routes/urgency-page.tsx'
import { WithdrawSupportRequestPage } from '../features/support-requests/routes/withdraw-support-request-page.tsx'
import { Loading } from './layouts/loading.tsx'
import { RootLayout } from './layouts/root-layout.tsx'
import { AccessibilityStatementPage } from './pages/accessibility-statement-page.tsx'
import { PageNotFoundPage } from './pages/page-not-found-page.tsx'
import { PrivacyNoticePage } from './pages/privacy-notice-page.tsx'
import { StartPage } from './pages/start-page.tsx'
import { paths } from './paths.ts'
import { RootRouteError, RouteError } from './route-error.tsx'

/** A page with the error element every route has. */
function page(path: string, element: ReactNode, loader?: LoaderFunction): RouteObject {
  return loader
    ? { path, element, loader, errorElement: <RouteError /> }
    : { path, element, errorElement: <RouteError /> }
}

/**
 * The routes of the SPA. Loaders get the QueryClient so that they share its cache with the pages;
 * tests render the same routes in a memory router with a fresh client.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      errorElement: <RootRouteError />,
      children: [
        page(paths.start, <StartPage />),
        page(paths.accessibility, <AccessibilityStatementPage />),
        page(paths.privacy, <PrivacyNoticePage />),

        // Signing in and out: open to anyone.
        page(paths.signIn, <SignInPage />),
        page(paths.securityCode, <SecurityCodePage />),
        page(paths.forgottenPassword, <ForgottenPasswordPage />),
        page(paths.resetPassword, <ResetPasswordPage />),
        page(paths.signOut, <SignOutPage />),
        page(paths.signedOut, <SignedOutPage />),
        page(paths.createAccount, <CreateAccountPage />),

        // Demo only: the BFF answers 404 unless its mailbox is switched on.
        page(paths.devMailbox, <DevMailboxPage />),

        // A session that still has to set up its second factor, and nothing else.
        {
          element: <RequireSession />,
          errorElement: <RouteError />,
          hydrateFallbackElement: <Loading />,
          loader: () => requireSession(queryClient, { stage: 'setting-up' }),
          children: [page(paths.setUpSecurity, <SetUpSecurityPage />)],
        },

        // Signed in with both factors.
        {
          element: <RequireSession />,
          errorElement: <RouteError />,
          hydrateFallbackElement: <Loading />,
          loader: () => requireSession(queryClient),
          children: [
            page(paths.home, <HomePage />),
            page(paths.changePassword, <ChangePasswordPage />),
            page(paths.myFamily, <MyFamilyPage />, async () => {
              await requireSession(queryClient, { roles: ['adopter'] })
              return queryClient.ensureQueryData(familyQueries.mine())
            }),
            page(paths.findPerson, <FindPersonPage />, () =>
              requireSession(queryClient, { roles: staffRoles }),
            ),
            page(paths.family, <FamilyPage />, async ({ params }) => {
              const familyId = parseFamilyId(params)
              await requireSession(queryClient, { roles: caseStaffRoles })
              return queryClient.ensureQueryData(familyQueries.detail(familyId))
            }),
            page(paths.changeFamilyAddress, <ChangeFamilyAddressPage />, async ({ params }) => {
              const familyId = parseFamilyId(params)
              await requireSession(queryClient, { roles: familyEditorRoles })
              return Promise.all([
                queryClient.ensureQueryData(familyQueries.detail(familyId)),
                queryClient.ensureQueryData(localAuthorityQueries.list()),
              ])
            }),
            page(paths.addChild, <AddChildPage />, async ({ params }) => {
              const familyId = parseFamilyId(params)
              await requireSession(queryClient, { roles: familyEditorRoles })
              return queryClient.ensureQueryData(familyQueries.detail(familyId))
            }),
            page(paths.changeChild, <ChangeChildPage />, async ({ params }) => {
              const { familyId, childId } = parseChildParams(params)
              await requireSession(queryClient, { roles: familyEditorRoles })
              return getChildById(
                await queryClient.ensureQueryData(familyQueries.detail(familyId)),
                childId,
              )
            }),
            page(paths.changeParent, <ChangeParentPage />, async ({ params }) => {
              const { familyId, parentId } = parseParentParams(params)
              await requireSession(queryClient, { roles: familyEditorRoles })
              return getParentById(
                await queryClient.ensureQueryData(familyQueries.detail(familyId)),
                parentId,
              )
            }),
            page(paths.familyAudit, <FamilyAuditPage />, async ({ params }) => {
              const familyId = parseFamilyId(params)
              await requireSession(queryClient, { roles: auditReaderRoles })
              return Promise.all([
                queryClient.ensureQueryData(familyQueries.detail(familyId)),
                queryClient.ensureQueryData(auditTrailQueries.family(familyId)),
              ])
            }),
            page(
              paths.recordConflictOfInterest,
              <RecordConflictOfInterestPage />,
              async ({ params }) => {
                const familyId = parseFamilyId(params)
                await requireSession(queryClient, { roles: conflictRecorderRoles })
                return Promise.all([
                  queryClient.ensureQueryData(familyQueries.detail(familyId)),
                  queryClient.ensureQueryData(staffQueries.list()),
                ])
              },
            ),
            page(paths.invitePerson, <InvitePersonPage />, async () => {
              const session = await requireSession(queryClient, {
                roles: ['support_worker', 'team_manager', 'administrator'],
              })
              // Administrators invite staff, with the local authorities they work for.
              if (session.user.role === 'administrator') {
                await queryClient.ensureQueryData(localAuthorityQueries.list())
              }
              return session
            }),

            // Support requests: adoptive parents and birth relatives ask for support and follow
            // their requests (features/support-requests).
            page(paths.askForSupport, <AskForSupportPage />, () => loadAskForSupport(queryClient)),
            page(paths.askForSupportCategories, <CategoriesPage />, () =>
              loadAskForSupport(queryClient),
            ),
            page(paths.askForSupportChildren, <ChildrenPage />, () =>
              loadAskForSupport(queryClient),
            ),
            page(paths.askForSupportDescription, <DescriptionPage />, () =>
              loadAskForSupport(queryClient),
            ),
            page(paths.askForSupportUrgency, <UrgencyPage />, () => loadAskForSupport(queryClient)),
            page(paths.askForSupportContact, <ContactPage />, () => loadAskForSupport(queryClient)),
            page(paths.askForSupportCheckAnswers, <CheckAnswersPage />, () =>
              loadCheckAnswers(queryClient),
            ),
            page(paths.askForSupportSent, <RequestSentPage />, () => loadRequestSent(queryClient)),
            page(paths.mySupportRequests, <MySupportRequestsPage />, () =>
              loadMySupportRequests(queryClient),
            ),
            page(paths.mySupportRequest, <MySupportRequestPage />, ({ params }) =>
              loadMySupportRequest(queryClient, params),
            ),
            page(paths.withdrawMySupportRequest, <WithdrawSupportRequestPage />, ({ params }) =>
              loadMySupportRequest(queryClient, params),
            ),

            // Groups and training: families find events, book places or join the waiting list,
            // and follow their bookings (features/groups). `/groups/bookings` is a static path,
            // which React Router ranks before `/groups/:eventId`.
            page(paths.groups, <GroupEventsPage />, ({ request }) =>
              loadGroupEvents(queryClient, request),
            ),
            page(paths.myGroupBookings, <MyGroupBookingsPage />, () =>
              loadMyGroupBookings(queryClient),
            ),
            page(paths.cancelMyGroupBooking, <CancelGroupBookingPage />, ({ params }) =>
              loadCancelMyGroupBooking(queryClient, params),
            ),
            page(paths.groupEvent, <GroupEventPage />, ({ params }) =>
              loadGroupEvent(queryClient, params),
            ),
            page(paths.groupEventBooked, <GroupEventBookedPage />, ({ params }) =>
              loadGroupEventBooked(queryClient, params),
            ),

            // Support line: duty officers, support workers and team managers log contacts, triage,
            // allocate and work requests (features/support-line).
            page(paths.supportLineQueue, <QueuePage />, ({ request }) =>
              loadQueue(queryClient, request),
            ),
            page(paths.supportLineLogContact, <LogContactPage />, () =>
              loadLogContact(queryClient),
            ),
            page(paths.supportLineRequest, <RequestPage />, ({ params }) =>
              loadRequest(queryClient, params),
            ),
            page(paths.supportLineTriage, <TriagePage />, ({ params }) =>
              loadTriage(queryClient, params),
            ),
            page(paths.supportLineAllocate, <AllocatePage />, ({ params }) =>
              loadAllocate(queryClient, params),
            ),
            page(paths.supportLineClose, <ClosePage />, ({ params }) =>
              loadRequest(queryClient, params),
            ),
            page(paths.supportLineLinkFamily, <LinkFamilyPage />, ({ params }) =>
              loadRequest(queryClient, params),
            ),
            page(paths.supportLineAudit, <SupportLineAuditPage />, ({ params }) =>
              loadAudit(queryClient, params),
            ),
            page(paths.supportLineMyWork, <MyWorkPage />, () => loadMyWork(queryClient)),
            page(paths.supportLineTeam, <TeamPage />, () => loadTeam(queryClient)),

            // Groups and training: staff run events, case staff take the register, team managers
            // and administrators see the figures (features/group-programme).
            page(paths.groupProgramme, <GroupProgrammeEventsPage />, ({ request }) =>
              loadEvents(queryClient, request),
            ),
            page(paths.groupProgrammeNewEvent, <NewEventPage />, () => loadNewEvent(queryClient)),
            page(paths.groupProgrammeFigures, <GroupProgrammeFiguresPage />, ({ request }) =>
              loadFigures(queryClient, request),
            ),
            page(paths.groupProgrammeEvent, <GroupProgrammeEventPage />, ({ params }) =>
              loadEvent(queryClient, params),
            ),
            page(paths.groupProgrammeEditEvent, <EditEventPage />, ({ params }) =>
              loadEditEvent(queryClient, params),
            ),
            page(paths.groupProgrammeCancelEvent, <CancelEventPage />, ({ params }) =>
              loadCancelEvent(queryClient, params),
            ),
            page(paths.groupProgrammeRegister, <GroupProgrammeRegisterPage />, ({ params }) =>
              loadRegister(queryClient, params),
            ),

            // Administration
            page(paths.administration, <AdministrationPage />, () =>
              requireSession(queryClient, { roles: administrationPageRoles }),
            ),
            page(paths.staffAccounts, <StaffAccountsPage />, async () => {
              await requireSession(queryClient, { roles: staffAccountReaderRoles })
              return queryClient.ensureQueryData(staffQueries.list())
            }),
            page(paths.changeStaffAccount, <ChangeStaffAccountPage />, async ({ params }) => {
              const userId = parseStaffUserId(params)
              await requireSession(queryClient, { roles: administratorRoles })
              const [{ staff }] = await Promise.all([
                queryClient.ensureQueryData(staffQueries.list()),
                queryClient.ensureQueryData(localAuthorityQueries.list()),
              ])
              return getStaffMemberById(staff, userId)
            }),
            page(paths.localAuthorities, <LocalAuthoritiesPage />, async () => {
              await requireSession(queryClient, { roles: administratorRoles })
              return queryClient.ensureQueryData(localAuthorityQueries.list())
            }),
          ],
        },

        page('*', <PageNotFoundPage />),
      ],
    },
  ]
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient))
}
