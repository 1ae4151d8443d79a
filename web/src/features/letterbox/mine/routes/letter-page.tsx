import type { MyLetter } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { letterPdfHref, myLetterQueries, parseLetterId } from '../api/get-my-letter.ts'
import { LetterPhotos } from '../components/letter-photos.tsx'
import { LetterProgressTag } from '../components/letter-progress-tag.tsx'
import { LetterSteps, letterSteps } from '../components/letter-steps.tsx'
import { formatDay } from '../components/letterbox-words.ts'
import { StartLetterForm } from './start-letter-form.tsx'

/**
 * `/letterbox/letters/:letterId`: a letter received (who it is from, when it was passed on, its
 * paragraphs and approved photos, a PDF to keep and "Reply" where the agreement goes both ways),
 * or one the reader sent, with where it is now.
 */
export function LetterPage() {
  const letterId = parseLetterId(useParams())
  const { data: letter } = useSuspenseQuery(myLetterQueries.detail(letterId))
  return letter.box === 'received' ? (
    <ReceivedLetter letter={letter} />
  ) : (
    <SentLetter letter={letter} />
  )
}

function ReceivedLetter({ letter }: { letter: MyLetter }) {
  const form = useFormErrors([] as const)
  const title = `Letter from ${letter.fromName}`
  usePageTitle(title, { hasError: form.hasErrors })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.letterbox}>Back to your letterbox</BackLink>
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l app-break-words">{title}</h1>
        <SummaryList
          rows={[
            { key: 'From', value: letter.fromName },
            { key: 'To', value: letter.toName },
            {
              key: 'Passed on',
              value: letter.releasedAt === null ? 'Not known' : formatDay(letter.releasedAt),
            },
          ]}
        />
        <h2 className="govuk-heading-m">The letter</h2>
        <MultilineText text={letter.body} />
        {letter.photos.length > 0 && (
          <>
            <h2 className="govuk-heading-m">Photos</h2>
            <LetterPhotos letter={letter} fromName={letter.fromName} />
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={letterPdfHref(letter.id)} download>
            Download as a PDF
          </a>
        </p>
        {letter.canReply && (
          <StartLetterForm form={form} agreementId={letter.agreementId} replyToLetterId={letter.id}>
            Reply
          </StartLetterForm>
        )}
      </div>
    </div>
  )
}

function SentLetter({ letter }: { letter: MyLetter }) {
  const title = `Your letter to ${letter.toName}`
  usePageTitle(title)
  const editPath = pathTo(paths.letterboxEditLetter, { letterId: letter.id })
  const isDraft = letter.progress === 'draft'
  const returned = (
    <>
      {letter.returnedReason !== null && (
        <InsetText>
          <p className="govuk-body app-break-words">{letter.returnedReason}</p>
        </InsetText>
      )}
      {letter.canEdit && (
        <p className="govuk-body">
          <Link to={editPath}>Change your letter</Link>
        </p>
      )}
    </>
  )

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.letterbox}>Back to your letterbox</BackLink>
        <h1 className="govuk-heading-l app-break-words">{title}</h1>
        <SummaryList
          rows={[
            {
              key: 'Sent',
              value: letter.submittedAt === null ? 'Not sent yet' : formatDay(letter.submittedAt),
            },
            { key: 'Status', value: <LetterProgressTag progress={letter.progress} /> },
          ]}
        />
        {isDraft ? (
          <>
            <p className="govuk-body">You have not sent this letter yet.</p>
            {letter.canEdit && <Button href={editPath}>Continue writing</Button>}
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">Where your letter is</h2>
            <LetterSteps steps={letterSteps(letter, returned)} />
          </>
        )}
        {(letter.body.trim() !== '' || letter.photos.length > 0) && (
          <>
            <h2 className="govuk-heading-m">What you wrote</h2>
            <MultilineText text={letter.body} />
            {letter.photos.length > 0 && <LetterPhotos letter={letter} />}
          </>
        )}
      </div>
    </div>
  )
}
