import type { FormEvent } from 'react'
import { ApiError } from '../../../../lib/api-client.ts'
import { useRegisterGroupInterest } from '../api/register-group-interest.ts'

/**
 * The "Register interest" button's form for a course with no dates yet. A refusal is passed to
 * `onProblem` in the API's words (a 5xx or a lost connection says to try again), for the page's
 * error summary; a new try clears it.
 */
export function useRegisterInterest(onProblem: (problem: string | undefined) => void) {
  const registerInterest = useRegisterGroupInterest()

  function register(event: FormEvent<HTMLFormElement>, eventId: string) {
    event.preventDefault()
    if (registerInterest.isPending) {
      return
    }
    onProblem(undefined)
    registerInterest.mutate(eventId, {
      onError: (error) => {
        onProblem(
          error instanceof ApiError && error.status < 500
            ? error.message
            : 'Sorry, there is a problem with the service. Your interest has not been registered. Try again.',
        )
      },
    })
  }

  return {
    register,
    /** Whether interest in this course is on its way. */
    isRegistering: (eventId: string) =>
      registerInterest.isPending && registerInterest.variables === eventId,
  }
}
