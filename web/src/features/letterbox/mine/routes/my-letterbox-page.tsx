import { agreementStatusNames } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Link } from '../../../../components/link.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { Tag } from '../../../../components/tag.tsx'
import { WarningText } from '../../../../components/warning-text.tsx'
import { FormErrorSummary, useFormErrors, type FormErrors } from '../../../../lib/form-errors.tsx'
import {
  myLetterboxQueries,
  type MyAgreement,
  type MyLetterSummary,
} from '../api/get-my-letterbox.ts'
import { LetterProgressTag } from '../components/letter-progress-tag.tsx'
import {
  agreementHeading,
  agreementSentence,
  formatDay,
  formatMonth,
  otherSideText,
  overdueText,
  whoWrites,
} from '../components/letterbox-words.ts'
import { StartLetterForm } from './start-letter-form.tsx'

/**
 * `/letterbox`: the reader's letterbox agreements in plain words (who writes, when, what may be
 * sent, what is due or overdue), a button to write where their side writes, then the letters
 * received and sent. Adoptive parents and birth relatives see the same page; the BFF gives each
 * only the names they may see.
 */
export function MyLetterboxPage() {
  const {
    data: { agreements, letters },
  } = useSuspenseQuery(myLetterboxQueries.box())
  const form = useFormErrors([] as const)
  usePageTitle('Letterbox', { hasError: form.hasErrors })

  const received = newestFirst(
    letters.filter((letter) => letter.box === 'received'),
    (letter) => letter.releasedAt ?? letter.updatedAt,
  )
  const sent = newestFirst(
    letters.filter((letter) => letter.box === 'sent'),
    (letter) => letter.submittedAt ?? letter.updatedAt,
  )
  const writesAny = agreements.some((agreement) => agreement.canWrite)

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Letterbox</h1>
        {agreements.length === 0 ? (
          <>
            <p className="govuk-body">You do not have a letterbox agreement yet.</p>
            <p className="govuk-body">
              Letterbox contact is how an adopted child’s family and their birth relatives keep in
              touch by letter. The adoption agency sets up an agreement with everyone involved. If
              you think you should have one, contact the adoption agency.
            </p>
          </>
        ) : (
          <p className="govuk-body">
            Letterbox contact is how you keep in touch by letter. The adoption agency reads every
            letter before it is passed on.
          </p>
        )}
        {agreements.map((agreement) => (
          <Agreement key={agreement.id} agreement={agreement} form={form} />
        ))}

        <h2 className="govuk-heading-m">Letters received</h2>
        {received.length === 0 ? (
          <p className="govuk-body">
            You have not received any letters yet. We will email you when a letter has been passed
            on to you.
          </p>
        ) : (
          <LettersTable letters={received} box="received" />
        )}

        {(writesAny || sent.length > 0) && (
          <>
            <h2 className="govuk-heading-m">Letters sent</h2>
            {sent.length === 0 ? (
              <p className="govuk-body">You have not written any letters yet.</p>
            ) : (
              <LettersTable letters={sent} box="sent" />
            )}
          </>
        )}
      </div>
    </div>
  )
}

function newestFirst<T>(items: readonly T[], at: (item: T) => string): T[] {
  return [...items].sort((a, b) => Date.parse(at(b)) - Date.parse(at(a)))
}

const statusText = {
  paused: 'Contact is paused. No letters can be written for now.',
  ended: 'Contact has ended. No more letters can be written.',
} as const

/** "Can be sent" or "Cannot be sent", for what an agreement allows. */
function allowedText(allowed: boolean, what: string): string {
  return allowed ? `${what} can be sent` : `${what} cannot be sent`
}

/** One agreement: who writes and when, what is due, what may be sent, and "Write a letter". */
function Agreement({ agreement, form }: { agreement: MyAgreement; form: FormErrors<never> }) {
  const isActive = agreement.status === 'active'
  const canWriteNow = agreement.canWrite && isActive
  const rows: SummaryListRow[] = [
    { key: 'Child', value: agreement.childName },
    {
      key: 'What can be sent',
      value: (
        <ul className="govuk-list">
          <li>Letters</li>
          <li>{allowedText(agreement.photosAllowed, 'Photos')}</li>
          <li>{allowedText(agreement.cardsAllowed, 'Cards')}</li>
          <li>{allowedText(agreement.giftsAllowed, 'Gifts')}</li>
        </ul>
      ),
    },
  ]
  if (agreement.status !== 'active') {
    rows.push({
      key: 'Status',
      value: (
        <>
          <Tag colour="grey">{agreementStatusNames[agreement.status]}</Tag>
          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            {statusText[agreement.status]}
          </p>
        </>
      ),
    })
  }

  return (
    <section aria-labelledby={`agreement-${agreement.id}`}>
      <h2 className="govuk-heading-m app-break-words" id={`agreement-${agreement.id}`}>
        {agreementHeading(agreement)}
      </h2>
      <p className="govuk-body">{agreementSentence(agreement)}</p>
      {whoWrites(agreement) === 'reader' && (
        <p className="govuk-body">They read your letters but do not write back.</p>
      )}
      {whoWrites(agreement) === 'other' && (
        <p className="govuk-body">You read their letters but do not write back.</p>
      )}
      {canWriteNow && agreement.overdueMonths.length > 0 && (
        <WarningText>{overdueText(agreement.overdueMonths)}</WarningText>
      )}
      {canWriteNow && agreement.nextDueMonth !== null && (
        <p className="govuk-body">
          Your next letter is due in {formatMonth(agreement.nextDueMonth)}.
        </p>
      )}
      <SummaryList rows={rows} />
      {canWriteNow && (
        <StartLetterForm form={form} agreementId={agreement.id}>
          Write a letter{' '}
          <span className="govuk-visually-hidden">to {otherSideText(agreement)}</span>
        </StartLetterForm>
      )}
    </section>
  )
}

/** A letter's page: a draft opens to be written, any other letter shows where it is or what it says. */
function letterHref(letter: MyLetterSummary) {
  return letter.progress === 'draft'
    ? pathTo(paths.letterboxEditLetter, { letterId: letter.id })
    : pathTo(paths.letterboxLetter, { letterId: letter.id })
}

/** The date a row shows: when a letter received was passed on, or when a letter was sent. */
function letterDate(letter: MyLetterSummary, box: 'sent' | 'received'): string {
  const at = box === 'received' ? letter.releasedAt : letter.submittedAt
  return at === null ? 'Not sent yet' : formatDay(at)
}

/** What tells one row's link from another's for a screen reader: "sent 3 October 2026". */
function hiddenDate(letter: MyLetterSummary, box: 'sent' | 'received'): string {
  const at = box === 'received' ? letter.releasedAt : letter.submittedAt
  if (at === null) {
    return 'not sent yet'
  }
  return `${box === 'received' ? 'passed on' : 'sent'} ${formatDay(at)}`
}

function LettersTable({ letters, box }: { letters: MyLetterSummary[]; box: 'sent' | 'received' }) {
  return (
    <Table
      caption={box === 'received' ? 'Letters received' : 'Letters sent'}
      captionClassName="govuk-visually-hidden"
      head={[
        { text: box === 'received' ? 'From' : 'To' },
        { text: box === 'received' ? 'Passed on' : 'Sent' },
        { text: 'Status' },
      ]}
      rows={letters.map((letter) => {
        const name = box === 'received' ? letter.fromName : letter.toName
        const date = letterDate(letter, box)
        return [
          {
            text: (
              <Link to={letterHref(letter)} className="app-break-words">
                {name}
                <span className="govuk-visually-hidden">, {hiddenDate(letter, box)}</span>
              </Link>
            ),
          },
          { text: date },
          { text: <LetterProgressTag progress={letter.progress} /> },
        ]
      })}
    />
  )
}
