import type { StaffAssessment } from '@asp/bff/contract'
import { InsetText } from '../../../../components/inset-text.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { formatDate, formatDateTime } from '../../../../lib/dates.ts'
import { AssessmentStatusTag } from './assessment-status-tag.tsx'

function dateOrNotSet(date: string | null): string {
  return date === null ? 'Not set yet' : formatDate(date)
}

function listOf(items: readonly string[]) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

/** Whose assessment it is, who carries it out, and its dates against the standards. */
export function AssessmentSummaryList({ assessment }: { assessment: StaffAssessment }) {
  const rows: SummaryListRow[] = [
    { key: 'Status', value: <AssessmentStatusTag status={assessment.status} /> },
    ...(assessment.subject === 'adoptive_family'
      ? [
          { key: 'Children', value: listOf(assessment.childNames) },
          { key: 'Adopters', value: listOf(assessment.parentNames) },
        ]
      : [{ key: 'Birth relative', value: assessment.subjectName }]),
    { key: 'Council', value: assessment.localAuthorityName },
    { key: 'Worker', value: assessment.workerName ?? 'Not allocated' },
    { key: 'Why it was asked for', value: <MultilineText text={assessment.reason} /> },
    { key: 'Asked for', value: formatDate(assessment.requestedOn) },
    { key: 'Start by', value: formatDate(assessment.startBy) },
    ...(assessment.startedOn === null
      ? []
      : [{ key: 'Started', value: formatDate(assessment.startedOn) }]),
    { key: 'Complete by', value: dateOrNotSet(assessment.completeBy) },
    { key: 'Respond by', value: dateOrNotSet(assessment.responseDueOn) },
    ...(assessment.signedOffAt === null
      ? []
      : [
          {
            key: 'Signed off',
            value: `${formatDateTime(assessment.signedOffAt)}${assessment.signedOffByName === null ? '' : ` by ${assessment.signedOffByName}`}`,
          },
        ]),
  ]
  return <SummaryList rows={rows} />
}

/** The manager's comments on an assessment returned for changes. */
export function ManagerComments({ comments }: { comments: string }) {
  return (
    <InsetText>
      <h2 className="govuk-heading-s">What needs to change</h2>
      <MultilineText text={comments} />
    </InsetText>
  )
}

/** The proposed decision, the family's response and the decision, as far as they have come. */
export function AssessmentOutcome({ assessment }: { assessment: StaffAssessment }) {
  return (
    <>
      {assessment.proposal !== null && (
        <>
          <h2 className="govuk-heading-m">Proposed decision</h2>
          {assessment.proposalSentAt !== null && (
            <p className="govuk-body-s">Sent {formatDateTime(assessment.proposalSentAt)}</p>
          )}
          <MultilineText text={assessment.proposal} />
        </>
      )}
      {assessment.response !== null && (
        <>
          <h2 className="govuk-heading-m">The family’s response</h2>
          {assessment.respondedAt !== null && (
            <p className="govuk-body-s">Received {formatDateTime(assessment.respondedAt)}</p>
          )}
          <p className="govuk-body">
            {assessment.response === 'agreed'
              ? 'They agreed with the proposed decision.'
              : 'They made representations:'}
          </p>
          {assessment.representations !== null && (
            <MultilineText text={assessment.representations} />
          )}
        </>
      )}
      {assessment.decision !== null && (
        <>
          <h2 className="govuk-heading-m">Decision</h2>
          {assessment.decidedAt !== null && (
            <p className="govuk-body-s">
              Made {formatDateTime(assessment.decidedAt)}
              {assessment.decidedByName === null ? '' : ` by ${assessment.decidedByName}`}
            </p>
          )}
          <MultilineText text={assessment.decision} />
        </>
      )}
      {assessment.withdrawnReason !== null && (
        <>
          <h2 className="govuk-heading-m">Why it was withdrawn</h2>
          <MultilineText text={assessment.withdrawnReason} />
        </>
      )}
    </>
  )
}
