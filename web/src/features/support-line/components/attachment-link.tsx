import { attachmentTypes, endpoints, type attachmentSchema } from '@asp/bff/contract'
import type { z } from 'zod'
import { buildUrl } from '../../../lib/api-client.ts'

type Attachment = z.infer<typeof attachmentSchema>

/** "120 KB", "1.5 MB": a file's size as GOV.UK writes it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`
  }
  const megabytes = bytes / (1024 * 1024)
  return `${megabytes < 10 ? megabytes.toFixed(1).replace(/\.0$/, '') : String(Math.round(megabytes))} MB`
}

/** A file sent with a message: a download link with its type and size. */
export function AttachmentLink({ attachment }: { attachment: Attachment }) {
  const type =
    (attachmentTypes as Record<string, string | undefined>)[attachment.contentType] ?? 'File'
  return (
    <>
      <a
        className="govuk-link app-break-words"
        href={buildUrl(endpoints.downloadFile, { fileId: attachment.id }).pathname}
        download={attachment.fileName}
      >
        {attachment.fileName}
      </a>{' '}
      ({type}, {formatFileSize(attachment.sizeBytes)})
    </>
  )
}
