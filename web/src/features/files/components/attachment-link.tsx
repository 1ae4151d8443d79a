import { fileEndpoints } from '@asp/bff/contract'
import { buildUrl } from '../../../lib/api-client.ts'
import { describeFile, type Attachment } from './file-words.ts'

/**
 * A file sent with a message: a download link with its type and size. The download comes from the
 * API, not a page of the app, so it is a plain link.
 */
export function AttachmentLink({ attachment }: { attachment: Attachment }) {
  return (
    <>
      <a
        className="govuk-link app-break-words"
        href={buildUrl(fileEndpoints.downloadFile, { fileId: attachment.id }).pathname}
        download={attachment.fileName}
      >
        {attachment.fileName}
      </a>{' '}
      ({describeFile(attachment)})
    </>
  )
}
