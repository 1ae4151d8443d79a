import type { MyAssessment } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useLocation } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Details } from '../../../../components/details.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { myDecisionNoticeHref, myPlanPdfHref } from '../api/download-pdfs.ts'
import { myAssessmentQueries } from '../api/get-my-assessments.ts'
import { assessmentHeading, formatDay, newestFirst } from '../components/assessment-words.ts'
import { SupportPlan } from '../components/support-plan.tsx'
import { isRespondedState } from './assessment-notice.ts'

/**
 * `/assessments`: "Your assessment and plan". Each assessment of the reader's support needs,
 * newest first: where it is in plain words, then what there is to read: what we propose (and the
 * date to answer by), their response, our decision and the support plan, or that it was stopped.
 * Adoptive parents and birth relatives see the same page; a birth relative's names no children.
 */
export function MyAssessmentsPage() {
  const {
    data: { assessments },
  } = useSuspenseQuery(myAssessmentQueries.list())
  const { role } = useSignedInSession().user
  const justResponded = isRespondedState(useLocation().state)
  usePageTitle('Your assessment and plan')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        {justResponded && (
          <NotificationBanner type="success">Your response has been sent</NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Your assessment and plan</h1>
        {assessments.length === 0 ? (
          <>
            <p className="govuk-body">You do not have an assessment of your support needs.</p>
            <p className="govuk-body">
              {role === 'birth_relative'
                ? 'An assessment of your support needs is how your adoption support team works out what help you need.'
                : 'An assessment of your family’s support needs is how your adoption support team works out what help you and your children need.'}{' '}
              The team carries one out when you ask for support.
            </p>
            <p className="govuk-body">
              <Link to={paths.askForSupport}>Ask for support</Link>
            </p>
          </>
        ) : (
          <p className="govuk-body">
            An assessment is how your adoption support team works out what help you need. Here you
            can see where yours is, tell us what you think of what we propose, and read your support
            plan.
          </p>
        )}
        {newestFirst(assessments).map((assessment) => (
          <Assessment key={assessment.id} assessment={assessment} />
        ))}
      </div>
    </div>
  )
}

function Assessment({ assessment }: { assessment: MyAssessment }) {
  const headingId = `assessment-${assessment.id}`
  return (
    <section aria-labelledby={headingId}>
      <h2 className="govuk-heading-m app-break-words" id={headingId}>
        {assessmentHeading(assessment)}
      </h2>
      <SummaryList
        rows={[
          { key: 'Status', value: assessment.stage },
          { key: 'Your worker', value: assessment.workerName ?? 'Not given yet' },
          { key: 'Asked for', value: formatDate(assessment.requestedOn) },
        ]}
      />
      <WhatThereIsToRead assessment={assessment} />
    </section>
  )
}

/** What the assessment's status gives the reader to read or do. */
function WhatThereIsToRead({ assessment }: { assessment: MyAssessment }) {
  switch (assessment.status) {
    case 'proposal_sent':
      return <Proposal assessment={assessment} />
    case 'response_received':
      return (
        <>
          <YourResponse assessment={assessment} />
          <p className="govuk-body">We will send you our decision.</p>
          {assessment.proposal !== null && (
            <Details summary="What we proposed">
              <MultilineText text={assessment.proposal} />
            </Details>
          )}
        </>
      )
    case 'decided':
      return (
        <>
          <h3 className="govuk-heading-m">Our decision</h3>
          {assessment.decidedAt !== null && (
            <p className="govuk-body">We made our decision on {formatDay(assessment.decidedAt)}.</p>
          )}
          {assessment.decision !== null && <MultilineText text={assessment.decision} />}
          <p className="govuk-body">
            <a className="govuk-link" href={myDecisionNoticeHref(assessment.id)}>
              Download the decision (PDF)
            </a>
          </p>
          {assessment.plan !== null && (
            <>
              <SupportPlan plan={assessment.plan} />
              <p className="govuk-body">
                <a className="govuk-link" href={myPlanPdfHref(assessment.id)}>
                  Download your support plan (PDF)
                </a>
              </p>
            </>
          )}
        </>
      )
    case 'withdrawn':
      return (
        <p className="govuk-body">
          We stopped this assessment. If you still need support, you can{' '}
          <Link to={paths.askForSupport}>ask for support</Link> again.
        </p>
      )
    default:
      return (
        <p className="govuk-body">We will email you when there is something for you to read.</p>
      )
  }
}

/** What we propose, the date to answer by, and the way to answer while one is waited for. */
function Proposal({ assessment }: { assessment: MyAssessment }) {
  return (
    <>
      <h3 className="govuk-heading-m">What we propose</h3>
      {assessment.proposalSentAt !== null && (
        <p className="govuk-body">We sent you this on {formatDay(assessment.proposalSentAt)}.</p>
      )}
      {assessment.proposal !== null && (
        <InsetText>
          <MultilineText text={assessment.proposal} />
        </InsetText>
      )}
      {assessment.responseDueOn !== null && (
        <p className="govuk-body">
          You have until {formatDate(assessment.responseDueOn)} to tell us what you think.
        </p>
      )}
      {assessment.canRespond && (
        <Button href={pathTo(paths.respondToProposal, { assessmentId: assessment.id })}>
          Respond to what we propose
        </Button>
      )}
    </>
  )
}

/** Whether they agreed, or what they told us, in their own words. */
function YourResponse({ assessment }: { assessment: MyAssessment }) {
  return (
    <>
      <h3 className="govuk-heading-m">Your response</h3>
      {assessment.respondedAt !== null && (
        <p className="govuk-body">We received it on {formatDay(assessment.respondedAt)}.</p>
      )}
      {assessment.response === 'agreed' && (
        <p className="govuk-body">You told us you agree with what we propose.</p>
      )}
      {assessment.response === 'representations' && (
        <>
          <p className="govuk-body">You told us:</p>
          <InsetText>
            <MultilineText text={assessment.representations ?? ''} />
          </InsetText>
        </>
      )}
    </>
  )
}
