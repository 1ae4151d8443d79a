import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppProviders } from '../../../app/providers.tsx'
import { createQueryClient } from '../../../lib/query-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { server } from '../../../test/msw-server.ts'
import { buildPdf, uploadHandler } from '../test/handlers.ts'
import { MessageAttachmentsField } from './message-attachments-field.tsx'
import { useMessageAttachments } from './use-message-attachments.ts'

const fileFields = ['file'] as const

/** The field on a message form of its own, as the family's and the staff's pages have it. */
function MessageForm() {
  const form = useFormErrors(fileFields, { fieldIds: { file: 'message-file' } })
  const attachments = useMessageAttachments(form)
  return (
    <>
      <FormErrorSummary form={form} />
      <MessageAttachmentsField
        id="message-file"
        attachments={attachments}
        errorMessage={form.errorFor('file')}
      />
    </>
  )
}

function renderMessageForm() {
  const user = userEvent.setup()
  const result = render(
    <AppProviders queryClient={createQueryClient({ retry: false })}>
      <MessageForm />
    </AppProviders>,
  )
  return { ...result, user }
}

/** What GOV.UK Frontend's drop zone does with a dropped file: a `drop` on its button. */
function dropFile(button: HTMLElement, input: HTMLInputElement, file: File) {
  // jsdom has no DataTransfer, and only takes its own FileList: the input keeps what is dropped.
  let dropped: File[] = []
  Object.defineProperty(input, 'files', {
    configurable: true,
    get: () => dropped,
    set: (files: File[]) => {
      dropped = files
    },
  })
  const drop = new Event('drop', { bubbles: true, cancelable: true })
  Object.defineProperty(drop, 'dataTransfer', {
    value: { files: [file], items: [{ kind: 'file' }], types: ['Files'] },
  })
  button.dispatchEvent(drop)
}

describe('attaching files to a message', () => {
  it('is a GOV.UK file upload that works as a native file input without JavaScript', async () => {
    const upload = uploadHandler()
    server.use(upload.handler)
    const { user } = renderMessageForm()

    const input = screen.getByLabelText('Attach a file (optional)')
    expect(input).toHaveAttribute('type', 'file')
    expect(input.parentElement).toHaveClass('govuk-file-upload-wrapper')
    expect(input.parentElement).toHaveAttribute('data-module', 'govuk-file-upload')
    expect(input).toHaveAccessibleDescription(
      'PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files.',
    )

    await user.upload(input, buildPdf('school letter.pdf'))
    await user.click(await screen.findByRole('button', { name: 'Remove school letter.pdf' }))

    expect(upload.received.map((file) => file.fileName)).toEqual(['school letter.pdf'])
    expect(input).toHaveFocus()
  })
})

describe('attaching files with GOV.UK Frontend’s JavaScript', () => {
  beforeEach(() => {
    document.body.classList.add('govuk-frontend-supported')
  })
  afterEach(() => {
    document.body.classList.remove('govuk-frontend-supported')
  })

  /** The field as GOV.UK's JavaScript, started when it mounts, has made it. */
  function enhancedField() {
    const button = screen.getByRole('button', { name: /^Attach a file \(optional\)/ })
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')
    if (input === null) {
      throw new Error('The file input has gone')
    }
    return { button, input }
  }

  it('has the "Choose file" button in the drop zone, with the field’s id and description', () => {
    renderMessageForm()
    const { button, input } = enhancedField()

    expect(button).toHaveAttribute('id', 'message-file')
    expect(button).toHaveClass('govuk-file-upload-button')
    expect(button).toHaveTextContent('Choose file')
    expect(button).toHaveAccessibleDescription(
      'PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files.',
    )
    expect(button.parentElement).toBe(input.parentElement)
    expect(input).toHaveAttribute('hidden')
  })

  it('uploads a chosen file at once, and focuses the button when a file is removed', async () => {
    const upload = uploadHandler()
    server.use(upload.handler)
    const { user } = renderMessageForm()
    const { button, input } = enhancedField()

    await user.upload(input, buildPdf('school letter.pdf'))
    await screen.findByRole('button', { name: 'Remove school letter.pdf' })
    await user.upload(input, buildPdf('meeting notes.pdf'))
    await user.click(await screen.findByRole('button', { name: 'Remove school letter.pdf' }))

    expect(upload.received.map((file) => file.fileName)).toEqual([
      'school letter.pdf',
      'meeting notes.pdf',
    ])
    expect(screen.getByRole('button', { name: 'Remove meeting notes.pdf' })).toBeInTheDocument()
    expect(button).toHaveFocus()
    expect(button).toHaveClass('govuk-file-upload-button--empty')
    expect(input.files).toHaveLength(0)
  })

  it('uploads a file dropped on the drop zone', async () => {
    const upload = uploadHandler()
    server.use(upload.handler)
    renderMessageForm()
    const { button, input } = enhancedField()

    dropFile(button, input, buildPdf('school letter.pdf'))

    expect(
      await screen.findByRole('button', { name: 'Remove school letter.pdf' }),
    ).toBeInTheDocument()
    expect(upload.received.map((file) => file.fileName)).toEqual(['school letter.pdf'])
  })

  it('describes the button by the error message too, and the summary links to it', async () => {
    const upload = uploadHandler()
    server.use(upload.handler)
    const { user } = renderMessageForm()
    const { button, input } = enhancedField()

    await user.upload(input, new File([], 'empty.pdf', { type: 'application/pdf' }))

    const summary = within(await screen.findByRole('alert'))
    expect(summary.getByRole('link', { name: 'The selected file is empty' })).toHaveAttribute(
      'href',
      '#message-file',
    )
    expect(button).toHaveAccessibleDescription(
      'PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files. Error: The selected file is empty',
    )
    expect(upload.received).toEqual([])

    await user.upload(input, buildPdf('school letter.pdf'))
    await screen.findByRole('button', { name: 'Remove school letter.pdf' })
    expect(button).toHaveAccessibleDescription(
      'PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files.',
    )
  })
})
