import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { page } from '../../../lib/route-page.tsx'
import {
  conflictRecorderRoles,
  localAuthorityQueries,
  staffQueries,
} from '../../administration/index.ts'
import { requireSession } from '../../session/index.ts'
import { auditTrailQueries } from '../api/get-audit-trail.ts'
import {
  familyQueries,
  getChildById,
  getParentById,
  parseChildParams,
  parseFamilyId,
  parseParentParams,
} from '../api/get-family.ts'
import { AddChildPage } from './add-child-page.tsx'
import { ChangeChildPage } from './change-child-page.tsx'
import { ChangeFamilyAddressPage } from './change-family-address-page.tsx'
import { ChangeParentPage } from './change-parent-page.tsx'
import { FamilyAuditPage } from './family-audit-page.tsx'
import { FamilyPage } from './family-page.tsx'
import {
  auditReaderRoles,
  caseStaffRoles,
  familyEditorRoles,
  peopleFinderRoles,
} from './family-roles.ts'
import { FindPersonPage } from './find-person-page.tsx'
import { asfQueries } from '../../asf/index.ts'
import { MyFamilyPage } from './my-family-page.tsx'
import { RecordConflictOfInterestPage } from './record-conflict-of-interest-page.tsx'

/**
 * Families and people: an adoptive parent's own family; staff find people and keep a family's
 * record. Signed-in routes: the app puts them behind the session guard, and each loader checks the
 * role.
 */
export function allFamilyRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.myFamily, <MyFamilyPage />, async () => {
      await requireSession(queryClient, { roles: ['adopter'] })
      const [family] = await Promise.all([
        queryClient.ensureQueryData(familyQueries.mine()),
        queryClient.ensureQueryData(asfQueries.mine()),
      ])
      return family
    }),
    page(paths.findPerson, <FindPersonPage />, () =>
      requireSession(queryClient, { roles: peopleFinderRoles }),
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
    page(paths.recordConflictOfInterest, <RecordConflictOfInterestPage />, async ({ params }) => {
      const familyId = parseFamilyId(params)
      await requireSession(queryClient, { roles: conflictRecorderRoles })
      return Promise.all([
        queryClient.ensureQueryData(familyQueries.detail(familyId)),
        queryClient.ensureQueryData(staffQueries.list()),
      ])
    }),
  ]
}
