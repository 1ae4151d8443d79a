import type { QueryClient } from '@tanstack/react-query'
import { localAuthorityQueries } from '../../../administration/index.ts'
import { assessmentsQueries } from '../../../assessments/index.ts'
import { requireSession } from '../../../session/index.ts'
import { workerQueries } from '../api/find-workers.ts'
import { myWorkQueries } from '../api/get-my-work.ts'
import { supportRequestAuditQueries } from '../api/get-support-request-audit.ts'
import { parseSupportRequestId, supportRequestQueries } from '../api/get-support-request.ts'
import { supportSettingsQueries } from '../api/get-support-settings.ts'
import { teamViewQueries } from '../api/get-team-view.ts'
import { myAssessmentsFilters } from '../components/my-assessments.tsx'
import { checkQueueFilters, queueFilterValuesOf } from './queue-filters.ts'
import {
  hasOwnAssessments,
  supportLineAllocatorRoles,
  supportLineManagerRoles,
  supportLineRoles,
} from './support-line-roles.ts'

/**
 * The loaders of the support line's routes: the session's role first, then the data each page
 * needs before it shows, fetched together and shared with the page through the query cache.
 */

type Params = { supportRequestId?: string | undefined }

/** The triage queue: the choices of its filters, and the first page of what the address asks for. */
export async function loadQueue(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: supportLineRoles })
  const searchParams = new URL(request.url).searchParams
  const { filters } = checkQueueFilters(queueFilterValuesOf(searchParams), searchParams.get('page'))
  await Promise.all([
    queryClient.ensureQueryData(localAuthorityQueries.list()),
    queryClient.ensureQueryData(workerQueries.list()),
    // The page shows a refused search itself, so a failure here is not the route's error.
    filters === undefined
      ? undefined
      : queryClient.prefetchQuery(supportRequestQueries.list(filters)),
  ])
}

export async function loadLogContact(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: supportLineRoles })
  return queryClient.ensureQueryData(localAuthorityQueries.list())
}

export async function loadRequest(queryClient: QueryClient, params: Params) {
  const supportRequestId = parseSupportRequestId(params)
  await requireSession(queryClient, { roles: supportLineRoles })
  return queryClient.ensureQueryData(supportRequestQueries.detail(supportRequestId))
}

export async function loadTriage(queryClient: QueryClient, params: Params) {
  const supportRequestId = parseSupportRequestId(params)
  await requireSession(queryClient, { roles: supportLineRoles })
  return Promise.all([
    queryClient.ensureQueryData(supportRequestQueries.detail(supportRequestId)),
    queryClient.ensureQueryData(supportSettingsQueries.current()),
  ])
}

export async function loadAllocate(queryClient: QueryClient, params: Params) {
  const supportRequestId = parseSupportRequestId(params)
  await requireSession(queryClient, { roles: supportLineAllocatorRoles })
  return Promise.all([
    queryClient.ensureQueryData(supportRequestQueries.detail(supportRequestId)),
    // Caseloads change as colleagues allocate: always the latest.
    queryClient.fetchQuery({ ...workerQueries.list(), staleTime: 0 }),
  ])
}

export async function loadAudit(queryClient: QueryClient, params: Params) {
  const supportRequestId = parseSupportRequestId(params)
  await requireSession(queryClient, { roles: supportLineManagerRoles })
  return Promise.all([
    queryClient.ensureQueryData(supportRequestQueries.detail(supportRequestId)),
    queryClient.fetchQuery(supportRequestAuditQueries.request(supportRequestId)),
  ])
}

/** The worker's requests, and for those who carry out assessments, their own (the first page). */
export async function loadMyWork(queryClient: QueryClient) {
  const { user } = await requireSession(queryClient, { roles: supportLineRoles })
  return Promise.all([
    queryClient.ensureQueryData(myWorkQueries.mine()),
    hasOwnAssessments(user.role)
      ? queryClient.ensureQueryData(assessmentsQueries.list(myAssessmentsFilters))
      : undefined,
  ])
}

export async function loadTeam(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: supportLineManagerRoles })
  return queryClient.ensureQueryData(teamViewQueries.current())
}
