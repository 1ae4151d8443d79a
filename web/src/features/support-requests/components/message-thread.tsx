import { attachmentTypes, endpoints, type MySupportRequest } from '@asp/bff/contract'
import { buildUrl } from '../../../lib/api-client.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { MultilineText } from './multiline-text.tsx'
import { newestFirst } from './timeline.tsx'

type Message = MySupportRequest['messages'][number]
type Attachment = Message['attachments'][number]

/** "PDF, 240 KB": what kind of file it is and how big, as GOV.UK describes a download. */
export function describeAttachment(attachment: Attachment): string {
  const kind: string | undefined = (attachmentTypes as Record<string, string>)[
    attachment.contentType
  ]
  const size = formatFileSize(attachment.sizeBytes)
  return kind === undefined ? size : `${kind}, ${size}`
}

/** "12 KB", "1.4 MB": a file's size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${String(bytes)} bytes`
  }
  if (bytes < 1024 * 1024) {
    return `${String(Math.round(bytes / 1024))} KB`
  }
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`
}

/**
 * The messages between the reader and the team, newest first: who wrote each ("You" for the
 * reader's own), when, and what, with its line breaks. Attachments are listed by name, kind and
 * size, each a download.
 */
export function MessageThread({ messages }: { messages: readonly Message[] }) {
  if (messages.length === 0) {
    return <p className="govuk-body">There are no messages yet.</p>
  }
  return (
    <ol className="govuk-list">
      {newestFirst(messages, (message) => message.sentAt).map((message) => (
        <li key={message.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {message.from === 'family' ? 'You' : message.authorName}
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body-s govuk-!-margin-bottom-2">
              <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
            </p>
            <MultilineText text={message.body} />
            {message.attachments.length > 0 && (
              <>
                <h4 className="govuk-heading-s">Attachments</h4>
                <ul className="govuk-list">
                  {message.attachments.map((attachment) => (
                    <li key={attachment.id} className="app-break-words">
                      {/* A download from the API, not a page of the app: a plain link. */}
                      <a
                        className="govuk-link"
                        href={buildUrl(endpoints.downloadFile, { fileId: attachment.id }).pathname}
                        download={attachment.fileName}
                      >
                        {attachment.fileName}
                      </a>{' '}
                      ({describeAttachment(attachment)})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
