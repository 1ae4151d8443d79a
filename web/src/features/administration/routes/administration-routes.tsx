import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { page } from '../../../lib/route-page.tsx'
import { requireSession } from '../../session/index.ts'
import { localAuthorityQueries } from '../api/find-local-authorities.ts'
import { getStaffMemberById, parseStaffUserId, staffQueries } from '../api/find-staff.ts'
import { AdministrationPage } from './administration-page.tsx'
import {
  administrationPageRoles,
  administratorRoles,
  staffAccountReaderRoles,
} from './administration-roles.ts'
import { ChangeStaffAccountPage } from './change-staff-account-page.tsx'
import { LocalAuthoritiesPage } from './local-authorities-page.tsx'
import { StaffAccountsPage } from './staff-accounts-page.tsx'

/**
 * Administration: staff accounts and local authorities (conflicts of interest are recorded from a
 * family's record, among the families routes). Signed-in routes: the app puts them behind the session guard, and each loader
 * checks the role.
 */
export function allAdministrationRoutes(queryClient: QueryClient): RouteObject[] {
  return [
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
  ]
}
