import { sendMessageSchema } from '@asp/bff/contract'
import { useState, type FormEvent, type ReactNode } from 'react'
import type { z } from 'zod'
import { Button, type ButtonVariant } from '../../../components/button.tsx'
import { useFormErrors, type FormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit, type FormMutation } from '../../../lib/use-form-submit.ts'
import {
  MessageAttachmentsField,
  useMessageAttachments,
  type MessageAttachments,
} from '../../files/index.ts'

const messageFields = ['body', 'file', 'attachmentIds'] as const
export type MessageField = (typeof messageFields)[number]

/**
 * The errors of the form that sends a message with files about a request: the summary's links go
 * to the message box (`message-body`) and the file field (`message-file`).
 */
export function useMessageFormErrors(): FormErrors<MessageField> {
  return useFormErrors(messageFields, {
    fieldIds: { body: 'message-body', file: 'message-file', attachmentIds: 'message-file' },
  })
}

/**
 * A message about a request, as the family or the team sends it: what is typed, the files attached
 * and the message's idempotency key, which stays until the message has arrived, so that a retry
 * after an error sends it once. Nothing is sent while a file is still uploading. Once it is sent
 * the form is empty again, with a new key, and `onSent` says so.
 */
export interface MessageDraft {
  body: string
  setBody: (body: string) => void
  attachments: MessageAttachments
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

export function useSendMessage<Result>(
  form: FormErrors<MessageField>,
  {
    mutation,
    onSent,
    onError,
  }: {
    mutation: FormMutation<z.output<typeof sendMessageSchema>, Result>
    onSent: () => void
    /** Shows a refusal; what was typed and attached stays. */
    onError: (error: unknown) => void
  },
): MessageDraft {
  const [body, setBody] = useState('')
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID())
  const attachments = useMessageAttachments(form)
  const { onSubmit } = useFormSubmit(form, {
    schema: sendMessageSchema,
    values: () => ({ idempotencyKey, body, attachmentIds: attachments.ids }),
    mutation,
    onSuccess: () => {
      setBody('')
      setIdempotencyKey(crypto.randomUUID())
      attachments.clear()
      onSent()
    },
    onError,
  })

  return {
    body,
    setBody,
    attachments,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      if (attachments.isUploading) {
        event.preventDefault()
        return
      }
      onSubmit(event)
    },
  }
}

/**
 * The form that sends a message about a request: the page's own message box (`children`), then
 * the files and the button, which waits while a file uploads.
 */
export function SendMessageForm({
  message,
  form,
  onSubmit = message.onSubmit,
  labelledBy,
  buttonText,
  buttonVariant,
  children,
}: {
  message: MessageDraft
  form: FormErrors<MessageField>
  /** What a submit does first, before it hands over to `message.onSubmit`. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void
  /** The id of the form's heading, if it has one. */
  labelledBy?: string
  buttonText: string
  buttonVariant?: ButtonVariant
  children: ReactNode
}) {
  return (
    <form noValidate aria-labelledby={labelledBy} onSubmit={onSubmit}>
      {children}
      <MessageAttachmentsField
        id="message-file"
        attachments={message.attachments}
        errorMessage={form.errorFor('file') ?? form.errorFor('attachmentIds')}
      />
      <Button variant={buttonVariant} disabled={message.attachments.isUploading}>
        {buttonText}
      </Button>
    </form>
  )
}
