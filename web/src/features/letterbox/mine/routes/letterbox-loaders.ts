import type { QueryClient } from '@tanstack/react-query'
import { redirect, type Params } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { requireSession } from '../../../session/index.ts'
import { myLetterQueries, parseLetterId } from '../api/get-my-letter.ts'
import { myLetterboxQueries } from '../api/get-my-letterbox.ts'
import { letterboxRoles } from './letterbox-roles.ts'

/**
 * The loaders of the letterbox pages of adoptive parents and birth relatives. Each checks the
 * session's role, then fetches what its page reads from the cache.
 */

export async function loadMyLetterbox(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: letterboxRoles })
  return queryClient.ensureQueryData(myLetterboxQueries.box())
}

/** A letter. Opening a letter received marks it read: the letterbox's tags are out of date. */
export async function loadMyLetter(queryClient: QueryClient, params: Params) {
  const letterId = parseLetterId(params)
  await requireSession(queryClient, { roles: letterboxRoles })
  const letter = await queryClient.ensureQueryData(myLetterQueries.detail(letterId))
  if (letter.box === 'received') {
    await queryClient.invalidateQueries({
      queryKey: myLetterboxQueries.box().queryKey,
      refetchType: 'none',
    })
  }
  return letter
}

/** Writing, only while the letter is the reader's to change: otherwise where it is. */
export async function loadEditLetter(queryClient: QueryClient, params: Params) {
  const letter = await loadMyLetter(queryClient, params)
  if (!letter.canEdit) {
    throw redirect(pathTo(paths.letterboxLetter, { letterId: letter.id }))
  }
  return letter
}

/** "Check your letter" needs a letter to check: an empty one goes back to be written. */
export async function loadPreviewLetter(queryClient: QueryClient, params: Params) {
  const letter = await loadEditLetter(queryClient, params)
  if (letter.body.trim() === '') {
    throw redirect(pathTo(paths.letterboxEditLetter, { letterId: letter.id }))
  }
  return letter
}

/** The confirmation, only for a letter that has been sent: otherwise the letter itself. */
export async function loadLetterSent(queryClient: QueryClient, params: Params) {
  const letter = await loadMyLetter(queryClient, params)
  if (letter.box !== 'sent' || letter.progress === 'draft' || letter.progress === 'returned') {
    throw redirect(pathTo(paths.letterboxLetter, { letterId: letter.id }))
  }
  return letter
}
