import { reportNames, reportTitles } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Link } from '../../../../components/link.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatDateTime, formatDay } from '../../../../lib/dates.ts'
import { ReportTableSection } from '../../components/report-table.tsx'
import {
  financialYearName,
  formatFigure,
  reportDescriptions,
  reportSlug,
} from '../../components/report-words.ts'
import { reportQueries } from '../api/report-queries.ts'
import '../../components/reports.css'

/**
 * `/reports`: the service now, for team managers and data analysts (issue 20): overdue work,
 * caseloads, assessments, letters waiting, the fund's money this financial year, open requests by
 * status and tier and upcoming groups with places left; then the links to the reports for a period.
 */
export function DashboardPage() {
  const { data: dashboard } = useSuspenseQuery(reportQueries.dashboard())
  usePageTitle('Reports')

  return (
    <div className="govuk-grid-row app-report">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Reports</h1>
        <p className="govuk-body-l">
          The service’s figures, worked out from the records for the local authorities you work for.
        </p>

        <h2 className="govuk-heading-m">The service now</h2>
        <p className="govuk-body">
          Figures as at {formatDateTime(dashboard.asAt)}. Money is for the financial year{' '}
          {financialYearName(dashboard.financialYear)}.
        </p>
        <SummaryList
          rows={dashboard.figures.map((figure) => ({
            key: figure.label,
            value: formatFigure(figure.unit, figure.value),
          }))}
        />

        <ReportTableSection table={dashboard.requestsByStatusAndTier} />

        <h2 className="govuk-heading-m">Upcoming groups and training</h2>
        {dashboard.upcomingGroups.length === 0 ? (
          <p className="govuk-body">There are no groups or training courses coming up.</p>
        ) : (
          <ScrollContainer label="Upcoming groups and training">
            <Table
              caption="Upcoming groups and training, with places left"
              captionClassName="govuk-visually-hidden"
              firstCellIsHeader
              head={[
                { text: 'Event' },
                { text: 'Date' },
                { text: 'Places left', format: 'numeric' },
                { text: 'Places', format: 'numeric' },
              ]}
              rows={dashboard.upcomingGroups.map((event) => [
                { text: event.title },
                { text: formatDay(event.startsAt) },
                { text: formatFigure('count', event.placesLeft), format: 'numeric' },
                { text: formatFigure('count', event.capacity), format: 'numeric' },
              ])}
            />
          </ScrollContainer>
        )}

        <h2 className="govuk-heading-m">Reports for a period</h2>
        <p className="govuk-body">
          Choose a financial year, a quarter, a month or any dates, and one or all local
          authorities. Each report can be downloaded as a CSV file and printed.
        </p>
        <ul className="govuk-list">
          {reportNames.map((report) => (
            <li key={report}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link to={pathTo(paths.report, { report: reportSlug(report) })}>
                  {reportTitles[report]}
                </Link>
              </h3>
              <p className="govuk-body">{reportDescriptions[report]}</p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
