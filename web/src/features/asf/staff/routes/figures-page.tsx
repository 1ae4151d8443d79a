import type { AsfFigures } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatPence } from '../../../../lib/money.ts'
import { asfCsvHref, asfQueries } from '../../api/asf-queries.ts'
import { financialYearName } from '../../components/asf-words.tsx'
import { asfListFiltersOf } from './asf-loaders.ts'

/**
 * `/fund-applications/figures?financialYear=…`: a financial year's applications and money in the
 * reader's councils, by therapy type and by provider, with the CSV for finance. Every total is the
 * sum of its rows.
 */
export function FiguresPage() {
  const [searchParams] = useSearchParams()
  const year = asfListFiltersOf(searchParams).financialYear ?? 0
  const { data: figures } = useSuspenseQuery(asfQueries.figures(year))
  usePageTitle('Fund figures')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.fundApplications}>Back to fund applications</BackLink>
        <span className="govuk-caption-l">{financialYearName(year)}</span>
        <h1 className="govuk-heading-l">Adoption Support Fund figures</h1>
        <SummaryList
          rows={[
            { key: 'Applications', value: String(figures.totals.applications) },
            { key: 'Children', value: String(figures.totals.children) },
            { key: 'Approved', value: String(figures.totals.approved) },
            { key: 'Declined', value: String(figures.totals.declined) },
            { key: 'Asked of the fund', value: formatPence(figures.totals.requestedPence) },
            { key: 'Approved by the fund', value: formatPence(figures.totals.approvedPence) },
            { key: 'Invoiced', value: formatPence(figures.totals.invoicedPence) },
          ]}
        />
        <p className="govuk-body">
          <a className="govuk-link" href={asfCsvHref(year)}>
            Download the year’s applications (CSV)
          </a>
        </p>
        <MoneyTable caption="By type of therapy" first="Therapy" rows={figures.byTherapyType} />
        <MoneyTable caption="By provider" first="Provider" rows={figures.byProvider} />
      </div>
    </div>
  )
}

function MoneyTable({
  caption,
  first,
  rows,
}: {
  caption: string
  first: string
  rows: AsfFigures['byTherapyType']
}) {
  return (
    <ScrollContainer label={caption}>
      <Table
        caption={caption}
        captionClassName="govuk-table__caption--m"
        firstCellIsHeader
        head={[
          { text: first },
          { text: 'Applications', format: 'numeric' },
          { text: 'Asked', format: 'numeric' },
          { text: 'Approved', format: 'numeric' },
          { text: 'Invoiced', format: 'numeric' },
        ]}
        rows={rows.map((row) => [
          { text: row.name },
          { text: String(row.applications), format: 'numeric' },
          { text: formatPence(row.requestedPence), format: 'numeric' },
          { text: formatPence(row.approvedPence), format: 'numeric' },
          { text: formatPence(row.invoicedPence), format: 'numeric' },
        ])}
      />
    </ScrollContainer>
  )
}
