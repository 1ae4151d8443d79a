import type { MySupportRequest } from '@asp/bff/contract'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { AttachmentLink } from '../../../files/index.ts'
import { newestFirst } from './timeline.tsx'

type Message = MySupportRequest['messages'][number]

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
                      <AttachmentLink attachment={attachment} />
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
