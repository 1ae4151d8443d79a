import { letterDecisionSchema, type LetterStatus, type ReviewLetter } from '@asp/bff/contract'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type KeyboardEvent } from 'react'
import { paths } from '../../../../app/paths.ts'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { fieldErrorsOf, type FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useDecideLetter } from '../api/decide-letter.ts'
import { reviewLetterQueries } from '../api/get-letter-for-review.ts'
import {
  CheckCanMissThings,
  HighlightExplanation,
  highlightLabels,
  LetterPhoto,
} from '../components/letter-details.tsx'
import { LetterText, selectedRange } from '../components/letter-text.tsx'
import {
  letterboxStaffNoticeState,
  type LetterboxStaffNoticeName,
} from '../components/letterbox-staff-notice.tsx'
import {
  mergeRanges,
  rangesOfPhrase,
  redactedText,
  type TextRange,
} from '../components/redactions.ts'

export type DecisionField = 'phrase' | 'decision' | 'returnReason' | 'withholdReason' | PhotoField
type PhotoField = `photo-${string}`

export const photoField = (photoId: string): PhotoField => `photo-${photoId}`

/** The decision form's fields in page order, as the error summary lists them. */
export function decisionFields(letter: ReviewLetter): DecisionField[] {
  return [
    'phrase',
    ...letter.photos.map((photo) => photoField(photo.id)),
    'decision',
    'returnReason',
    'withholdReason',
  ]
}

export const changedMessage =
  'This letter has changed since you opened it. It has been loaded again: check it before you decide.'

const noticeOf: Partial<Record<LetterStatus, LetterboxStaffNoticeName>> = {
  released: 'released',
  returned: 'returned',
  withheld: 'withheld',
}

/** What the reviewer is taking out, for the text they were given. */
interface Redaction {
  body: string
  /** The highlights ticked "Take out", by their place in the letter's `highlights`. */
  highlights: number[]
  /** Passages selected in the letter or typed. */
  ranges: TextRange[]
}

/**
 * The reviewer's form: take words out (a highlight's "Take out", a selection in the letter, or
 * words typed), see the letter as its recipient will read it, decide on each photo, then pass the
 * letter on, return it to the writer or keep it back.
 */
export function LetterDecisionForm({
  letter,
  form,
}: {
  letter: ReviewLetter
  form: FormErrors<DecisionField>
}) {
  const queryClient = useQueryClient()
  const letterRef = useRef<HTMLDivElement>(null)
  const [redaction, setRedaction] = useState<Redaction>({
    body: letter.body,
    highlights: [],
    ranges: [],
  })
  // A letter sent again since the page opened is checked afresh.
  const current: Redaction =
    redaction.body === letter.body ? redaction : { body: letter.body, highlights: [], ranges: [] }
  const [phrase, setPhrase] = useState('')
  const [photoChoices, setPhotoChoices] = useState<Record<string, string>>({})
  const [decision, setDecision] = useState('')
  const [returnReason, setReturnReason] = useState('')
  const [withholdReason, setWithholdReason] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const { body } = letter

  const takenOut = mergeRanges(
    [
      ...current.highlights.flatMap((index) => {
        const highlight = letter.highlights[index]
        return highlight === undefined ? [] : [{ start: highlight.start, end: highlight.end }]
      }),
      ...current.ranges,
    ],
    body.length,
  )

  function quoted(range: TextRange) {
    return `“${body.slice(range.start, range.end)}”`
  }

  function toggleHighlight(index: number, checked: boolean) {
    const highlight = letter.highlights[index]
    setRedaction({
      ...current,
      highlights: checked
        ? [...current.highlights, index]
        : current.highlights.filter((ticked) => ticked !== index),
    })
    if (highlight !== undefined) {
      setAnnouncement(`${quoted(highlight)} ${checked ? 'will be taken out' : 'will be kept'}`)
    }
  }

  function addRanges(ranges: TextRange[]) {
    setRedaction({ ...current, ranges: [...current.ranges, ...ranges] })
    if (form.errorFor('phrase') !== undefined) {
      form.clear()
    }
    const [first] = ranges
    if (first !== undefined) {
      setAnnouncement(
        ranges.length === 1
          ? `${quoted(first)} will be taken out`
          : `${quoted(first)} will be taken out in ${String(ranges.length)} places`,
      )
    }
  }

  function takeOutSelection() {
    const range =
      letterRef.current === null
        ? undefined
        : selectedRange(letterRef.current, window.getSelection(), body)
    if (range === undefined) {
      form.showErrors({
        phrase: 'Select the words to take out in the letter, or type them in the box',
      })
      return
    }
    addRanges([range])
    window.getSelection()?.removeAllRanges()
  }

  function takeOutPhrase() {
    if (phrase.trim() === '') {
      form.showErrors({ phrase: 'Enter the words to take out' })
      return
    }
    const found = rangesOfPhrase(body, phrase)
    if (found.length === 0) {
      form.showErrors({ phrase: 'Enter words that appear in the letter' })
      return
    }
    addRanges(found)
    setPhrase('')
  }

  function putBack(index: number) {
    const range = current.ranges[index]
    setRedaction({ ...current, ranges: current.ranges.filter((_, at) => at !== index) })
    if (range !== undefined) {
      setAnnouncement(`${quoted(range)} will be kept`)
    }
    document.getElementById('phrase')?.focus()
  }

  const reasonField = decision === 'return' ? 'returnReason' : 'withholdReason'

  /** The API's (and the schema's) messages by field; the rest are problems with the form. */
  function errorsOf(fieldErrors: Record<string, string>) {
    const errors: Partial<Record<DecisionField, string>> = {}
    const problems: string[] = []
    for (const [path, message] of Object.entries(fieldErrors)) {
      if (path === 'decision') {
        errors.decision = message
      } else if (path === 'reason') {
        errors[reasonField] = message
      } else {
        problems.push(message)
      }
    }
    return { errors, problems }
  }

  function validate() {
    const release = decision === 'release'
    const errors: Partial<Record<DecisionField, string>> = {}
    if (release && letter.photosAllowed) {
      letter.photos.forEach((photo, index) => {
        if (photoChoices[photo.id] === undefined) {
          errors[photoField(photo.id)] = `Select whether to pass on photo ${String(index + 1)}`
        }
      })
    }
    const parsed = letterDecisionSchema.safeParse({
      version: letter.version,
      decision: decision || undefined,
      reason:
        decision === 'return' ? returnReason : decision === 'withhold' ? withholdReason : undefined,
      redactions: release ? takenOut : [],
      photos: release
        ? letter.photos.map((photo) => ({
            photoId: photo.id,
            approved: letter.photosAllowed && photoChoices[photo.id] === 'approve',
          }))
        : [],
    })
    const schema = parsed.success
      ? { errors: {}, problems: [] }
      : errorsOf(fieldErrorsOf(parsed.error))
    const all = { ...errors, ...schema.errors }
    if (!parsed.success || Object.keys(all).length > 0) {
      form.showErrors(all, schema.problems)
      return undefined
    }
    form.clear()
    return parsed.data
  }

  const { onSubmit } = useFormSubmit(form, {
    validate,
    mutation: useDecideLetter(letter.id),
    navigateTo: (decided) => {
      const notice = noticeOf[decided.status]
      return notice === undefined
        ? paths.letterboxChecks
        : { to: paths.letterboxChecks, state: letterboxStaffNoticeState(notice) }
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        form.showErrors({}, [changedMessage])
        void queryClient.invalidateQueries({
          queryKey: reviewLetterQueries.detail(letter.id).queryKey,
        })
        return
      }
      if (error instanceof ApiError && error.status === 400) {
        const { errors, problems } = errorsOf(error.fieldErrors)
        if (Object.keys(errors).length > 0 || problems.length > 0) {
          form.showErrors(errors, problems)
          return
        }
      }
      form.showApiError(error)
    },
  })

  function phraseKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter here takes the words out; it does not decide on the letter.
    if (event.key === 'Enter') {
      event.preventDefault()
      takeOutPhrase()
    }
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      <h2 className="govuk-heading-m">The letter</h2>
      <LetterText
        ref={letterRef}
        body={body}
        highlights={highlightLabels(letter)}
        takenOut={takenOut}
        label="The letter"
      />

      <h2 className="govuk-heading-m">
        Possible identifying details ({String(letter.highlights.length)})
      </h2>
      <CheckCanMissThings count={letter.highlights.length} />
      {letter.highlights.length > 0 && (
        <ol className="govuk-list">
          {letter.highlights.map((highlight, index) => (
            <li key={`${String(highlight.start)}-${String(highlight.end)}-${highlight.kind}`}>
              <HighlightExplanation highlight={highlight} />
              <Checkboxes
                name={`highlight-${String(index)}`}
                small
                values={current.highlights.includes(index) ? ['take-out'] : []}
                onChange={(values) => {
                  toggleHighlight(index, values.includes('take-out'))
                }}
                items={[
                  {
                    value: 'take-out',
                    label: (
                      <>
                        Take out <span className="govuk-visually-hidden">“{highlight.text}”</span>
                      </>
                    ),
                  },
                ]}
              />
            </li>
          ))}
        </ol>
      )}

      <h2 className="govuk-heading-m">Take out other words</h2>
      <p className="govuk-body">
        Select words in the letter, then use the button. You can also type or paste them below.
      </p>
      <Button
        type="button"
        variant="secondary"
        // Keeps the selection in the letter when the button is pressed with a mouse.
        onMouseDown={(event) => {
          event.preventDefault()
        }}
        onClick={takeOutSelection}
      >
        Take out the selected words
      </Button>
      <TextInput
        name="phrase"
        label="Words to take out"
        labelClassName="govuk-label--s"
        hint="Type them exactly as they are in the letter. They are taken out everywhere they appear."
        autoComplete="off"
        spellCheck={false}
        value={phrase}
        errorMessage={form.errorFor('phrase')}
        onChange={(event) => {
          setPhrase(event.target.value)
        }}
        onKeyDown={phraseKeyDown}
      />
      <Button type="button" variant="secondary" onClick={takeOutPhrase}>
        Take out these words
      </Button>
      {current.ranges.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Words you are taking out</h3>
          <ul className="govuk-list">
            {current.ranges.map((range, index) => (
              <li key={`${String(range.start)}-${String(range.end)}`}>
                <span className="app-break-words">{quoted(range)}</span>{' '}
                <Button
                  type="button"
                  variant="secondary"
                  className="govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                  onClick={() => {
                    putBack(index)
                  }}
                >
                  Put back <span className="govuk-visually-hidden">{quoted(range)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </div>

      <h2 className="govuk-heading-m">What the recipient will read</h2>
      <div
        className="govuk-body app-letter app-letter--preview"
        role="region"
        aria-label="What the recipient will read"
      >
        {redactedText(body, takenOut)}
      </div>

      {letter.photos.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Photos ({String(letter.photos.length)})</h2>
          {!letter.photosAllowed && (
            <InsetText>The agreement does not allow photos. They will not be passed on.</InsetText>
          )}
          {letter.photos.map((photo, index) => {
            const number = index + 1
            return (
              <div key={photo.id}>
                <LetterPhoto
                  letterId={letter.id}
                  photo={photo}
                  number={number}
                  count={letter.photos.length}
                />
                {letter.photosAllowed && (
                  <Radios
                    name={photoField(photo.id)}
                    legend={`Pass on photo ${String(number)}?`}
                    legendClassName="govuk-fieldset__legend--s"
                    inline
                    value={photoChoices[photo.id] ?? ''}
                    errorMessage={form.errorFor(photoField(photo.id))}
                    onChange={(choice) => {
                      setPhotoChoices({ ...photoChoices, [photo.id]: choice })
                    }}
                    items={[
                      { value: 'approve', label: 'Pass on' },
                      { value: 'withhold', label: 'Do not pass on' },
                    ]}
                  />
                )}
              </div>
            )
          })}
        </>
      )}

      <Radios
        name="decision"
        legend="What do you want to do with the letter?"
        legendClassName="govuk-fieldset__legend--m"
        value={decision}
        errorMessage={form.errorFor('decision')}
        onChange={setDecision}
        items={[
          {
            value: 'release',
            label: 'Pass it on',
            hint: 'The recipients get the letter as shown in ‘What the recipient will read’.',
          },
          {
            value: 'return',
            label: 'Return it to the writer',
            conditional: (
              <Textarea
                name="returnReason"
                label="What do they need to change?"
                hint="The writer sees this."
                value={returnReason}
                errorMessage={form.errorFor('returnReason')}
                onChange={(event) => {
                  setReturnReason(event.target.value)
                }}
              />
            ),
          },
          {
            value: 'withhold',
            label: 'Do not pass it on',
            conditional: (
              <Textarea
                name="withholdReason"
                label="Why is it not passed on?"
                hint="This is kept on record. The writer is told it was not passed on and that the agency will be in touch."
                value={withholdReason}
                errorMessage={form.errorFor('withholdReason')}
                onChange={(event) => {
                  setWithholdReason(event.target.value)
                }}
              />
            ),
          },
        ]}
      />
      <Button preventDoubleClick>Save decision</Button>
    </form>
  )
}
