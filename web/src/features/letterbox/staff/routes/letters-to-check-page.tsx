import type { reviewQueuePageSchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Link } from '../../../../components/link.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { lettersToCheckQueries } from '../api/find-letters-to-check.ts'
import { LetterboxStaffNoticeBanner } from '../components/letterbox-staff-notice.tsx'
import { letterSideNames, receivedText, waitingText } from '../components/letterbox-words.ts'
import { pageOf } from './page-number.ts'

type QueueItem = z.output<typeof reviewQueuePageSchema>['items'][number]

/**
 * `/letterbox-checks`: every letter waiting to be checked before it is passed on, oldest first,
 * with how long each has waited.
 */
export function LettersToCheckPage() {
  const [searchParams] = useSearchParams()
  const { data: page } = useSuspenseQuery(lettersToCheckQueries.page(pageOf(searchParams)))
  const { user } = useSignedInSession()
  const [now] = useState(() => Date.now())
  const pageCount = pageCountOf(page)
  usePageTitle(titleWithPage('Letters to check', page.page, pageCount))
  const caption = showingText(page, 'letter', 'letters')

  function row(letter: QueueItem): TableCell[] {
    return [
      {
        text: (
          <Link to={pathTo(paths.letterboxCheckLetter, { letterId: letter.id })}>
            {letter.childName}
            <span className="govuk-visually-hidden">: letter from {letter.fromName}</span>
          </Link>
        ),
      },
      {
        text: (
          <>
            {letter.fromName}
            <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
              {letterSideNames[letter.fromSide]}
            </span>
          </>
        ),
      },
      { text: receivedText(letter) },
      { text: String(letter.photoCount), format: 'numeric' },
      { text: letter.submittedAt === null ? '' : waitingText(letter.submittedAt, now) },
    ]
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <LetterboxStaffNoticeBanner />
        <span className="govuk-caption-l">{user.organisationName}</span>
        <h1 className="govuk-heading-l">Letters to check</h1>
        <p className="govuk-body">
          Every letter is checked before it is passed on. The oldest are first.
        </p>
        <ul className="govuk-list">
          <li>
            <Link to={paths.contactAgreements}>Contact agreements</Link>
          </li>
          <li>
            <Link to={paths.overdueExchanges}>Overdue exchanges</Link>
          </li>
        </ul>
        <p className="govuk-visually-hidden" role="status">
          {page.total === 0 ? 'There are no letters to check' : caption}
        </p>
        {page.items.length === 0 ? (
          <p className="govuk-body">There are no letters to check.</p>
        ) : (
          <ScrollContainer label="Letters to check">
            <Table
              caption={caption}
              captionClassName="govuk-table__caption--m"
              head={[
                { text: 'Child' },
                { text: 'From' },
                { text: 'Received' },
                { text: 'Photos', format: 'numeric' },
                { text: 'Waiting' },
              ]}
              rows={page.items.map(row)}
            />
          </ScrollContainer>
        )}
        <NumberedPagination
          current={page.page}
          count={pageCount}
          hrefOf={(number) =>
            withQuery(paths.letterboxChecks, { page: number === 1 ? undefined : String(number) })
          }
        />
      </div>
    </div>
  )
}
