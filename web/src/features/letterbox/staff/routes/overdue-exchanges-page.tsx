import type { overdueExchangesPageSchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Link } from '../../../../components/link.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { overdueExchangesQueries } from '../api/find-overdue-exchanges.ts'
import { formatDay, formatMonth, letterSideNames } from '../components/letterbox-words.ts'
import { pageOf } from './page-number.ts'

type OverdueItem = z.output<typeof overdueExchangesPageSchema>['items'][number]

/**
 * `/contact-agreements/overdue`: letters that were due and have not come, oldest first, so that
 * staff can follow them up.
 */
export function OverdueExchangesPage() {
  const [searchParams] = useSearchParams()
  const { data: page } = useSuspenseQuery(overdueExchangesQueries.page(pageOf(searchParams)))
  const pageCount = pageCountOf(page)
  usePageTitle(titleWithPage('Overdue exchanges', page.page, pageCount))
  const caption = showingText(page, 'overdue exchange', 'overdue exchanges')

  function row(exchange: OverdueItem): TableCell[] {
    return [
      {
        text: (
          <Link to={pathTo(paths.contactAgreement, { agreementId: exchange.agreementId })}>
            {exchange.childName}
            <span className="govuk-visually-hidden">: {formatMonth(exchange.dueMonth)}</span>
          </Link>
        ),
      },
      { text: exchange.familyReference },
      { text: exchange.localAuthorityName },
      {
        text: (
          <>
            {exchange.writerName}
            <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
              {letterSideNames[exchange.writerSide]}
            </span>
          </>
        ),
      },
      { text: formatMonth(exchange.dueMonth) },
      { text: exchange.remindedAt === null ? 'Not reminded' : formatDay(exchange.remindedAt) },
    ]
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.contactAgreements}>Back to contact agreements</BackLink>
        <h1 className="govuk-heading-l">Overdue exchanges</h1>
        <p className="govuk-body">
          Letters that were due and have not come, under agreements that are active. The oldest are
          first.
        </p>
        <p className="govuk-visually-hidden" role="status">
          {page.total === 0 ? 'There are no overdue exchanges' : caption}
        </p>
        {page.items.length === 0 ? (
          <p className="govuk-body">There are no overdue exchanges.</p>
        ) : (
          <ScrollContainer label="Overdue exchanges">
            <Table
              caption={caption}
              captionClassName="govuk-table__caption--m"
              head={[
                { text: 'Child' },
                { text: 'Family reference' },
                { text: 'Council' },
                { text: 'Who was due to write' },
                { text: 'Month due' },
                { text: 'Reminded' },
              ]}
              rows={page.items.map(row)}
            />
          </ScrollContainer>
        )}
        <NumberedPagination
          current={page.page}
          count={pageCount}
          hrefOf={(number) =>
            withQuery(paths.overdueExchanges, { page: number === 1 ? undefined : String(number) })
          }
        />
      </div>
    </div>
  )
}
