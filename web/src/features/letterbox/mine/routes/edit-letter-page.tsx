import {
  maxLetterLength,
  maxLetterPhotoBytes,
  maxPhotosPerLetter,
  saveLetterSchema,
  sendLetterSchema,
  type MyLetter,
} from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Details } from '../../../../components/details.tsx'
import { FileUpload } from '../../../../components/file-upload.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors, type FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useAddLetterPhoto } from '../api/add-letter-photo.ts'
import { letterPhotoSrc, myLetterQueries, parseLetterId } from '../api/get-my-letter.ts'
import { useRemoveLetterPhoto } from '../api/remove-letter-photo.ts'
import { useSaveLetter } from '../api/save-letter.ts'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { photoAlt } from '../components/letter-photos.tsx'
import '../components/letterbox.css'
import { useSubmitOnce } from './use-submit-once.ts'

const letterFields = ['body', 'file'] as const
type LetterField = (typeof letterFields)[number]

/** The BFF's words, so a file refused here reads as one the BFF refused. */
const tooLarge = 'The selected file must be smaller than 10MB'
const empty = 'The selected file is empty'
const tooMany = `You can add up to ${String(maxPhotosPerLetter)} photos to a letter`
const notUploaded = 'The selected file could not be uploaded – try again'
const changedElsewhere =
  'Your letter was changed in another tab or window after you opened this page. What you typed here is still here: check it, then try again.'

/** Why `file` cannot be added to a letter with `count` photos, if it cannot. */
export function checkPhoto(file: Pick<File, 'size'>, count: number): string | undefined {
  if (count >= maxPhotosPerLetter) {
    return tooMany
  }
  if (file.size === 0) {
    return empty
  }
  if (file.size > maxLetterPhotoBytes) {
    return tooLarge
  }
  return undefined
}

function uploadProblemOf(error: unknown): string {
  if (error instanceof ApiError && error.status < 500) {
    return error.fieldErrors.file ?? (error.status === 413 ? tooLarge : error.message)
  }
  return notUploaded
}

/**
 * `/letterbox/letters/:letterId/edit`: "Write your letter": what to write and what to leave out,
 * the agency's reason if it returned the letter, the letter itself, photos where the agreement
 * allows, then "Continue" (saves, then "Check your letter") or "Save and come back later". What
 * is typed is kept in the page while photos come and go, so a refused photo loses nothing.
 */
export function EditLetterPage() {
  const letterId = parseLetterId(useParams())
  const { data: letter } = useSuspenseQuery(myLetterQueries.detail(letterId))
  const queryClient = useQueryClient()
  const form = useFormErrors(letterFields)
  const [body, setBody] = useState(letter.body)
  // Counts saves, so that each one shows (and announces) the banner afresh.
  const [saves, setSaves] = useState(0)
  const [uploads, setUploads] = useState(0)
  const intent = useRef<'save' | 'continue'>('continue')
  const once = useSubmitOnce()
  usePageTitle('Write your letter', { hasError: form.hasErrors })

  function parseBody(schema: typeof saveLetterSchema | typeof sendLetterSchema) {
    setSaves(0)
    const parsed = schema.safeParse({ version: letter.version, body })
    if (!parsed.success) {
      once.release()
      form.showValidationError(parsed.error)
      return undefined
    }
    return parsed.data
  }

  function showFailure(error: unknown) {
    once.release()
    if (error instanceof ApiError && error.status === 409) {
      // Someone changed or sent it elsewhere: fetch its version and state, keep what was typed.
      form.showErrors({}, [changedElsewhere])
      void queryClient.invalidateQueries({ queryKey: myLetterQueries.detail(letterId).queryKey })
      return
    }
    form.showApiError(error)
  }

  const save = useFormSubmit(form, {
    validate: () => parseBody(saveLetterSchema),
    mutation: useSaveLetter(letterId),
    onSuccess: () => {
      once.release()
      setSaves((count) => count + 1)
    },
    onError: showFailure,
  })
  const next = useFormSubmit(form, {
    // Sending needs words, so "Continue" checks for them as sending will.
    validate: () => parseBody(sendLetterSchema),
    mutation: useSaveLetter(letterId),
    navigateTo: () => pathTo(paths.letterboxPreviewLetter, { letterId }),
    onError: showFailure,
  })
  // Nothing is saved while a photo is on its way: the letter waits for it.
  const isBusy = save.isPending || next.isPending || uploads > 0

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    once.guard(intent.current === 'save' ? save.onSubmit : next.onSubmit, isBusy)(event)
  }

  const backTo =
    letter.replyToLetterId === null
      ? paths.letterbox
      : pathTo(paths.letterboxLetter, { letterId: letter.replyToLetterId })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backTo}>Back</BackLink>
        <FormErrorSummary form={form} />
        {saves > 0 && (
          <NotificationBanner key={saves} type="success" titleId="letter-saved-title">
            <h3 className="govuk-notification-banner__heading">Your letter has been saved</h3>
            <p className="govuk-body">
              You can come back to it from your <Link to={paths.letterbox}>letterbox</Link>.
            </p>
          </NotificationBanner>
        )}
        {letter.progress === 'returned' && (
          <NotificationBanner title="Returned to you" titleId="letter-returned-title">
            <h3 className="govuk-notification-banner__heading">
              The agency has asked you to change your letter
            </h3>
            {letter.returnedReason !== null && (
              <p className="govuk-body app-break-words">{letter.returnedReason}</p>
            )}
          </NotificationBanner>
        )}
        <span className="govuk-caption-l app-break-words">Letter to {letter.toName}</span>
        <h1 className="govuk-heading-l">Write your letter</h1>
        <WhatToWrite photosAllowed={letter.photosAllowed} />

        {letter.canEdit ? (
          <form noValidate onSubmit={onSubmit}>
            <CharacterCount
              name="body"
              label="Your letter"
              labelClassName="govuk-label--m"
              hint="Leave a blank line between paragraphs."
              rows={15}
              maxLength={maxLetterLength}
              value={body}
              errorMessage={form.errorFor('body')}
              onChange={(event) => {
                setBody(event.target.value)
                setSaves(0)
              }}
            />
            {letter.photosAllowed && (
              <LetterPhotosField
                letter={letter}
                form={form}
                uploads={uploads}
                setUploads={setUploads}
              />
            )}
            <div className="govuk-button-group">
              <Button
                preventDoubleClick
                disabled={isBusy}
                onClick={() => {
                  intent.current = 'continue'
                }}
              >
                Continue
              </Button>
              <Button
                variant="secondary"
                preventDoubleClick
                disabled={isBusy}
                onClick={() => {
                  intent.current = 'save'
                }}
              >
                Save and come back later
              </Button>
            </div>
          </form>
        ) : (
          <InsetText>
            <p className="govuk-body">
              This letter has been sent for checking, so it cannot be changed now.{' '}
              <Link to={pathTo(paths.letterboxLetter, { letterId })}>See where your letter is</Link>
            </p>
          </InsetText>
        )}
      </div>
    </div>
  )
}

/** What helps a letter through: what to share, and the details the agency would take out. */
function WhatToWrite({ photosAllowed }: { photosAllowed: boolean }) {
  return (
    <Details summary="What to write and what to leave out">
      <p className="govuk-body">You could share:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>news, such as birthdays, holidays and things that have happened</li>
        <li>interests, hobbies and what makes you or them happy</li>
        <li>your feelings, and memories you would like to share</li>
      </ul>
      <p className="govuk-body">Leave out anything that could show where someone lives or goes:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>surnames</li>
        <li>addresses</li>
        <li>the names of schools or nurseries</li>
        <li>clubs and teams</li>
        <li>the names of towns or areas</li>
        <li>phone numbers and email addresses</li>
        <li>social media names</li>
        <li>car registrations</li>
      </ul>
      {photosAllowed && (
        <p className="govuk-body">
          The same goes for photos: leave out school uniforms, street or shop signs, house numbers
          and car number plates.
        </p>
      )}
      <p className="govuk-body">
        The agency reads every letter before it is passed on. They may return it to you to make
        changes.
      </p>
    </Details>
  )
}

/**
 * The letter's photos as thumbnails, each with "Remove", and a GOV.UK file upload that adds a
 * photo as soon as it is chosen. A refused photo shows the BFF's words on the field.
 */
function LetterPhotosField({
  letter,
  form,
  uploads,
  setUploads,
}: {
  letter: MyLetter
  form: FormErrors<LetterField>
  uploads: number
  setUploads: (update: (count: number) => number) => void
}) {
  const addPhoto = useAddLetterPhoto(letter.id)
  const removePhoto = useRemoveLetterPhoto(letter.id)
  const [announcement, setAnnouncement] = useState('')
  const count = letter.photos.length

  function attach(file: File) {
    const problem = checkPhoto(file, count + uploads)
    if (problem !== undefined) {
      form.showErrors({ file: problem })
      return
    }
    const hadFileError = form.errorFor('file') !== undefined
    setUploads((n) => n + 1)
    setAnnouncement('')
    // Not `mutate`: its callbacks fire only for the latest call, and two uploads may overlap.
    void addPhoto
      .mutateAsync(file)
      .then(
        () => {
          setAnnouncement(`${file.name} has been added`)
          if (hadFileError) {
            form.clear()
          }
        },
        (error: unknown) => {
          form.showErrors({ file: uploadProblemOf(error) })
        },
      )
      .finally(() => {
        setUploads((n) => n - 1)
      })
  }

  return (
    <>
      <h2 className="govuk-heading-m">Photos</h2>
      {count > 0 && (
        <ul className="govuk-list">
          {letter.photos.map((photo, index) => (
            <li key={photo.id}>
              <img
                className="app-letter-photo app-letter-photo--thumbnail"
                src={letterPhotoSrc(letter.id, photo.id)}
                alt={photoAlt(index, count)}
                width={photo.width}
                height={photo.height}
              />
              <Button
                type="button"
                variant="secondary"
                disabled={removePhoto.isPending}
                onClick={() => {
                  removePhoto.mutate(photo.id, {
                    onSuccess: () => {
                      setAnnouncement(`Photo ${String(index + 1)} has been removed`)
                      document.getElementById('file')?.focus()
                    },
                    onError: (error) => {
                      form.showApiError(error)
                    },
                  })
                }}
              >
                Remove <span className="govuk-visually-hidden">photo {index + 1}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {count >= maxPhotosPerLetter ? (
        <p className="govuk-body">
          You have added {maxPhotosPerLetter} photos, the most a letter can have.
        </p>
      ) : (
        <FileUpload
          name="file"
          label="Add a photo (optional)"
          labelClassName="govuk-label--s"
          hint={`JPG, PNG, GIF, WebP or HEIC, up to 10MB. You can add up to ${String(maxPhotosPerLetter)} photos. Details stored inside a photo, such as where it was taken, are removed.`}
          accept="image/*"
          errorMessage={form.errorFor('file')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            // Added photos are shown above, so the input is emptied: the next choice starts afresh.
            event.currentTarget.value = ''
            if (file !== undefined) {
              attach(file)
            }
          }}
        />
      )}
      <div aria-live="polite" className="govuk-!-margin-bottom-6">
        {uploads > 0 ? (
          <p className="govuk-body">Uploading…</p>
        ) : (
          <span className="govuk-visually-hidden">{announcement}</span>
        )}
      </div>
    </>
  )
}
