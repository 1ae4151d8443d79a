import { addNoteSchema, type StaffSupportRequest, canStartAssessments } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { WarningText } from '../../../../components/warning-text.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors, type FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { AttachmentLink } from '../../../files/index.ts'
import {
  SendMessageForm,
  useMessageFormErrors,
  useSendMessage,
  type MessageField,
} from '../../components/send-message.tsx'
import { useAddCaseNote } from '../api/add-case-note.ts'
import { parseSupportRequestId, supportRequestQueries } from '../api/get-support-request.ts'
import { useSendTeamMessage } from '../api/send-team-message.ts'
import { requestName } from '../components/request-name.ts'
import { RequestSummary } from '../components/request-summary.tsx'
import { SupportLineNoticeBanner } from '../components/support-line-notice.tsx'
import { useShowChangeFailure } from './request-action.tsx'
import { canAllocate, isSupportLineManager } from './support-line-roles.ts'

const bodyField = ['body'] as const
type BodyField = (typeof bodyField)[number]

/**
 * `/support-line/requests/:supportRequestId`: a request as staff see it: its details, what
 * happened, the messages with the family and the team's internal case notes, and the actions the
 * request's status allows. Sending a message and adding a case note are separate forms, each with
 * its own heading, field, button and error summary, so that a note is never sent by mistake.
 */
export function RequestPage() {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const { user } = useSignedInSession()
  const messageForm = useMessageFormErrors()
  const noteForm = useFormErrors(bodyField, { fieldIds: { body: 'note-body' } })
  const [done, setDone] = useState<{ text: string; count: number } | undefined>()
  usePageTitle(`Request ${request.reference}`, {
    hasError: messageForm.hasErrors || noteForm.hasErrors,
  })

  function succeeded(text: string) {
    setDone((previous) => ({ text, count: (previous?.count ?? 0) + 1 }))
  }

  // An assessment of the family's or the birth relative's needs, from their request.
  const subject =
    request.family !== null
      ? { familyId: request.family.id }
      : request.birthRelative !== null
        ? { birthRelativeId: request.birthRelative.id }
        : undefined
  const startAssessmentHref =
    subject !== undefined && isOpenRequest(request) && canStartAssessments(user.role)
      ? withQuery(paths.newNeedsAssessment, { ...subject, supportRequestId })
      : undefined
  const actions = [
    ...(request.allowedActions.includes('triage')
      ? [
          {
            href: pathTo(paths.supportLineTriage, { supportRequestId }),
            text: 'Record triage decision',
          },
        ]
      : []),
    ...(request.allowedActions.includes('allocate') && canAllocate(user.role)
      ? [
          {
            href: pathTo(paths.supportLineAllocate, { supportRequestId }),
            text: request.worker === null ? 'Allocate' : 'Change worker',
          },
        ]
      : []),
    ...(request.allowedActions.includes('link-family')
      ? [
          {
            href: pathTo(paths.supportLineLinkFamily, { supportRequestId }),
            text: 'Link to a family record',
          },
        ]
      : []),
    ...(startAssessmentHref !== undefined
      ? [{ href: startAssessmentHref, text: 'Start an assessment of need' }]
      : []),
    ...(request.allowedActions.includes('close')
      ? [{ href: pathTo(paths.supportLineClose, { supportRequestId }), text: 'Close request' }]
      : []),
  ]

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.supportLineQueue}>Back to the triage queue</BackLink>
        <FormErrorSummary form={messageForm} />
        <FormErrorSummary form={noteForm} />
        {done === undefined ? (
          <SupportLineNoticeBanner />
        ) : (
          <NotificationBanner key={done.count} type="success">
            {done.text}
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{requestName(request)}</span>
        <h1 className="govuk-heading-l">Request {request.reference}</h1>
        {request.safeguarding && (
          <WarningText iconFallbackText="Warning">
            This request is flagged as a safeguarding concern. The team manager has been alerted.
          </WarningText>
        )}
        {actions.length > 0 && (
          <div className="govuk-button-group">
            {actions.map((action, index) => (
              <Button
                key={action.href}
                href={action.href}
                variant={index === 0 ? 'primary' : 'secondary'}
              >
                {action.text}
              </Button>
            ))}
          </div>
        )}
        {isSupportLineManager(user.role) && (
          <p className="govuk-body">
            <Link to={pathTo(paths.supportLineAudit, { supportRequestId })}>View audit trail</Link>
          </p>
        )}

        <RequestSummary request={request} />

        <nav aria-labelledby="request-contents-title" className="govuk-!-margin-bottom-8">
          <h2 id="request-contents-title" className="govuk-heading-s">
            On this page
          </h2>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href="#timeline">
                Timeline
              </a>
            </li>
            <li>
              <a className="govuk-link" href="#messages">
                Messages ({request.messages.length})
              </a>
            </li>
            <li>
              <a className="govuk-link" href="#case-notes">
                Case notes ({request.notes.length})
              </a>
            </li>
          </ul>
        </nav>

        <Timeline request={request} />
        <Messages
          request={request}
          form={messageForm}
          onSubmit={() => {
            noteForm.clear()
          }}
          onSent={() => {
            succeeded('Your message has been sent')
          }}
        />
        <CaseNotes
          request={request}
          form={noteForm}
          onSubmit={() => {
            messageForm.clear()
          }}
          onAdded={() => {
            succeeded('The case note has been added')
          }}
        />
      </div>
    </div>
  )
}

function Timeline({ request }: { request: StaffSupportRequest }) {
  const entries = [...request.timeline].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
  return (
    <section aria-labelledby="timeline" className="govuk-!-margin-bottom-8">
      <h2 id="timeline" className="govuk-heading-m">
        Timeline
      </h2>
      {entries.length === 0 ? (
        <p className="govuk-body">Nothing has happened yet.</p>
      ) : (
        <ol className="govuk-list">
          {entries.map((entry) => (
            <li key={entry.id} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{entry.summary}</h3>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {formatDateTime(entry.occurredAt)}
                {entry.actorName !== null && <>, by {entry.actorName}</>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** Who the team's messages go to, and who never sees the case notes. */
function recipientOf(request: StaffSupportRequest): 'family' | 'birth relative' {
  return request.queue === 'birth_relative' ? 'birth relative' : 'family'
}

function Messages({
  request,
  form,
  onSubmit,
  onSent,
}: {
  request: StaffSupportRequest
  form: FormErrors<MessageField>
  onSubmit: () => void
  onSent: () => void
}) {
  const message = useSendMessage(form, {
    mutation: useSendTeamMessage(request.id),
    onSent,
    onError: useShowChangeFailure(form, request.id),
  })
  const recipient = recipientOf(request)
  const thread = [...request.messages].sort((a, b) => a.sentAt.localeCompare(b.sentAt))

  return (
    <section aria-labelledby="messages" className="govuk-!-margin-bottom-8">
      <h2 id="messages" className="govuk-heading-m">
        Messages
      </h2>
      {thread.length === 0 ? (
        <p className="govuk-body">There are no messages yet.</p>
      ) : (
        <ol className="govuk-list">
          {thread.map((item) => (
            <li key={item.id} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {item.authorName}
                <span className="govuk-visually-hidden">
                  {item.from === 'team' ? ', the team' : `, the ${recipient}`}
                </span>
              </h3>
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                {item.from === 'team' ? 'Sent by the team' : `Sent by the ${recipient}`} on{' '}
                {formatDateTime(item.sentAt)}
              </p>
              <MultilineText text={item.body} />
              {item.attachments.length > 0 && (
                <ul className="govuk-list govuk-list--bullet">
                  {item.attachments.map((attachment) => (
                    <li key={attachment.id}>
                      <AttachmentLink attachment={attachment} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {request.allowedActions.includes('message') && (
        <SendMessageForm
          message={message}
          form={form}
          labelledBy="send-message-title"
          onSubmit={(event) => {
            onSubmit()
            message.onSubmit(event)
          }}
          buttonText={`Send message to the ${recipient}`}
          buttonVariant="secondary"
        >
          <h3 id="send-message-title" className="govuk-heading-s">
            Send a message to the {recipient}
          </h3>
          <Textarea
            name="body"
            id="message-body"
            label={`Message to the ${recipient}`}
            labelClassName="govuk-label--s"
            hint={`The ${recipient} will see this message when they sign in.`}
            value={message.body}
            errorMessage={form.errorFor('body')}
            onChange={(event) => {
              message.setBody(event.target.value)
            }}
          />
        </SendMessageForm>
      )}
    </section>
  )
}

function CaseNotes({
  request,
  form,
  onSubmit,
  onAdded,
}: {
  request: StaffSupportRequest
  form: FormErrors<BodyField>
  onSubmit: () => void
  onAdded: () => void
}) {
  const [body, setBody] = useState('')
  const addNote = useFormSubmit(form, {
    schema: addNoteSchema,
    values: () => ({ body }),
    mutation: useAddCaseNote(request.id),
    onSuccess: () => {
      setBody('')
      onAdded()
    },
    onError: useShowChangeFailure(form, request.id),
  })
  const recipient = recipientOf(request)
  const notes = [...request.notes].sort((a, b) => b.writtenAt.localeCompare(a.writtenAt))

  return (
    <section aria-labelledby="case-notes" className="govuk-!-margin-bottom-8">
      <h2 id="case-notes" className="govuk-heading-m">
        Case notes
      </h2>
      <InsetText>The {recipient} never sees case notes.</InsetText>
      {notes.length === 0 ? (
        <p className="govuk-body">There are no case notes yet.</p>
      ) : (
        <ol className="govuk-list">
          {notes.map((item) => (
            <li key={item.id} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{item.authorName}</h3>
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                Written on {formatDateTime(item.writtenAt)}
              </p>
              <MultilineText text={item.body} />
            </li>
          ))}
        </ol>
      )}
      {request.allowedActions.includes('note') && (
        <form
          noValidate
          aria-labelledby="add-note-title"
          onSubmit={(event) => {
            onSubmit()
            addNote.onSubmit(event)
          }}
        >
          <h3 id="add-note-title" className="govuk-heading-s">
            Add a case note
          </h3>
          <WarningText iconFallbackText="Warning">
            The {recipient} never sees this. Case notes are for the team only.
          </WarningText>
          <Textarea
            name="body"
            id="note-body"
            label="Case note"
            labelClassName="govuk-label--s"
            hint={`The ${recipient} never sees this. Write what happened and what was decided.`}
            value={body}
            errorMessage={form.errorFor('body')}
            onChange={(event) => {
              setBody(event.target.value)
            }}
          />
          <Button variant="secondary">Add case note</Button>
        </form>
      )}
    </section>
  )
}

/** Still being worked on: an assessment may start from it. */
function isOpenRequest(request: StaffSupportRequest) {
  return request.status !== 'closed' && request.status !== 'withdrawn'
}
