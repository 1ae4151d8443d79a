import {
  asfApplicationsQuerySchema,
  asfCaseRoles,
  asfNewApplicationQuerySchema,
  asfReaderRoles,
} from '@asp/bff/contract'
import type { QueryClient } from '@tanstack/react-query'
import { data, type Params } from 'react-router'
import { requireSession } from '../../../session/index.ts'
import { asfQueries, parseApplicationId } from '../../api/asf-queries.ts'
import { financialYearOf } from '../../components/asf-words.tsx'

/** Today's date in London, 'yyyy-MM-dd'. */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
}

/** The list's filters from the page's address; this financial year when none is chosen. */
export function asfListFiltersOf(searchParams: URLSearchParams) {
  const given = Object.fromEntries([...searchParams].filter(([, value]) => value !== ''))
  const parsed = asfApplicationsQuerySchema.safeParse({
    financialYear: financialYearOf(londonToday()),
    ...given,
  })
  if (!parsed.success) throw data(null, { status: 404 })
  return parsed.data
}

export async function loadApplications(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: asfReaderRoles })
  const filters = asfListFiltersOf(new URL(request.url).searchParams)
  await queryClient.fetchQuery(asfQueries.list(filters))
  return null
}

/** An application's pages: always the latest, with its version and what may be done now. */
export async function loadApplication(queryClient: QueryClient, params: Params) {
  const applicationId = parseApplicationId(params)
  await requireSession(queryClient, { roles: asfReaderRoles })
  return queryClient.fetchQuery({ ...asfQueries.detail(applicationId), staleTime: 0 })
}

/** Changing a draft: case staff (the BFF's rule), with the application and the register. */
export async function loadChangeApplication(queryClient: QueryClient, params: Params) {
  const applicationId = parseApplicationId(params)
  await requireSession(queryClient, { roles: asfCaseRoles })
  const [application] = await Promise.all([
    queryClient.fetchQuery({ ...asfQueries.detail(applicationId), staleTime: 0 }),
    queryClient.fetchQuery(asfQueries.providers()),
  ])
  return application
}

/** Renewing an application for next year: case staff (the BFF's rule). */
export async function loadRenewApplication(queryClient: QueryClient, params: Params) {
  const applicationId = parseApplicationId(params)
  await requireSession(queryClient, { roles: asfCaseRoles })
  return queryClient.fetchQuery({ ...asfQueries.detail(applicationId), staleTime: 0 })
}

/** Whom a new application is for, from the page's address: a child, or a plan's service. */
export function newApplicationQueryOf(searchParams: URLSearchParams) {
  const given = Object.fromEntries([...searchParams].filter(([, value]) => value !== ''))
  const parsed = asfNewApplicationQuerySchema.safeParse(given)
  if (!parsed.success || (!parsed.data.childId && !parsed.data.planServiceId)) {
    throw data(null, { status: 404 })
  }
  return parsed.data
}

export async function loadNewApplication(queryClient: QueryClient, request: Request) {
  const query = newApplicationQueryOf(new URL(request.url).searchParams)
  await requireSession(queryClient, { roles: asfCaseRoles })
  await Promise.all([
    queryClient.fetchQuery(asfQueries.start(query)),
    queryClient.fetchQuery(asfQueries.providers()),
  ])
  return null
}

export async function loadProviders(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: asfReaderRoles })
  await queryClient.fetchQuery(asfQueries.providers())
  return null
}

/** The year's figures: for those who report them (the BFF's rule). */
export async function loadFigures(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: ['team_manager', 'finance_officer'] })
  const { financialYear } = asfListFiltersOf(new URL(request.url).searchParams)
  await queryClient.fetchQuery(asfQueries.figures(financialYear ?? 0))
  return null
}
