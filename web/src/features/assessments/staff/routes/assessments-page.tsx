import {
  assessmentStatuses,
  assessmentStatusNames,
  type AssessmentSummary,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Select } from '../../../../components/select.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { Tag } from '../../../../components/tag.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { assessmentsQueries, type AssessmentFilters } from '../api/find-assessments.ts'
import { timelinessQueries } from '../api/get-assessment-timeliness.ts'
import { AssessmentStatusTag } from '../components/assessment-status-tag.tsx'
import { dueDateOf } from '../components/assessment-words.ts'
import { TimelinessFigures } from '../components/timeliness-figures.tsx'
import {
  assessmentFilterValuesOf,
  assessmentsHref,
  checkAssessmentFilters,
} from './assessment-filters.ts'
import { assessmentWriterRoles } from './assessment-staff-roles.ts'

const views = [
  { view: 'mine', text: 'Mine' },
  { view: 'all', text: 'All' },
  { view: 'late', text: 'Late' },
] as const

const captions: Record<string, string> = {
  mine: 'Your assessments',
  all: 'All assessments',
  late: 'Late assessments',
}

/**
 * `/needs-assessments`: the assessments of need in the member of staff's scope (their own, all, or
 * the late ones), with the date that matters for each and the manager's figures on timeliness. The
 * filters are in the address.
 */
export function AssessmentsPage() {
  const [searchParams] = useSearchParams()
  const { user } = useSignedInSession()
  const filters =
    checkAssessmentFilters(assessmentFilterValuesOf(searchParams), user.role) ??
    ({ view: 'all' } satisfies AssessmentFilters)
  return <AssessmentsList key={searchParams.toString()} filters={filters} />
}

function AssessmentsList({ filters }: { filters: AssessmentFilters }) {
  const { user } = useSignedInSession()
  const view = filters.view ?? 'all'
  const navigate = useNavigate()
  const [status, setStatus] = useState(filters.status ?? '')
  const { data: page } = useSuspenseQuery(assessmentsQueries.list(filters))
  const isManager = user.role === 'team_manager'
  const pageCount = pageCountOf(page)
  usePageTitle(titleWithPage('Assessments', page.page, pageCount))
  const canStart = (assessmentWriterRoles as readonly string[]).includes(user.role)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void navigate(assessmentsHref({ view, status }))
  }

  const caption = `${captions[view] ?? 'Assessments'}: ${showingText(page, 'assessment', 'assessments')}`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Assessments</h1>
        {canStart && (
          <p className="govuk-body">
            To start an assessment of need, <Link to={paths.findPerson}>find the family</Link> and
            choose ‘Start an assessment of need’ on their record.
          </p>
        )}
        {isManager && <ManagerFigures />}

        <nav aria-label="Which assessments">
          <ul className="govuk-list">
            {views.map((item) => (
              <li key={item.view} className="govuk-!-display-inline-block govuk-!-margin-right-4">
                {item.view === view ? (
                  <strong aria-current="page">{item.text}</strong>
                ) : (
                  <Link to={assessmentsHref({ view: item.view, status: filters.status })}>
                    {item.text}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>

        <form
          noValidate
          onSubmit={submit}
          method="get"
          role="search"
          aria-label="Assessments by status"
        >
          <Select
            name="status"
            label="Status"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value)
            }}
            options={[
              { value: '', text: 'Any status' },
              ...assessmentStatuses.map((value) => ({
                value,
                text: assessmentStatusNames[value],
              })),
            ]}
          />
          <Button variant="secondary">Apply filter</Button>
        </form>

        <p className="govuk-visually-hidden" role="status">
          {page.total === 0 ? 'No assessments match' : caption}
        </p>
        {page.items.length === 0 ? (
          <p className="govuk-body">
            {view === 'late' ? 'No assessments are late.' : 'No assessments match.'}
          </p>
        ) : (
          <ScrollContainer label="Assessments">
            <Table
              caption={caption}
              captionClassName="govuk-table__caption--m"
              head={[
                { text: 'Family or birth relative' },
                { text: 'Council' },
                { text: 'Status' },
                { text: 'Worker' },
                { text: 'Date' },
              ]}
              rows={page.items.map(row)}
            />
          </ScrollContainer>
        )}
        <NumberedPagination
          current={page.page}
          count={pageCount}
          hrefOf={(number) => assessmentsHref({ view, status: filters.status, page: number })}
        />
      </div>
    </div>
  )
}

/** The team manager's figures, loaded with the list. */
function ManagerFigures() {
  const { data: figures } = useSuspenseQuery(timelinessQueries.figures())
  return <TimelinessFigures figures={figures} />
}

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
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {assessment.childNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </>
      ),
    },
    { text: assessment.localAuthorityName },
    { text: <AssessmentStatusTag status={assessment.status} /> },
    { text: assessment.workerName ?? 'Not allocated' },
    {
      text: (
        <>
          {due === undefined ? 'None' : `${due.label} ${formatDate(due.date)}`}
          {assessment.late && (
            <>
              {' '}
              <Tag colour="red">Late</Tag>
            </>
          )}
        </>
      ),
    },
  ]
}
