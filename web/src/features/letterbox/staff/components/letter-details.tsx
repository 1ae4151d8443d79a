import type { ReviewLetter } from '@asp/bff/contract'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { photoForReviewHref } from '../api/get-letter-for-review.ts'
import { LetterProgressTag } from './letterbox-tags.tsx'
import {
  capitalise,
  identifyingKindNames,
  letterSideNames,
  receivedText,
} from './letterbox-words.ts'
import './letterbox-staff.css'

/** Who a letter is from and to (the names agreed), whose letterbox it is in, and where it is. */
export function LetterDetails({ letter }: { letter: ReviewLetter }) {
  const rows: SummaryListRow[] = [
    {
      key: 'From',
      value: (
        <>
          {letter.fromName}
          <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
            {letterSideNames[letter.fromSide]}
          </span>
        </>
      ),
    },
    {
      key: 'To',
      value:
        letter.toNames.length === 1 ? (
          letter.toNames[0]
        ) : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {letter.toNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ),
    },
    { key: 'Child', value: letter.childName },
    { key: 'Family reference', value: letter.familyReference },
    { key: letter.channel === 'paper' ? 'Date received' : 'Sent', value: receivedText(letter) },
    ...(letter.versionNumber > 1
      ? [
          {
            key: 'Version',
            value: `Sent again after it was returned (version ${String(letter.versionNumber)})`,
          },
        ]
      : []),
    { key: 'Status', value: <LetterProgressTag progress={letter.progress} /> },
  ]
  return <SummaryList rows={rows} />
}

/** The highlights' labels for `LetterText`: what the check thinks each one is. */
export function highlightLabels(letter: ReviewLetter) {
  return letter.highlights.map((highlight) => ({
    start: highlight.start,
    end: highlight.end,
    label: identifyingKindNames[highlight.kind],
  }))
}

/** Why the check highlighted a passage: its kind, the words and the reason. */
export function HighlightExplanation({
  highlight,
}: {
  highlight: ReviewLetter['highlights'][number]
}) {
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{capitalise(identifyingKindNames[highlight.kind])}:</strong>{' '}
        <span className="app-break-words">“{highlight.text}”</span>
      </p>
      <p className="govuk-hint govuk-!-margin-bottom-2">{highlight.reason}</p>
    </>
  )
}

/** What the check can and cannot do, said plainly before the list of what it found. */
export function CheckCanMissThings({ count }: { count: number }) {
  return (
    <p className="govuk-body">
      {count === 0
        ? 'The automatic check found nothing that could identify someone. '
        : 'The automatic check highlights details that could identify someone or where they live. '}
      It can miss things. Read the whole letter.
    </p>
  )
}

/** A photo sent with a letter, from the reviewer's endpoint. */
export function LetterPhoto({
  letterId,
  photo,
  number,
  count,
}: {
  letterId: string
  photo: ReviewLetter['photos'][number]
  number: number
  count: number
}) {
  return (
    <img
      className="app-letter-photo"
      src={photoForReviewHref(letterId, photo.id)}
      alt={`Sent with the letter: ${String(number)} of ${String(count)}`}
      width={photo.width}
      height={photo.height}
      loading="lazy"
    />
  )
}

const decisionNames = {
  released: 'Passed on',
  returned: 'Returned to the writer',
  withheld: 'Not passed on',
} as const

/** Every decision made on the letter: who, when, what, and why. */
export function LetterDecisions({ letter }: { letter: ReviewLetter }) {
  if (letter.decisions.length === 0) {
    return null
  }
  return (
    <>
      <h2 className="govuk-heading-m">Decisions</h2>
      <ScrollContainer label="Decisions">
        <Table
          head={[{ text: 'Decision' }, { text: 'Who' }, { text: 'When' }, { text: 'Details' }]}
          rows={letter.decisions.map((decision) => [
            {
              text: (
                <>
                  {decisionNames[decision.decision]}
                  <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
                    Version {decision.versionNumber}
                  </span>
                </>
              ),
            },
            { text: decision.decidedByName },
            { text: formatDateTime(decision.decidedAt) },
            {
              text: (
                <>
                  {decision.reason !== null && <MultilineText text={decision.reason} />}
                  {decision.redactions.length > 0 && (
                    <>
                      <p className="govuk-body govuk-!-margin-bottom-1">Taken out:</p>
                      <ul className="govuk-list govuk-list--bullet">
                        {decision.redactions.map((redaction) => (
                          <li key={redaction.start} className="app-break-words">
                            “{redaction.text}”
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </>
              ),
            },
          ])}
        />
      </ScrollContainer>
    </>
  )
}
