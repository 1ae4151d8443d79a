import {
  agreementDirectionNames,
  partyRelationshipNames,
  type StaffAgreement,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { Tag } from '../../../../components/tag.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { contactAgreementQueries } from '../api/get-contact-agreement.ts'
import { parseAgreementId } from '../api/letterbox-staff-keys.ts'
import { LetterboxStaffNoticeBanner } from '../components/letterbox-staff-notice.tsx'
import { AgreementStatusTag } from '../components/letterbox-tags.tsx'
import {
  capitalise,
  formatMonth,
  listInWords,
  monthsInWords,
} from '../components/letterbox-words.ts'
import { LettersTable } from '../components/letters-table.tsx'
import { canDecide } from './letterbox-staff-roles.ts'

/**
 * `/contact-agreements/:agreementId`: an agreement as staff keep it: who is party to it and how,
 * its rules, its schedule of letters (received or overdue), its letters, and what can be done with
 * it.
 */
export function ContactAgreementPage() {
  const agreementId = parseAgreementId(useParams())
  const { data: agreement } = useSuspenseQuery(contactAgreementQueries.detail(agreementId))
  const { user } = useSignedInSession()
  usePageTitle(`Contact agreement for ${agreement.childName}`)

  const actions = [
    ...(canDecide(user.role)
      ? [
          {
            href: pathTo(paths.changeContactAgreementStatus, { agreementId }),
            text: 'Change status',
          },
          {
            href: pathTo(paths.recordContactAgreementReview, { agreementId }),
            text: 'Record a review',
          },
        ]
      : []),
    { href: pathTo(paths.logPaperLetter, { agreementId }), text: 'Log a paper letter' },
  ]

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={pathTo(paths.childLetterbox, { childId: agreement.childId })}>
          Back to {agreement.childName}’s letterbox
        </BackLink>
        <LetterboxStaffNoticeBanner />
        <span className="govuk-caption-l">
          {agreement.familyReference}, {agreement.localAuthorityName}
        </span>
        <h1 className="govuk-heading-l">Contact agreement for {agreement.childName}</h1>
        <div className="govuk-button-group">
          {actions.map((action, index) => (
            <Button
              key={action.href}
              href={action.href}
              variant={index === 0 ? 'primary' : 'secondary'}
            >
              {action.text}
            </Button>
          ))}
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <SummaryList rows={agreementRows(agreement)} />
          </div>
        </div>

        <h2 className="govuk-heading-m">Schedule</h2>
        {agreement.exchanges.length === 0 ? (
          <p className="govuk-body">No letters are scheduled.</p>
        ) : (
          <ScrollContainer label="Schedule">
            <Table
              head={[{ text: 'Month' }, { text: 'Who writes' }, { text: 'Letter' }]}
              rows={agreement.exchanges.map((exchange) => [
                { text: formatMonth(exchange.dueMonth) },
                { text: exchange.writerName },
                {
                  text:
                    exchange.letterId !== null ? (
                      <>
                        <Tag colour="green">Received</Tag>{' '}
                        <Link
                          to={pathTo(paths.letterboxCheckLetter, { letterId: exchange.letterId })}
                        >
                          See the letter
                          <span className="govuk-visually-hidden">
                            {' '}
                            from {exchange.writerName}, {formatMonth(exchange.dueMonth)}
                          </span>
                        </Link>
                      </>
                    ) : exchange.overdue ? (
                      <Tag colour="red">Overdue</Tag>
                    ) : (
                      <Tag colour="grey">Not due yet</Tag>
                    ),
                },
              ])}
            />
          </ScrollContainer>
        )}

        <h2 className="govuk-heading-m">Letters</h2>
        <LettersTable letters={agreement.letters} label="Letters" />

        <p className="govuk-body">
          <Link to={pathTo(paths.childLetterbox, { childId: agreement.childId })}>
            See all of {agreement.childName}’s letterbox
          </Link>
        </p>
      </div>
    </div>
  )
}

function agreementRows(agreement: StaffAgreement): SummaryListRow[] {
  const sent = [
    agreement.photosAllowed && 'photos',
    agreement.cardsAllowed && 'cards',
    agreement.giftsAllowed && 'gifts',
  ].filter((item) => item !== false)
  return [
    { key: 'Child', value: agreement.childName },
    { key: 'Child’s name in letters', value: agreement.childExchangeName },
    {
      key: 'Family',
      value: (
        <>
          {agreement.familyReference}
          <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
            Known in letters as {agreement.familyExchangeName}
          </span>
        </>
      ),
    },
    {
      key: 'Birth relatives',
      value: (
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {agreement.partyDetails.map((party) => (
            <li key={party.birthRelativeId}>
              {party.fullName}, {partyRelationshipNames[party.relationship].toLowerCase()}
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
                Known in letters as {party.exchangeName}.{' '}
                {party.usesPortal
                  ? 'Uses the portal.'
                  : 'Does not use the portal: letters go on paper.'}
              </span>
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'Who writes', value: agreementDirectionNames[agreement.direction] },
    { key: 'Letters due', value: monthsInWords(agreement.exchangeMonths) },
    {
      key: 'Photos, cards and gifts',
      value: sent.length === 0 ? 'Letters only' : capitalise(`${listInWords(sent)} allowed`),
    },
    {
      key: 'Words to watch for',
      value:
        agreement.watchWords.length === 0 ? (
          'None'
        ) : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {agreement.watchWords.map((word) => (
              <li key={word} className="app-break-words">
                {word}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'Reminders',
      value: `${String(agreement.reminderWeeks)} ${agreement.reminderWeeks === 1 ? 'week' : 'weeks'} before a letter is due`,
    },
    { key: 'Start date', value: formatDate(agreement.startsOn) },
    {
      key: 'Status',
      value: (
        <>
          <AgreementStatusTag status={agreement.status} />
          {agreement.statusReason !== null && (
            <MultilineText
              text={agreement.statusReason}
              className="govuk-body govuk-!-margin-top-2"
            />
          )}
        </>
      ),
    },
    {
      key: 'Last review',
      value:
        agreement.lastReviewedOn === null
          ? 'Not reviewed yet'
          : formatDate(agreement.lastReviewedOn),
    },
    { key: 'Next review', value: formatDate(agreement.nextReviewOn) },
  ]
}
