import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { forgetSession } from '../../../lib/forget-session.ts'
import { sessionQueries } from '../api/get-session.ts'
import { signOut } from '../api/sign-out.ts'

/** Why the timeout warning signed the reader out, in the history entry. */
export type SignedOutReason = 'inactive' | 'time-limit'

export function signedOutState(reason: SignedOutReason): { reason: SignedOutReason } {
  return { reason }
}

/**
 * GOV.UK "You have been signed out", where the timeout warning sends the reader when time runs
 * out. It ends the session on the server too (the SPA's clock may be a little ahead of it) and
 * forgets what the tab knew.
 */
export function SignedOutPage() {
  const queryClient = useQueryClient()
  const { state } = useLocation() as { state: unknown }
  const reason =
    typeof state === 'object' && state !== null && 'reason' in state ? state.reason : undefined
  usePageTitle('You have been signed out')

  useEffect(() => {
    const hadSession = queryClient.getQueryData(sessionQueries.current().queryKey) != null
    forgetSession(queryClient)
    if (hadSession) {
      // Best effort: the session has ended, or will within a minute, whatever the answer.
      signOut().catch(() => undefined)
    }
  }, [queryClient])

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You have been signed out</h1>
        {reason === 'time-limit' ? (
          <p className="govuk-body">
            We signed you out because you had been signed in for 12 hours. We did this to keep your
            information secure.
          </p>
        ) : (
          <p className="govuk-body">
            We signed you out because you did not do anything for 30 minutes. We did this to keep
            your information secure.
          </p>
        )}
        <p className="govuk-body">Anything you had not saved has been lost.</p>
        <Button href={paths.signIn}>Sign in</Button>
      </div>
    </div>
  )
}
