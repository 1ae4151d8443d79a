import type { QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import { z } from 'zod'
import { birthRelativeQueries, familyQueries } from '../../../families/index.ts'
import { requireSession } from '../../../session/index.ts'
import { parseAssessmentId, parseSectionParams } from '../api/assessment-staff-keys.ts'
import { assessmentsQueries } from '../api/find-assessments.ts'
import { workerQueries } from '../api/find-workers.ts'
import { assessmentQueries } from '../api/get-assessment.ts'
import { timelinessQueries } from '../api/get-assessment-timeliness.ts'
import { sectionHistoryQueries } from '../api/get-section-history.ts'
import { assessmentFilterValuesOf, checkAssessmentFilters } from './assessment-filters.ts'
import { assessmentReaderRoles, assessmentWriterRoles } from './assessment-staff-roles.ts'

/**
 * The loaders of the staff assessment routes: the session's role first, then the data each page
 * needs before it shows, shared with the page through the query cache.
 */

type Params = { assessmentId?: string; section?: string }

export async function loadAssessments(queryClient: QueryClient, request: Request) {
  const { user } = await requireSession(queryClient, { roles: assessmentReaderRoles })
  const filters = checkAssessmentFilters(
    assessmentFilterValuesOf(new URL(request.url).searchParams),
    user.role,
  )
  if (filters === undefined) {
    throw data(null, { status: 404 })
  }
  await Promise.all([
    queryClient.fetchQuery(assessmentsQueries.list(filters)),
    user.role === 'team_manager' ? queryClient.fetchQuery(timelinessQueries.figures()) : undefined,
  ])
  return null
}

const startQuerySchema = z.union([
  z.object({ familyId: z.uuid(), supportRequestId: z.uuid().optional() }),
  z.object({ birthRelativeId: z.uuid(), supportRequestId: z.uuid().optional() }),
])

/** Whose assessment the start page records: `?familyId=…` or `?birthRelativeId=…`. */
export type StartSubject =
  | { subject: 'adoptive_family'; familyId: string; supportRequestId?: string }
  | { subject: 'birth_relative'; birthRelativeId: string; supportRequestId?: string }

/** The start page's subject from its address, or "Page not found" when it names nobody. */
export function startSubjectOf(searchParams: URLSearchParams): StartSubject {
  const parsed = startQuerySchema.safeParse(
    Object.fromEntries([...searchParams].filter(([, value]) => value !== '')),
  )
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  const { supportRequestId } = parsed.data
  const request = supportRequestId === undefined ? {} : { supportRequestId }
  return 'familyId' in parsed.data
    ? { subject: 'adoptive_family', familyId: parsed.data.familyId, ...request }
    : { subject: 'birth_relative', birthRelativeId: parsed.data.birthRelativeId, ...request }
}

export async function loadStartAssessment(queryClient: QueryClient, request: Request) {
  const subject = startSubjectOf(new URL(request.url).searchParams)
  await requireSession(queryClient, { roles: assessmentWriterRoles })
  await Promise.all([
    queryClient.fetchQuery(workerQueries.list()),
    subject.subject === 'adoptive_family'
      ? queryClient.fetchQuery(familyQueries.detail(subject.familyId))
      : queryClient.fetchQuery(birthRelativeQueries.detail(subject.birthRelativeId)),
  ])
  return null
}

export async function loadAssessment(queryClient: QueryClient, params: Params) {
  const assessmentId = parseAssessmentId(params)
  await requireSession(queryClient, { roles: assessmentReaderRoles })
  // Always the latest, with its version and what may be done now.
  return queryClient.fetchQuery({ ...assessmentQueries.detail(assessmentId), staleTime: 0 })
}

/** A page that changes the assessment: a writer only, with the assessment's latest version. */
export async function loadChangeAssessment(queryClient: QueryClient, params: Params) {
  const assessmentId = parseAssessmentId(params)
  await requireSession(queryClient, { roles: assessmentWriterRoles })
  return queryClient.fetchQuery({ ...assessmentQueries.detail(assessmentId), staleTime: 0 })
}

export async function loadSection(queryClient: QueryClient, params: Params) {
  const { assessmentId } = parseSectionParams(params)
  await requireSession(queryClient, { roles: assessmentReaderRoles })
  // The section's latest version: a save is made against it.
  return queryClient.fetchQuery({ ...assessmentQueries.detail(assessmentId), staleTime: 0 })
}

/** The two versions the history page compares: `?from=2&to=3`, else the last two. */
export function comparedVersionsOf(
  searchParams: URLSearchParams,
  numbers: readonly number[],
): { from: number; to: number } | undefined {
  const from = searchParams.get('from')
  const to = searchParams.get('to')
  if (from === null && to === null) {
    const last = numbers[numbers.length - 1]
    const before = numbers[numbers.length - 2]
    return last === undefined || before === undefined ? undefined : { from: before, to: last }
  }
  const parsed = z
    .object({ from: z.coerce.number().int(), to: z.coerce.number().int() })
    .safeParse({ from, to })
  if (!parsed.success || !numbers.includes(parsed.data.from) || !numbers.includes(parsed.data.to)) {
    throw data(null, { status: 404 })
  }
  return parsed.data
}

export async function loadSectionHistory(
  queryClient: QueryClient,
  params: Params,
  request: Request,
) {
  const { assessmentId, section } = parseSectionParams(params)
  await requireSession(queryClient, { roles: assessmentReaderRoles })
  const [history] = await Promise.all([
    queryClient.fetchQuery({
      ...sectionHistoryQueries.versions(assessmentId, section),
      staleTime: 0,
    }),
    queryClient.fetchQuery(assessmentQueries.detail(assessmentId)),
  ])
  const compared = comparedVersionsOf(
    new URL(request.url).searchParams,
    history.versions.map((version) => version.number),
  )
  if (compared !== undefined) {
    await queryClient.fetchQuery(
      sectionHistoryQueries.comparison(assessmentId, section, compared.from, compared.to),
    )
  }
  return null
}
