import type { QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import { requireSession } from '../../../session/index.ts'
import { contactAgreementsQueries } from '../api/find-contact-agreements.ts'
import { lettersToCheckQueries } from '../api/find-letters-to-check.ts'
import { overdueExchangesQueries } from '../api/find-overdue-exchanges.ts'
import { childLetterboxQueries } from '../api/get-child-letterbox.ts'
import { contactAgreementQueries } from '../api/get-contact-agreement.ts'
import { reviewLetterQueries } from '../api/get-letter-for-review.ts'
import { parseAgreementId, parseChildId, parseLetterId } from '../api/letterbox-staff-keys.ts'
import { checkAgreementFilters, agreementFilterValuesOf } from './agreement-filters.ts'
import { letterboxDeciderRoles, letterboxStaffRoles } from './letterbox-staff-roles.ts'
import { pageOf } from './page-number.ts'

/**
 * The loaders of the staff letterbox routes: the session's role first, then the data each page
 * needs before it shows, shared with the page through the query cache.
 */

type Params = { letterId?: string; agreementId?: string; childId?: string }

export async function loadLettersToCheck(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: letterboxStaffRoles })
  return queryClient.fetchQuery(
    lettersToCheckQueries.page(pageOf(new URL(request.url).searchParams)),
  )
}

export async function loadLetterToCheck(queryClient: QueryClient, params: Params) {
  const letterId = parseLetterId(params)
  await requireSession(queryClient, { roles: letterboxStaffRoles })
  // Always the latest, with its version: a colleague may have decided on it.
  return queryClient.fetchQuery({ ...reviewLetterQueries.detail(letterId), staleTime: 0 })
}

export async function loadContactAgreements(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: letterboxStaffRoles })
  const { filters } = checkAgreementFilters(
    agreementFilterValuesOf(new URL(request.url).searchParams),
  )
  if (filters === undefined) {
    throw data(null, { status: 404 })
  }
  return queryClient.fetchQuery(contactAgreementsQueries.list(filters))
}

export async function loadOverdueExchanges(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: letterboxStaffRoles })
  return queryClient.fetchQuery(
    overdueExchangesQueries.page(pageOf(new URL(request.url).searchParams)),
  )
}

export async function loadContactAgreement(queryClient: QueryClient, params: Params) {
  const agreementId = parseAgreementId(params)
  await requireSession(queryClient, { roles: letterboxStaffRoles })
  return queryClient.fetchQuery(contactAgreementQueries.detail(agreementId))
}

/** A page that changes an agreement: a checker only, with the agreement's latest version. */
export async function loadChangeAgreement(queryClient: QueryClient, params: Params) {
  const agreementId = parseAgreementId(params)
  await requireSession(queryClient, { roles: letterboxDeciderRoles })
  return queryClient.fetchQuery({ ...contactAgreementQueries.detail(agreementId), staleTime: 0 })
}

export async function loadLogPaperLetter(queryClient: QueryClient, params: Params) {
  const agreementId = parseAgreementId(params)
  await requireSession(queryClient, { roles: letterboxStaffRoles })
  return queryClient.fetchQuery(contactAgreementQueries.detail(agreementId))
}

export async function loadChildLetterbox(
  queryClient: QueryClient,
  params: Params,
  request: Request,
) {
  const childId = parseChildId(params)
  const page = pageOf(new URL(request.url).searchParams)
  await requireSession(queryClient, { roles: letterboxStaffRoles })
  return queryClient.fetchQuery(childLetterboxQueries.child(childId, page))
}

export async function loadNewAgreement(queryClient: QueryClient, params: Params) {
  const childId = parseChildId(params)
  await requireSession(queryClient, { roles: letterboxDeciderRoles })
  return queryClient.fetchQuery(childLetterboxQueries.child(childId))
}
