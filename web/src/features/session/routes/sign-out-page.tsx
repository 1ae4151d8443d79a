import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { forgetSession } from '../../../lib/forget-session.ts'
import { signOut } from '../api/sign-out.ts'

/**
 * `/sign-out`, where every "Sign out" link goes: ends the session on the server, forgets what this
 * tab knew, and goes to sign in with "You have signed out". A link rather than a button, so it can
 * sit in the header like any other; the page it leaves has unmounted before the cache is cleared.
 */
export function SignOutPage() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [failure, setFailure] = useState<{ error: unknown }>()
  const hasStarted = useRef(false)
  usePageTitle('Signing you out')

  useEffect(() => {
    if (hasStarted.current) {
      return
    }
    hasStarted.current = true
    signOut().then(
      () => {
        forgetSession(queryClient)
        void navigate(paths.signIn, { replace: true, state: noticeState('signed-out') })
      },
      (error: unknown) => {
        setFailure({ error })
      },
    )
  }, [queryClient, navigate])

  if (failure) {
    throw failure.error
  }

  return (
    <p className="govuk-body" role="status">
      Signing you out…
    </p>
  )
}
