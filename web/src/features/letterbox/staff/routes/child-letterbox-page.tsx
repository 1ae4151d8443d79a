import { agreementDirectionNames } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { childLetterboxQueries, letterboxArchiveHref } from '../api/get-child-letterbox.ts'
import { parseChildId } from '../api/letterbox-staff-keys.ts'
import { AgreementStatusTag } from '../components/letterbox-tags.tsx'
import { monthsInWords, yesNo } from '../components/letterbox-words.ts'
import { LettersTable } from '../components/letters-table.tsx'
import { canDecide } from './letterbox-staff-roles.ts'
import { pageOf } from './page-number.ts'

/**
 * `/children/:childId/letterbox?page=2`: everything of a child's letterbox contact: the agreements,
 * the letters newest first a page at a time, and the birth relatives who could be party to an
 * agreement; with the whole letterbox as one PDF for the child's file.
 */
export function ChildLetterboxPage() {
  const childId = parseChildId(useParams())
  const [searchParams] = useSearchParams()
  const { data: letterbox } = useSuspenseQuery(
    childLetterboxQueries.child(childId, pageOf(searchParams)),
  )
  const { user } = useSignedInSession()
  const title = `${letterbox.childName}’s letterbox`
  const { letters } = letterbox
  const pageCount = pageCountOf(letters)
  usePageTitle(titleWithPage(title, letters.page, pageCount))

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={pathTo(paths.family, { familyId: letterbox.familyId })}>
          Back to the family
        </BackLink>
        <span className="govuk-caption-l">{letterbox.familyReference}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <div className="govuk-button-group">
          {canDecide(user.role) && (
            <Button href={pathTo(paths.newContactAgreement, { childId })}>
              Make a contact agreement
            </Button>
          )}
          <a className="govuk-link" href={letterboxArchiveHref(childId)}>
            Download the letterbox archive (PDF)
          </a>
        </div>

        <h2 className="govuk-heading-m">Contact agreements</h2>
        {letterbox.agreements.length === 0 ? (
          <p className="govuk-body">There are no contact agreements for {letterbox.childName}.</p>
        ) : (
          <ScrollContainer label="Contact agreements">
            <Table
              head={[
                { text: 'Birth relatives' },
                { text: 'Who writes' },
                { text: 'Letters due' },
                { text: 'Status' },
                { text: 'Next review' },
              ]}
              rows={letterbox.agreements.map((agreement) => [
                {
                  text: (
                    <Link to={pathTo(paths.contactAgreement, { agreementId: agreement.id })}>
                      {agreement.parties.join(', ')}
                      <span className="govuk-visually-hidden">: contact agreement</span>
                    </Link>
                  ),
                },
                { text: agreementDirectionNames[agreement.direction] },
                { text: monthsInWords(agreement.exchangeMonths) },
                { text: <AgreementStatusTag status={agreement.status} /> },
                { text: formatDate(agreement.nextReviewOn) },
              ])}
            />
          </ScrollContainer>
        )}

        <h2 className="govuk-heading-m" id="letters">
          Letters
        </h2>
        {letters.total > 0 && (
          <p className="govuk-body">
            {showingText(letters, 'letter', 'letters')}. The newest are first.
          </p>
        )}
        <LettersTable letters={letters.items} label="Letters" />
        <NumberedPagination
          current={letters.page}
          count={pageCount}
          hrefOf={(number) =>
            withQuery(pathTo(paths.childLetterbox, { childId }), {
              page: number === 1 ? undefined : String(number),
            })
          }
        />

        <h2 className="govuk-heading-m">Birth relatives</h2>
        {letterbox.birthRelatives.length === 0 ? (
          <p className="govuk-body">No birth relatives are recorded for {letterbox.childName}.</p>
        ) : (
          <ScrollContainer label="Birth relatives">
            <Table
              head={[{ text: 'Name' }, { text: 'Relationship' }, { text: 'Uses the portal' }]}
              rows={letterbox.birthRelatives.map((relative) => [
                { text: relative.fullName },
                { text: relative.relationship },
                { text: yesNo(relative.usesPortal) },
              ])}
            />
          </ScrollContainer>
        )}
      </div>
    </div>
  )
}
