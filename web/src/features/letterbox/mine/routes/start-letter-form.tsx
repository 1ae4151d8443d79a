import type { ReactNode } from 'react'
import { paths, pathTo } from '../../../../app/paths.ts'
import { Button } from '../../../../components/button.tsx'
import type { FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useStartLetter } from '../api/start-letter.ts'
import { useSubmitOnce } from './use-submit-once.ts'

/**
 * A button that starts a letter (a draft, or a reply to `replyToLetterId`) and opens it to be
 * written. A second click while the draft is being made does nothing, so one draft is made.
 */
export function StartLetterForm({
  form,
  agreementId,
  replyToLetterId,
  children,
}: {
  form: FormErrors<never>
  agreementId: string
  replyToLetterId?: string
  /** The button's words: "Write a letter", "Reply". */
  children: ReactNode
}) {
  const once = useSubmitOnce()
  const start = useFormSubmit(form, {
    validate: () => ({ agreementId, replyToLetterId }),
    mutation: useStartLetter(),
    navigateTo: (letter) => pathTo(paths.letterboxEditLetter, { letterId: letter.id }),
    onError: (error) => {
      once.release()
      form.showApiError(error)
    },
  })
  return (
    <form noValidate onSubmit={once.guard(start.onSubmit, start.isPending)}>
      <Button preventDoubleClick disabled={start.isPending}>
        {children}
      </Button>
    </form>
  )
}
