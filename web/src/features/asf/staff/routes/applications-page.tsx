import {
  asfApplicationStatuses,
  asfApplicationStatusNames,
  asfTherapyTypeNames,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useNavigate, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { Select } from '../../../../components/select.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { formatPence } from '../../../../lib/money.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { asfCsvHref, asfQueries } from '../../api/asf-queries.ts'
import { AsfStatusTag, financialYearName, financialYearOf } from '../../components/asf-words.tsx'
import { asfListFiltersOf, londonToday } from './asf-loaders.ts'

/** Who may download the year's CSV: the BFF's reporters. */
const reporters = ['team_manager', 'finance_officer']

/**
 * `/fund-applications`: the applications in the reader's councils for a financial year (this one
 * unless another is chosen), by status, most recently changed first.
 */
export function ApplicationsPage() {
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  const filters = asfListFiltersOf(searchParams)
  const { data: list } = useSuspenseQuery(asfQueries.list(filters))
  const { user } = useSignedInSession()
  usePageTitle('Fund applications')
  const year = filters.financialYear ?? financialYearOf(londonToday())
  const years = Array.from({ length: 6 }, (_, index) => year + 1 - index)

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Adoption Support Fund applications</h1>
        <ul className="govuk-list">
          <li>
            <Link to={paths.fundProviders}>Therapy providers</Link>
          </li>
          {reporters.includes(user.role) && (
            <li>
              <Link to={withQuery(paths.fundFigures, { financialYear: String(year) })}>
                The year’s figures
              </Link>
            </li>
          )}
        </ul>
        <form
          noValidate
          method="get"
          role="search"
          aria-label="Applications"
          onSubmit={(event) => {
            event.preventDefault()
            const chosen = new FormData(event.currentTarget)
            const query = new URLSearchParams()
            for (const [name, value] of chosen) {
              if (typeof value === 'string' && value !== '') query.set(name, value)
            }
            void navigate({ pathname: paths.fundApplications, search: `?${query.toString()}` })
          }}
        >
          <Select
            name="financialYear"
            label="Financial year"
            defaultValue={String(year)}
            options={years.map((value) => ({
              value: String(value),
              text: financialYearName(value),
            }))}
          />
          <Select
            name="status"
            label="Status"
            defaultValue={filters.status ?? ''}
            options={[
              { value: '', text: 'Any status' },
              ...asfApplicationStatuses.map((status) => ({
                value: status,
                text: asfApplicationStatusNames[status],
              })),
            ]}
          />
          <Button variant="secondary">Show applications</Button>
        </form>
        <p className="govuk-body">
          {list.total === 0
            ? 'No applications match.'
            : `${String(list.total)} ${list.total === 1 ? 'application' : 'applications'} in ${financialYearName(year)}${list.total > list.pageSize ? `, the ${String(list.pageSize)} most recently changed shown` : ''}.`}
          {reporters.includes(user.role) && (
            <>
              {' '}
              <a className="govuk-link" href={asfCsvHref(year)}>
                Download the year’s applications (CSV)
              </a>
            </>
          )}
        </p>
        {list.applications.length > 0 && (
          <Table
            caption={`Applications in ${financialYearName(year)}`}
            captionClassName="govuk-visually-hidden"
            head={[
              { text: 'Child' },
              { text: 'Therapy' },
              { text: 'Status' },
              { text: 'Asked', format: 'numeric' },
              { text: 'Approved', format: 'numeric' },
              { text: 'Due by' },
            ]}
            rows={list.applications.map((application) => [
              {
                text: (
                  <Link to={pathTo(paths.fundApplication, { applicationId: application.id })}>
                    {application.childName}
                    <span className="govuk-visually-hidden"> ({application.familyReference})</span>
                  </Link>
                ),
              },
              { text: application.therapyTypes.map((t) => asfTherapyTypeNames[t]).join(', ') },
              { text: <AsfStatusTag status={application.status} /> },
              { text: formatPence(application.requestedPence), format: 'numeric' },
              {
                text:
                  application.approvedPence === null ? '' : formatPence(application.approvedPence),
                format: 'numeric',
              },
              { text: formatDate(application.dueOn) },
            ])}
          />
        )}
      </div>
    </div>
  )
}
