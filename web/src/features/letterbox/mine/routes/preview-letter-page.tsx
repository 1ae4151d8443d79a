import { sendLetterSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { WarningText } from '../../../../components/warning-text.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { myLetterQueries, parseLetterId } from '../api/get-my-letter.ts'
import { useSendLetter } from '../api/send-letter.ts'
import { LetterPhotos } from '../components/letter-photos.tsx'
import { useSubmitOnce } from './use-submit-once.ts'

const changedElsewhere =
  'Your letter was changed in another tab or window after you opened this page. We have loaded it again: check it before you send it.'

/**
 * `/letterbox/letters/:letterId/preview`: "Check your letter": the paragraphs and photos as the
 * recipient will see them, a way back to change it, and "Send for checking". The version read goes
 * with the send, so a retried send sends once; if the letter changed elsewhere (409) the page says
 * so and shows it as it is now.
 */
export function PreviewLetterPage() {
  const letterId = parseLetterId(useParams())
  const { data: letter } = useSuspenseQuery(myLetterQueries.detail(letterId))
  const queryClient = useQueryClient()
  const form = useFormErrors([] as const)
  usePageTitle('Check your letter', { hasError: form.hasErrors })
  const editPath = pathTo(paths.letterboxEditLetter, { letterId })

  const once = useSubmitOnce()
  const send = useFormSubmit(form, {
    validate: () => {
      const parsed = sendLetterSchema.safeParse({ version: letter.version, body: letter.body })
      if (!parsed.success) {
        // Nothing to send (the letter was emptied elsewhere): say so; "Change" is on the page.
        form.showErrors(
          {},
          parsed.error.issues.map((issue) => issue.message),
        )
        once.release()
        return undefined
      }
      return parsed.data
    },
    mutation: useSendLetter(letterId),
    navigateTo: () => pathTo(paths.letterboxLetterSent, { letterId }),
    onError: (error) => {
      once.release()
      if (error instanceof ApiError && error.status === 409) {
        form.showErrors({}, [changedElsewhere])
        void queryClient.invalidateQueries({ queryKey: myLetterQueries.detail(letterId).queryKey })
        return
      }
      form.showApiError(error)
    },
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={editPath}>Back</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l app-break-words">Letter to {letter.toName}</span>
        <h1 className="govuk-heading-l">Check your letter</h1>
        <p className="govuk-body">This is your letter as {letter.toName} will read it.</p>

        <h2 className="govuk-heading-m">Your letter</h2>
        <InsetText>
          <MultilineText text={letter.body} />
        </InsetText>
        {letter.photos.length > 0 && (
          <>
            <h2 className="govuk-heading-m">Photos</h2>
            <LetterPhotos letter={letter} />
          </>
        )}
        {letter.canEdit && (
          <p className="govuk-body">
            <Link to={editPath}>
              Change <span className="govuk-visually-hidden">your letter</span>
            </Link>
          </p>
        )}

        <WarningText>
          The agency checks every letter before it is passed on. They may take out details that
          could show who or where someone is, or return your letter for you to change.
        </WarningText>

        {letter.canEdit ? (
          <form noValidate onSubmit={once.guard(send.onSubmit, send.isPending)}>
            <Button preventDoubleClick disabled={send.isPending}>
              Send for checking
            </Button>
          </form>
        ) : (
          <p className="govuk-body">
            This letter has already been sent for checking.{' '}
            <Link to={pathTo(paths.letterboxLetter, { letterId })}>See where your letter is</Link>
          </p>
        )}
      </div>
    </div>
  )
}
