import type { ReviewLetter } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useSignedInSession } from '../../../session/index.ts'
import { reviewLetterQueries, scanHref } from '../api/get-letter-for-review.ts'
import { parseLetterId } from '../api/letterbox-staff-keys.ts'
import {
  CheckCanMissThings,
  HighlightExplanation,
  highlightLabels,
  LetterDecisions,
  LetterDetails,
  LetterPhoto,
} from '../components/letter-details.tsx'
import { LetterText } from '../components/letter-text.tsx'
import { decisionFields, LetterDecisionForm } from './letter-decision-form.tsx'
import { canDecide } from './letterbox-staff-roles.ts'

/** The page's heading, by where the letter is. */
function titleOf(letter: ReviewLetter): string {
  if (letter.channel === 'paper') {
    return 'Paper letter'
  }
  switch (letter.status) {
    case 'released':
      return 'Letter passed on'
    case 'returned':
      return 'Letter returned to the writer'
    case 'withheld':
      return 'Letter not passed on'
    case 'draft':
      return 'Letter not sent yet'
    case 'submitted':
      return 'Check a letter'
  }
}

/**
 * `/letterbox-checks/:letterId`: a letter sent for checking, with what the automatic check found.
 * A support worker or team manager takes words out, decides on each photo and passes it on,
 * returns it or keeps it back; a duty officer reads it. A letter already decided shows the outcome,
 * and a paper letter its summary and scanned copy.
 */
export function CheckLetterPage() {
  const letterId = parseLetterId(useParams())
  const { data: letter } = useSuspenseQuery(reviewLetterQueries.detail(letterId))
  const { user } = useSignedInSession()
  const form = useFormErrors(decisionFields(letter))
  const title = titleOf(letter)
  usePageTitle(title, { hasError: form.hasErrors })
  const toCheck = letter.channel === 'portal' && letter.status === 'submitted'

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {toCheck ? (
          <BackLink href={paths.letterboxChecks}>Back to letters to check</BackLink>
        ) : (
          <BackLink href={pathTo(paths.contactAgreement, { agreementId: letter.agreementId })}>
            Back to the contact agreement
          </BackLink>
        )}
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Letterbox for {letter.childName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <LetterDetails letter={letter} />
        {letter.channel === 'paper' ? (
          <PaperLetter letter={letter} />
        ) : toCheck && canDecide(user.role) ? (
          <LetterDecisionForm letter={letter} form={form} />
        ) : (
          <LetterRecord letter={letter} />
        )}
        <LetterDecisions letter={letter} />
      </div>
    </div>
  )
}

/** A letter that went on paper: the summary staff wrote, and the scanned copy. */
function PaperLetter({ letter }: { letter: ReviewLetter }) {
  return (
    <>
      <h2 className="govuk-heading-m">Summary</h2>
      <MultilineText text={letter.body} />
      {letter.scanFileId !== null && (
        <p className="govuk-body">
          <a className="govuk-link" href={scanHref(letter.scanFileId)}>
            Download the scanned letter
          </a>
        </p>
      )}
    </>
  )
}

/**
 * A letter as it is on record: one still to check (for a duty officer, who does not decide), or
 * the outcome of one decided, with the words taken out.
 */
function LetterRecord({ letter }: { letter: ReviewLetter }) {
  const latest = letter.decisions.at(-1)
  const takenOut = letter.status === 'released' ? (latest?.redactions ?? []) : []
  return (
    <>
      {letter.status === 'submitted' && (
        <InsetText>
          A support worker or team manager decides whether to pass this letter on.
        </InsetText>
      )}
      {letter.status === 'returned' && letter.returnedReason !== null && (
        <>
          <h2 className="govuk-heading-m">What the writer needs to change</h2>
          <InsetText>
            <MultilineText text={letter.returnedReason} />
          </InsetText>
        </>
      )}
      {letter.status === 'withheld' && (
        <>
          <h2 className="govuk-heading-m">Why it was not passed on</h2>
          <InsetText>
            <MultilineText text={latest?.reason ?? 'No reason was recorded.'} />
          </InsetText>
        </>
      )}
      {letter.status === 'released' && letter.releasedBody !== null && (
        <>
          <h2 className="govuk-heading-m">What the recipient reads</h2>
          <div
            className="govuk-body app-letter app-letter--preview"
            role="region"
            aria-label="What the recipient reads"
          >
            {letter.releasedBody}
          </div>
        </>
      )}
      <h2 className="govuk-heading-m">The letter as sent</h2>
      <LetterText
        body={letter.body}
        highlights={highlightLabels(letter)}
        takenOut={takenOut}
        label="The letter as sent"
      />
      {letter.status === 'submitted' && (
        <>
          <h2 className="govuk-heading-m">
            Possible identifying details ({String(letter.highlights.length)})
          </h2>
          <CheckCanMissThings count={letter.highlights.length} />
          {letter.highlights.length > 0 && (
            <ol className="govuk-list">
              {letter.highlights.map((highlight) => (
                <li key={`${String(highlight.start)}-${String(highlight.end)}-${highlight.kind}`}>
                  <HighlightExplanation highlight={highlight} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {letter.photos.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Photos ({String(letter.photos.length)})</h2>
          {letter.photos.map((photo, index) => (
            <figure key={photo.id} className="govuk-!-margin-0">
              <LetterPhoto
                letterId={letter.id}
                photo={photo}
                number={index + 1}
                count={letter.photos.length}
              />
              <figcaption className="govuk-body-s">{photoStatusText[photo.status]}</figcaption>
            </figure>
          ))}
        </>
      )}
    </>
  )
}

const photoStatusText = {
  pending: 'Not decided yet',
  approved: 'Passed on',
  withheld: 'Not passed on',
} as const
