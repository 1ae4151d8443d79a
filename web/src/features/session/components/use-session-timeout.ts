import { useQuery } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { getLastApiActivity, subscribeToApiActivity } from '../../../lib/api-activity.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { useExtendSession } from '../api/extend-session.ts'
import { sessionQueries } from '../api/get-session.ts'
import { signedOutState } from '../routes/signed-out-page.tsx'
import { sessionDeadline, warningMs } from './session-deadline.ts'

interface Warning {
  /** The deadline the warning is about. */
  endsAt: number
  minutesLeft: number
}

export interface SessionTimeout {
  warning: Warning | undefined
  staySignedIn: () => void
}

/**
 * The timers of the GOV.UK timeout warning: the warning 2 minutes before the session ends, and
 * `/signed-out` when it has. Timers only, from `Date.now()`: nothing asks the API until the reader
 * chooses to stay signed in.
 */
export function useSessionTimeout(): SessionTimeout {
  const navigate = useNavigate()
  const { data: session, dataUpdatedAt } = useQuery({
    ...sessionQueries.current(),
    enabled: false,
  })
  const lastActivityAt = useSyncExternalStore(subscribeToApiActivity, getLastApiActivity)
  const extendSession = useExtendSession()
  const [due, setDue] = useState<Warning>()
  const [dismissedFor, setDismissedFor] = useState<number>()

  // Only requests made after the API gave this session move its end on: the one that fetched it
  // is already counted in what the API said.
  const laterActivityAt =
    lastActivityAt !== undefined && lastActivityAt > dataUpdatedAt ? lastActivityAt : undefined
  const deadline = session ? sessionDeadline(session, laterActivityAt) : undefined
  const endsAt = deadline?.endsAt
  const reason = deadline?.reason

  useEffect(() => {
    if (endsAt === undefined || reason === undefined) {
      return
    }
    const untilWarning = Math.max(0, endsAt - warningMs - Date.now())
    const warningTimer = setTimeout(() => {
      const minutesLeft = Math.max(1, Math.ceil((endsAt - Date.now()) / 60_000))
      setDue({ endsAt, minutesLeft })
    }, untilWarning)
    const endTimer = setTimeout(
      () => {
        void navigate(paths.signedOut, { replace: true, state: signedOutState(reason) })
      },
      Math.max(0, endsAt - Date.now()),
    )
    return () => {
      clearTimeout(warningTimer)
      clearTimeout(endTimer)
    }
  }, [endsAt, reason, navigate])

  const warning =
    due !== undefined && due.endsAt === endsAt && dismissedFor !== endsAt ? due : undefined

  return {
    warning,
    staySignedIn: () => {
      setDismissedFor(endsAt)
      extendSession.mutate(undefined, {
        onError: (error) => {
          if (error instanceof ApiError && error.status === 401) {
            void navigate(paths.signedOut, { replace: true, state: signedOutState('inactive') })
          } else {
            // Could not extend: warn again, as the session still ends on time.
            setDismissedFor(undefined)
          }
        },
      })
    },
  }
}
