import type { AssessmentStatus, AssessmentSummary } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { Link } from '../../../../components/link.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { Tag } from '../../../../components/tag.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { AssessmentStatusTag, assessmentsQueries, dueDateOf } from '../../../assessments/index.ts'

/** The worker's own assessments, as the assessments list asks for them (`?view=mine`). */
export const myAssessmentsFilters = { view: 'mine' } as const

/** Where an assessment is finished with: nothing more for its worker to do. */
const closed: readonly AssessmentStatus[] = ['decided', 'withdrawn']

const hint = 'govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0'

function row(assessment: AssessmentSummary): TableCell[] {
  const due = dueDateOf(assessment)
  return [
    {
      text: (
        <>
          <Link to={pathTo(paths.needsAssessment, { assessmentId: assessment.id })}>
            {assessment.subjectName}
          </Link>
          {assessment.childNames.length > 0 && (
            <span className={hint}>{assessment.childNames.join(', ')}</span>
          )}
        </>
      ),
    },
    { text: <AssessmentStatusTag status={assessment.status} /> },
    {
      text: (
        <>
          {due === undefined ? 'None' : `${due.label} ${formatDate(due.date)}`}
          {assessment.late && (
            <span className="govuk-!-display-block govuk-!-margin-top-1">
              <Tag colour="red">Late</Tag>
            </span>
          )}
        </>
      ),
    },
  ]
}

/**
 * "My work"'s assessments: the open ones among the worker's own (the first page of the list, the
 * late ones first), each with where it is and the date that matters, and a link to them all.
 */
export function MyAssessments() {
  const { data: page } = useSuspenseQuery(assessmentsQueries.list(myAssessmentsFilters))
  const open = page.items.filter((assessment) => !closed.includes(assessment.status))
  const more = page.total > page.items.length
  const caption = more
    ? `Your open assessments among the first ${String(page.items.length)} of ${String(page.total)}`
    : `Your open assessments (${String(open.length)})`

  return (
    <section aria-labelledby="my-assessments-heading">
      <h2 className="govuk-heading-m" id="my-assessments-heading">
        Assessments
      </h2>
      {open.length === 0 ? (
        <p className="govuk-body">
          {more
            ? `None of the first ${String(page.items.length)} of your ${String(page.total)} assessments is open.`
            : 'You have no open assessments.'}
        </p>
      ) : (
        <ScrollContainer label="Your open assessments">
          <Table
            caption={caption}
            captionClassName="govuk-visually-hidden"
            head={[{ text: 'Family or birth relative' }, { text: 'Status' }, { text: 'Date' }]}
            rows={open.map(row)}
          />
        </ScrollContainer>
      )}
      <p className="govuk-body">
        <Link to={withQuery(paths.needsAssessments, { view: 'mine' })}>All your assessments</Link>
      </p>
    </section>
  )
}
