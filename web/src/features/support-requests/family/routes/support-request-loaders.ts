import type { QueryClient } from '@tanstack/react-query'
import { redirect, type Params } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { requireSession } from '../../../session/index.ts'
import { familyQueries } from '../../../families/index.ts'
import { hasAnswers, supportDraftQueries } from '../api/get-support-draft.ts'
import { mySupportRequestQueries, parseSupportRequestId } from '../api/get-my-support-request.ts'
import { firstUnansweredStep, stepPaths, stepsFor } from './ask-for-support-journey.ts'
import { askerRoles } from './support-request-roles.ts'

/**
 * The loaders of the support request pages, which adoptive parents and birth relatives use. Each
 * checks the session's role and fetches what its page reads from the cache.
 */

/** A page of "Ask for support": the draft, and an adoptive family's children to choose from. */
export async function loadAskForSupport(queryClient: QueryClient) {
  const session = await requireSession(queryClient, { roles: askerRoles })
  const [{ draft }, family] = await Promise.all([
    queryClient.ensureQueryData(supportDraftQueries.mine()),
    session.user.role === 'adopter' ? queryClient.ensureQueryData(familyQueries.mine()) : null,
  ])
  return { role: session.user.role, draft, children: family?.children ?? [] }
}

/** "Check your answers" only once every question has an answer: otherwise the first without. */
export async function loadCheckAnswers(queryClient: QueryClient) {
  const { role, draft, children } = await loadAskForSupport(queryClient)
  if (!hasAnswers(draft)) {
    throw redirect(paths.askForSupport)
  }
  const unanswered = firstUnansweredStep(
    stepsFor(role === 'adopter' ? 'adopter' : 'birth_relative', children),
    draft,
  )
  if (unanswered !== undefined) {
    throw redirect(stepPaths[unanswered])
  }
  return null
}

export async function loadRequestSent(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: askerRoles })
  return null
}

export async function loadMySupportRequests(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: askerRoles })
  return queryClient.ensureQueryData(mySupportRequestQueries.list())
}

export async function loadMySupportRequest(queryClient: QueryClient, params: Params) {
  const supportRequestId = parseSupportRequestId(params)
  await requireSession(queryClient, { roles: askerRoles })
  const request = await queryClient.ensureQueryData(
    mySupportRequestQueries.detail(supportRequestId),
  )
  // Reading a request marks its messages read: the list's unread counts are out of date.
  await queryClient.invalidateQueries({
    queryKey: mySupportRequestQueries.lists(),
    refetchType: 'none',
  })
  return request
}
