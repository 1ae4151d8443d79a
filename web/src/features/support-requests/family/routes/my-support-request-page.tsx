import {
  contactMethodNames,
  feedbackRatingNames,
  openStatuses,
  urgencyChoiceNames,
  type SupportStatus,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useLocation, useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { formatDate, formatDateTime } from '../../../../lib/dates.ts'
import { FormErrorSummary } from '../../../../lib/form-errors.tsx'
import { useSignedInSession } from '../../../session/index.ts'
import {
  SendMessageForm,
  useMessageFormErrors,
  useSendMessage,
} from '../../components/send-message.tsx'
import { mySupportRequestQueries, parseSupportRequestId } from '../api/get-my-support-request.ts'
import { useSendMyMessage } from '../api/send-my-message.ts'
import { AnswerList } from '../components/answer-list.tsx'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { MessageThread } from '../components/message-thread.tsx'
import { StatusTag } from '../components/status-tag.tsx'
import { Timeline } from '../components/timeline.tsx'
import { requestNoticeOf, useShowRequestError } from './request-error.ts'
import { categoryNameFor } from './support-request-roles.ts'

export function isOpenStatus(status: SupportStatus): boolean {
  return (openStatuses as readonly SupportStatus[]).includes(status)
}

/**
 * `/support/requests/:supportRequestId`: one of the reader's requests: where it stands, what has
 * happened, the messages with the team and a form to send one, and a way to withdraw it. A birth
 * relative sees the same page; the API never sends them anything about the adoptive family.
 */
export function MySupportRequestPage() {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(mySupportRequestQueries.detail(supportRequestId))
  const { user } = useSignedInSession()
  const notice = requestNoticeOf(useLocation().state)
  const [hasSent, setHasSent] = useState(false)
  const form = useMessageFormErrors()
  const showRequestError = useShowRequestError(supportRequestId)
  const message = useSendMessage(form, {
    mutation: useSendMyMessage(supportRequestId),
    onSent: () => {
      setHasSent(true)
    },
    onError: (error) => {
      showRequestError(form, error, 'Your message has not been sent.')
    },
  })
  const title = `Request ${request.reference}`
  usePageTitle(title, { hasError: form.hasErrors })
  const isOpen = isOpenStatus(request.status)

  const rows: SummaryListRow[] = [
    { key: 'Reference', value: request.reference },
    { key: 'Status', value: <StatusTag status={request.status} text={request.statusText} /> },
    {
      key: 'What it is about',
      value: <AnswerList items={request.categories.map(categoryNameFor(user.role))} />,
    },
  ]
  if (request.children.length > 0) {
    rows.push({
      key: 'Children',
      value: <AnswerList items={request.children.map((child) => child.firstName)} />,
    })
  }
  if (request.workerName !== null) {
    rows.push({ key: 'Support worker', value: request.workerName })
  }
  if (request.adviceCallAt !== null) {
    rows.push({ key: 'Support and advice call', value: formatDateTime(request.adviceCallAt) })
  }
  if (request.expectedReplyBy !== null && isOpen) {
    rows.push({ key: 'Expect a reply by', value: formatDate(request.expectedReplyBy) })
  }
  rows.push(
    { key: 'Received', value: formatDateTime(request.receivedAt) },
    { key: 'How urgent it is', value: urgencyChoiceNames[request.urgency] },
    { key: 'How we will contact you', value: contactMethodNames[request.contactMethod] },
    { key: 'What you told us', value: <MultilineText text={request.description} /> },
  )

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.mySupportRequests}>Back to your requests</BackLink>
        <FormErrorSummary form={form} />
        {hasSent && !form.hasErrors && (
          <NotificationBanner type="success">Your message has been sent</NotificationBanner>
        )}
        {notice === 'withdrawn' && !hasSent && (
          <NotificationBanner type="success">You have withdrawn this request</NotificationBanner>
        )}
        {notice === 'feedback' && !hasSent && (
          <NotificationBanner type="success">Thank you for your feedback</NotificationBanner>
        )}
        <span className="govuk-caption-l">Your requests</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <SummaryList rows={rows} />

        <h2 className="govuk-heading-m">What has happened</h2>
        <Timeline entries={request.timeline} />

        <h2 className="govuk-heading-m">Messages</h2>
        {isOpen || message.body !== '' ? (
          <SendMessageForm
            message={message}
            form={form}
            onSubmit={(event) => {
              if (!message.attachments.isUploading) {
                setHasSent(false)
              }
              message.onSubmit(event)
            }}
            buttonText="Send message"
          >
            <CharacterCount
              name="body"
              id="message-body"
              label="Send a message"
              labelClassName="govuk-label--s"
              hint="Your support team will read it during office hours. If a child is in immediate danger, call 999."
              maxLength={5000}
              value={message.body}
              errorMessage={form.errorFor('body')}
              onChange={(event) => {
                message.setBody(event.target.value)
              }}
            />
          </SendMessageForm>
        ) : (
          <p className="govuk-body">
            This request is {request.status === 'withdrawn' ? 'withdrawn' : 'closed'}, so you cannot
            send a message about it. If you need more help, ask for support again.
          </p>
        )}
        <MessageThread messages={request.messages} />

        {request.canLeaveFeedback && (
          <>
            <h2 className="govuk-heading-m">Tell us how we did</h2>
            <p className="govuk-body">
              Your request is closed. Tell us how satisfied you were with the support: it takes a
              minute and helps us improve it.
            </p>
            <Button
              href={pathTo(paths.mySupportRequestFeedback, { supportRequestId })}
              variant="secondary"
            >
              Give feedback
            </Button>
          </>
        )}
        {request.feedback && (
          <>
            <h2 className="govuk-heading-m">Your feedback</h2>
            <SummaryList
              rows={[
                {
                  key: 'How satisfied you were',
                  value: feedbackRatingNames[request.feedback.rating],
                },
                ...(request.feedback.comment
                  ? [
                      {
                        key: 'How we could improve',
                        value: <MultilineText text={request.feedback.comment} />,
                      },
                    ]
                  : []),
                { key: 'Sent', value: formatDateTime(request.feedback.leftAt) },
              ]}
            />
          </>
        )}

        {request.canWithdraw && (
          <>
            <h2 className="govuk-heading-m">If you no longer need support</h2>
            <p className="govuk-body">
              If things have changed and you do not need this support any more, you can withdraw
              your request.
            </p>
            <Button
              href={pathTo(paths.withdrawMySupportRequest, { supportRequestId })}
              variant="secondary"
            >
              Withdraw this request
            </Button>
          </>
        )}
      </div>
    </div>
  )
}
