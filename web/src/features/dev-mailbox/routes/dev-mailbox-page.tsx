import type { MailboxMessage } from '@asp/bff/contract'
import { useQuery } from '@tanstack/react-query'
import { PageNotFoundPage } from '../../../app/pages/page-not-found-page.tsx'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { InsetText } from '../../../components/inset-text.tsx'
import { SummaryList } from '../../../components/summary-list.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { mailboxQueries } from '../api/get-mailbox.ts'
import { MessageBody } from '../components/message-body.tsx'

/** An email by its subject line; a text message, which has none, by who it went to. */
function messageTitle(message: MailboxMessage): string {
  return message.channel === 'sms' ? `Text message to ${message.recipient}` : message.subject
}

/**
 * `/dev/mailbox`, in the demo only: the emails and text messages the service would have sent
 * (invitations, password reset links, security codes), newest first. The BFF answers 404 when it
 * is switched off.
 */
export function DevMailboxPage() {
  const mailbox = useQuery(mailboxQueries.list())
  usePageTitle('Development mailbox')

  if (mailbox.error instanceof ApiError && mailbox.error.status === 404) {
    return <PageNotFoundPage />
  }
  if (mailbox.isError) {
    throw mailbox.error
  }

  const messages = [...(mailbox.data?.messages ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  )

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Development mailbox</h1>
        <InsetText>
          This page is only in the demo. It shows the emails and text messages the service would
          have sent: invitations, links to reset a password and security codes.
        </InsetText>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            void mailbox.refetch()
          }}
        >
          Check for new messages
        </Button>
        <div role="status">
          {mailbox.isPending ? (
            <p className="govuk-body">Loading…</p>
          ) : (
            <p className="govuk-body">
              {messages.length === 0
                ? 'There are no messages yet.'
                : `${String(messages.length)} ${messages.length === 1 ? 'message' : 'messages'}, newest first.`}
            </p>
          )}
        </div>
        {messages.map((message) => (
          <SummaryList
            key={message.id}
            card={{ title: messageTitle(message), headingLevel: 2 }}
            rows={[
              { key: 'To', value: <span className="app-break-words">{message.recipient}</span> },
              { key: 'Sent', value: formatDateTime(message.createdAt) },
              { key: 'Message', value: <MessageBody body={message.body} /> },
            ]}
          />
        ))}
      </div>
    </div>
  )
}
