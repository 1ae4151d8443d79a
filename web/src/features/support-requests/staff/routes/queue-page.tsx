import {
  type queuePageSchema,
  queues,
  queueViewNames,
  queueViews,
  supportCategories,
  supportCategoryNames,
  supportStatuses,
  supportStatusNames,
} from '@asp/bff/contract'
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { z } from 'zod'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { Fieldset } from '../../../../components/fieldset.tsx'
import { Link } from '../../../../components/link.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { Select } from '../../../../components/select.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { searchProblemOf } from '../../../../lib/search-problem.ts'
import { localAuthorityQueries } from '../../../administration/index.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { workerQueries } from '../api/find-workers.ts'
import { supportRequestQueries } from '../api/get-support-request.ts'
import { QueueTable } from '../components/queue-table.tsx'
import { isSupportLineManager } from './support-line-roles.ts'
import {
  checkQueueFilters,
  queueFilterFields,
  queueFilterValuesOf,
  queueHref,
  type CheckedQueueFilters,
  type QueueFilterValues,
} from './queue-filters.ts'

const queueNames: Record<(typeof queues)[number], string> = {
  family: 'Families',
  birth_relative: 'Birth relatives',
}

/**
 * `/support-line/queue`: the triage queue, what needs the support line's action first: crises and
 * urgent requests waiting for triage, then whatever is due, soonest first (ADR 0013). By default
 * it shows what waits for the support line; allocated cases are their worker's, in "My work", and
 * here only in the "All open requests" view. The filters are a GET form whose state is in the
 * address, so the back button, a bookmark and a colleague sent the link see the same requests.
 */
export function QueuePage() {
  const [searchParams] = useSearchParams()
  const values = queueFilterValuesOf(searchParams)
  const checked = checkQueueFilters(values, searchParams.get('page'))
  return (
    <QueueFilterForm
      key={searchParams.toString()}
      initial={values}
      filters={checked.filters}
      addressErrors={checked.errors ?? {}}
    />
  )
}

function QueueFilterForm({
  initial,
  filters,
  addressErrors,
}: {
  initial: QueueFilterValues
  filters: CheckedQueueFilters['filters']
  addressErrors: Record<string, string>
}) {
  const [values, setValues] = useState(initial)
  const form = useFormErrors(queueFilterFields, { initialErrors: addressErrors })
  const navigate = useNavigate()
  const { role } = useSignedInSession().user
  const {
    data: { localAuthorities },
  } = useSuspenseQuery(localAuthorityQueries.list())
  const {
    data: { workers },
  } = useSuspenseQuery(workerQueries.list())
  const results = useQuery({
    ...supportRequestQueries.list(filters ?? {}),
    enabled: filters !== undefined,
    placeholderData: keepPreviousData,
  })
  const problem = searchProblemOf(results.error)
  const page = results.data
  const pageCount = page === undefined ? 1 : pageCountOf(page)
  usePageTitle(
    page === undefined ? 'Triage queue' : titleWithPage('Triage queue', page.page, pageCount),
    { hasError: form.hasErrors || problem !== undefined },
  )

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const checked = checkQueueFilters(values)
    if (checked.errors !== undefined) {
      form.showErrors(checked.errors)
      return
    }
    form.clear()
    void navigate(queueHref(values))
  }

  function select(field: keyof QueueFilterValues) {
    return {
      name: field,
      value: values[field],
      errorMessage: form.errorFor(field),
      formGroupClassName: 'govuk-!-margin-bottom-4',
      className: 'govuk-!-width-full',
      onChange: (event: { target: { value: string } }) => {
        setValues({ ...values, [field]: event.target.value })
      },
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FormErrorSummary form={form} />
        {problem !== undefined && !form.hasErrors && (
          <ErrorSummary errorList={[]} description={problem} />
        )}
        <span className="govuk-caption-l">Support line</span>
        <h1 className="govuk-heading-l">Triage queue</h1>
        <Button href={paths.supportLineLogContact}>Log a contact</Button>
        <ul className="govuk-list">
          <li>
            <Link to={paths.supportLineMyWork}>My work: the requests allocated to you</Link>
          </li>
          <li>
            <Link to={paths.needsAssessments}>Assessments</Link>
          </li>
          {isSupportLineManager(role) && (
            <>
              <li>
                <Link to={paths.supportLineTeam}>
                  Team view: crises without a worker, overdue requests and caseloads
                </Link>
              </li>
              <li>
                <Link to={paths.reports}>
                  Reports: the service’s figures by period and local authority
                </Link>
              </li>
            </>
          )}
        </ul>

        <form noValidate onSubmit={submit} method="get" role="search" aria-label="Requests">
          <Fieldset legend="Filter requests" legendClassName="govuk-fieldset__legend--m">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-third">
                <TextInput
                  {...select('q')}
                  type="search"
                  label="Name or reference"
                  autoComplete="off"
                  spellCheck={false}
                />
              </div>
              <div className="govuk-grid-column-one-third">
                <Select
                  {...select('localAuthorityId')}
                  label="Local authority"
                  options={[
                    { value: '', text: 'All your local authorities' },
                    ...localAuthorities
                      .filter((localAuthority) => localAuthority.worksFor)
                      .map((localAuthority) => ({
                        value: localAuthority.id,
                        text: localAuthority.name,
                      })),
                  ]}
                />
              </div>
              <div className="govuk-grid-column-one-third">
                <Select
                  {...select('queue')}
                  label="Queue"
                  options={[
                    { value: '', text: 'Families and birth relatives' },
                    ...queues.map((queue) => ({ value: queue, text: queueNames[queue] })),
                  ]}
                />
              </div>
            </div>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-third">
                <Select
                  {...select('category')}
                  label="Category"
                  options={[
                    { value: '', text: 'All categories' },
                    ...supportCategories.map((category) => ({
                      value: category,
                      text: supportCategoryNames[category],
                    })),
                  ]}
                />
              </div>
              <div className="govuk-grid-column-one-third">
                <Select
                  {...select('status')}
                  label="Status"
                  options={[
                    ...queueViews.map((view) => ({ value: view, text: queueViewNames[view] })),
                    ...supportStatuses.map((status) => ({
                      value: status,
                      text: supportStatusNames[status],
                    })),
                    { value: 'all', text: 'All statuses' },
                  ]}
                />
              </div>
              <div className="govuk-grid-column-one-third">
                <Select
                  {...select('workerId')}
                  label="Worker"
                  options={[
                    { value: '', text: 'Any worker' },
                    { value: 'unallocated', text: 'Unallocated' },
                    ...workers.map((worker) => ({ value: worker.id, text: worker.name })),
                  ]}
                />
              </div>
            </div>
          </Fieldset>
          <div className="govuk-button-group">
            <Button variant="secondary">Apply filters</Button>
            <Link to={paths.supportLineQueue}>Clear filters</Link>
          </div>
        </form>

        {filters !== undefined && !results.isError && (
          <>
            {page !== undefined && <Views values={initial} counts={page.views} />}
            <Results values={initial} page={page} pageCount={pageCount} />
          </>
        )}
      </div>
    </div>
  )
}

/**
 * The queue's two views, each with how many requests it holds under the other filters: what waits
 * for the support line, and every open request.
 */
function Views({
  values,
  counts,
}: {
  values: QueueFilterValues
  counts: z.output<typeof queuePageSchema>['views']
}) {
  return (
    <nav className="app-sub-navigation" aria-label="Views of the queue">
      <ul className="app-sub-navigation__list">
        {queueViews.map((view) => (
          <li key={view}>
            <Link
              to={queueHref({ ...values, status: view })}
              styles={['no-visited-state']}
              className="app-sub-navigation__link"
              aria-current={values.status === view ? 'page' : undefined}
            >
              {queueViewNames[view]} ({String(counts[view])})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function Results({
  values,
  page,
  pageCount,
}: {
  values: QueueFilterValues
  page: z.output<typeof queuePageSchema> | undefined
  pageCount: number
}) {
  if (page === undefined) {
    return (
      <p className="govuk-body" role="status">
        Loading requests…
      </p>
    )
  }
  const caption = showingText(page, 'request', 'requests')
  return (
    <>
      <p className="govuk-visually-hidden" role="status">
        {page.total === 0 ? 'No requests match these filters' : caption}
      </p>
      {page.items.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">No requests match these filters</h2>
          <p className="govuk-body">Improve your results by:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>choosing another view or status, such as all open requests</li>
            <li>removing a filter</li>
            <li>checking the spelling of the name or reference</li>
          </ul>
        </>
      ) : (
        <QueueTable items={page.items} caption={caption} />
      )}
      <NumberedPagination
        current={page.page}
        count={pageCount}
        hrefOf={(number) => queueHref(values, number)}
      />
    </>
  )
}
