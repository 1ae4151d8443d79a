import {
  agreementStatuses,
  agreementStatusNames,
  type agreementsPageSchema,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { Fieldset } from '../../../../components/fieldset.tsx'
import { Link } from '../../../../components/link.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Select } from '../../../../components/select.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { Tag } from '../../../../components/tag.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { contactAgreementsQueries } from '../api/find-contact-agreements.ts'
import { AgreementStatusTag } from '../components/letterbox-tags.tsx'
import { londonToday, monthsInWords } from '../components/letterbox-words.ts'
import {
  agreementFilterValuesOf,
  agreementsHref,
  checkAgreementFilters,
  type AgreementFilterValues,
} from './agreement-filters.ts'

type AgreementsPage = z.output<typeof agreementsPageSchema>
type AgreementItem = AgreementsPage['items'][number]

/**
 * `/contact-agreements`: the contact agreements in the member of staff's councils, or those whose
 * review has come (`?view=reviews_due`), with their status. The filters are a GET form whose state
 * is in the address.
 */
export function ContactAgreementsPage() {
  const [searchParams] = useSearchParams()
  const values = agreementFilterValuesOf(searchParams)
  return <AgreementsList key={searchParams.toString()} initial={values} />
}

function AgreementsList({ initial }: { initial: AgreementFilterValues }) {
  const { filters = {} } = checkAgreementFilters(initial)
  const [values, setValues] = useState(initial)
  const navigate = useNavigate()
  const { data: page } = useSuspenseQuery(contactAgreementsQueries.list(filters))
  const [today] = useState(() => londonToday())
  const pageCount = pageCountOf(page)
  const reviewsDue = filters.view === 'reviews_due'
  const title = reviewsDue ? 'Contact agreements: reviews due' : 'Contact agreements'
  usePageTitle(titleWithPage(title, page.page, pageCount))

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void navigate(agreementsHref({ ...values, page: '' }))
  }

  function row(agreement: AgreementItem): TableCell[] {
    return [
      {
        text: (
          <Link to={pathTo(paths.contactAgreement, { agreementId: agreement.id })}>
            {agreement.childName}
          </Link>
        ),
      },
      { text: agreement.familyReference },
      { text: agreement.localAuthorityName },
      {
        text: (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {agreement.parties.map((party) => (
              <li key={party}>{party}</li>
            ))}
          </ul>
        ),
      },
      { text: monthsInWords(agreement.exchangeMonths) },
      { text: <AgreementStatusTag status={agreement.status} /> },
      {
        text: (
          <>
            {formatDate(agreement.nextReviewOn)}
            {agreement.nextReviewOn <= today && (
              <>
                {' '}
                <Tag colour="red">Review due</Tag>
              </>
            )}
          </>
        ),
      },
    ]
  }

  const caption = showingText(page, 'agreement', 'agreements')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">{title}</h1>
        <ul className="govuk-list">
          <li>
            <Link to={paths.letterboxChecks}>Letters to check</Link>
          </li>
          <li>
            <Link to={paths.overdueExchanges}>Overdue exchanges</Link>
          </li>
        </ul>
        <form
          noValidate
          onSubmit={submit}
          method="get"
          role="search"
          aria-label="Contact agreements"
        >
          <Fieldset legend="Filter agreements" legendClassName="govuk-fieldset__legend--m">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <Select
                  name="view"
                  label="Show"
                  className="govuk-!-width-full"
                  value={values.view || 'all'}
                  onChange={(event) => {
                    setValues({ ...values, view: event.target.value })
                  }}
                  options={[
                    { value: 'all', text: 'All agreements' },
                    { value: 'reviews_due', text: 'Reviews due' },
                  ]}
                />
              </div>
              <div className="govuk-grid-column-one-half">
                <Select
                  name="status"
                  label="Status"
                  className="govuk-!-width-full"
                  value={values.status}
                  onChange={(event) => {
                    setValues({ ...values, status: event.target.value })
                  }}
                  options={[
                    { value: '', text: 'Any status' },
                    ...agreementStatuses.map((status) => ({
                      value: status,
                      text: agreementStatusNames[status],
                    })),
                  ]}
                />
              </div>
            </div>
          </Fieldset>
          <div className="govuk-button-group">
            <Button variant="secondary">Apply filters</Button>
            <Link to={paths.contactAgreements}>Clear filters</Link>
          </div>
        </form>
        <p className="govuk-visually-hidden" role="status">
          {page.total === 0 ? 'No agreements match these filters' : caption}
        </p>
        {page.items.length === 0 ? (
          <p className="govuk-body">
            {reviewsDue ? 'No agreements are due a review.' : 'No agreements match these filters.'}
          </p>
        ) : (
          <ScrollContainer label="Contact agreements">
            <Table
              caption={caption}
              captionClassName="govuk-table__caption--m"
              head={[
                { text: 'Child' },
                { text: 'Family reference' },
                { text: 'Council' },
                { text: 'Birth relatives' },
                { text: 'Letters due' },
                { text: 'Status' },
                { text: 'Next review' },
              ]}
              rows={page.items.map(row)}
            />
          </ScrollContainer>
        )}
        <NumberedPagination
          current={page.page}
          count={pageCount}
          hrefOf={(number) => agreementsHref(initial, number)}
        />
      </div>
    </div>
  )
}
