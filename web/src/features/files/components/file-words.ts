import { attachmentTypes, type attachmentSchema } from '@asp/bff/contract'
import type { z } from 'zod'

export type Attachment = z.infer<typeof attachmentSchema>

/** "120 KB", "1.5 MB": a file's size as GOV.UK writes it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`
  }
  const megabytes = bytes / (1024 * 1024)
  return `${megabytes < 10 ? megabytes.toFixed(1).replace(/\.0$/, '') : String(Math.round(megabytes))} MB`
}

/** "PDF, 120 KB": what kind of file it is and how big, as GOV.UK describes a download. */
export function describeFile({
  contentType,
  sizeBytes,
}: Pick<Attachment, 'contentType' | 'sizeBytes'>): string {
  const kind = (attachmentTypes as Record<string, string | undefined>)[contentType]
  const size = formatFileSize(sizeBytes)
  return kind === undefined ? size : `${kind}, ${size}`
}
