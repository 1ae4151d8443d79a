import { maxAttachmentBytes } from '@asp/bff/contract'
import { useState } from 'react'
import { ApiError } from '../../../lib/api-client.ts'
import type { FormErrors } from '../../../lib/form-errors.tsx'
import { useUploadFile } from '../api/upload-file.ts'
import type { Attachment } from './file-words.ts'

/** As many files as `sendMessageSchema.attachmentIds` takes. */
export const maxAttachmentsPerMessage = 5

/** The contract's and the BFF's words, so a file refused here reads as one the BFF refused. */
const tooMany = 'You can attach up to 5 files to a message'
const tooLarge = 'The selected file must be smaller than 10MB'
const empty = 'The selected file is empty'
const notUploaded = 'The selected file could not be uploaded – try again'

/** Why `file` cannot be attached to a message that has `attached` files already, if it cannot. */
export function checkAttachment(file: Pick<File, 'size'>, attached: number): string | undefined {
  if (attached >= maxAttachmentsPerMessage) {
    return tooMany
  }
  if (file.size === 0) {
    return empty
  }
  if (file.size > maxAttachmentBytes) {
    return tooLarge
  }
  return undefined
}

/** What a failed upload says on the file field: the API's words for the file where it gave some. */
export function uploadProblemOf(error: unknown): string {
  if (error instanceof ApiError && error.status < 500) {
    return error.fieldErrors.file ?? (error.status === 413 ? tooLarge : error.message)
  }
  return notUploaded
}

/** The part of a message form's errors that the file field needs. */
export type FileFieldErrors = Pick<FormErrors<'file'>, 'errorFor' | 'showErrors' | 'clear'>

export interface MessageAttachments {
  /** Uploaded and waiting to be sent, in the order they were chosen. */
  attachments: readonly Attachment[]
  /** For `sendMessageSchema.attachmentIds`. */
  ids: string[]
  /** While a file is uploading the message cannot be sent. */
  isUploading: boolean
  /** For screen readers: the file just uploaded or removed. */
  announcement: string
  /** Checks the file, then uploads it at once; a refusal shows on the form's `file` field. */
  attach: (file: File) => void
  /** Takes a file off the message. It stays uploaded, unsent, and nobody else can read it. */
  remove: (id: string) => void
  /** After the message has been sent. */
  clear: () => void
}

/**
 * The files a message will carry. Each is uploaded as soon as it is chosen, so that sending the
 * message sends only their ids; what is typed in the message is never touched.
 */
export function useMessageAttachments(form: FileFieldErrors): MessageAttachments {
  const [attachments, setAttachments] = useState<Attachment[]>([])
  const [uploads, setUploads] = useState(0)
  const [announcement, setAnnouncement] = useState('')
  const uploadFile = useUploadFile()

  function attach(file: File) {
    const problem = checkAttachment(file, attachments.length + uploads)
    if (problem !== undefined) {
      form.showErrors({ file: problem })
      return
    }
    const hadFileError = form.errorFor('file') !== undefined
    setUploads((count) => count + 1)
    setAnnouncement('')
    // Not `mutate`: its callbacks fire only for the latest call, and two uploads may overlap.
    void uploadFile
      .mutateAsync(file)
      .then(
        (attachment) => {
          setAttachments((previous) => [...previous, attachment])
          setAnnouncement(`${attachment.fileName} has been uploaded`)
          if (hadFileError) {
            form.clear()
          }
        },
        (error: unknown) => {
          form.showErrors({ file: uploadProblemOf(error) })
        },
      )
      .finally(() => {
        setUploads((count) => count - 1)
      })
  }

  return {
    attachments,
    ids: attachments.map((attachment) => attachment.id),
    isUploading: uploads > 0,
    announcement,
    attach,
    remove: (id) => {
      const removed = attachments.find((attachment) => attachment.id === id)
      setAttachments((previous) => previous.filter((attachment) => attachment.id !== id))
      setAnnouncement(removed === undefined ? '' : `${removed.fileName} has been removed`)
    },
    clear: () => {
      setAttachments([])
      setAnnouncement('')
    },
  }
}
