import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { Link } from '../../../../components/link.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { hasAnswers } from '../api/get-support-draft.ts'
import { useSaveSupportDraft } from '../api/save-support-draft.ts'
import { EmergencyWarning } from '../components/emergency-warning.tsx'
import {
  forgetJourneyIdempotencyKey,
  resumePath,
  stepPaths,
  useAskForSupportJourney,
} from './ask-for-support-journey.ts'

/**
 * `/support/ask`: the start of "Ask for support". Someone who left a request half way is offered
 * "Continue your request", or to start again.
 */
export function AskForSupportPage() {
  const { steps, draft, savedAt, role } = useAskForSupportJourney()
  const saveDraft = useSaveSupportDraft()
  const navigate = useNavigate()
  const [problem, setProblem] = useState<string | undefined>(undefined)
  usePageTitle('Ask for support', { hasError: problem !== undefined })
  const hasDraft = hasAnswers(draft)

  function startAgain(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (saveDraft.isPending) {
      return
    }
    saveDraft.mutate(
      {},
      {
        onSuccess: () => {
          forgetJourneyIdempotencyKey()
          void navigate(stepPaths.categories)
        },
        onError: () => {
          setProblem('Sorry, there is a problem with the service. Try again.')
        },
      },
    )
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        {problem !== undefined && <ErrorSummary errorList={[]} description={problem} />}
        <h1 className="govuk-heading-l">Ask for support</h1>
        <p className="govuk-body">
          {role === 'adopter'
            ? 'Tell your adoption support team what is happening and what help you or your children need. We will read your request and contact you about what happens next.'
            : 'Tell your adoption support team what help you need, such as counselling or help to write a letterbox letter. We will read your request and contact you about what happens next.'}
        </p>
        <p className="govuk-body">
          We will ask what the help is about, what is happening in your own words, how urgent it is
          and how to contact you. You can check your answers before you send them.
        </p>
        <p className="govuk-body">
          We save your answers as you go. If you stop part way through, you can come back and carry
          on.
        </p>
        <EmergencyWarning />

        {hasDraft ? (
          <>
            <h2 className="govuk-heading-m">You have a request you have not sent</h2>
            {savedAt !== null && (
              <p className="govuk-body">We saved your answers on {formatDateTime(savedAt)}.</p>
            )}
            <Button href={resumePath(steps, draft)}>Continue your request</Button>
            <form noValidate onSubmit={startAgain}>
              <p className="govuk-body">
                If you want to ask about something else, you can start a new request. This deletes
                the answers you have saved.
              </p>
              <Button variant="secondary">Start a new request</Button>
            </form>
          </>
        ) : (
          <Button href={stepPaths.categories} isStartButton>
            Start now
          </Button>
        )}

        <p className="govuk-body">
          <Link to={paths.mySupportRequests}>See the requests you have already sent</Link>
        </p>
      </div>
    </div>
  )
}
