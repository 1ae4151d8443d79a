import { useLocation } from 'react-router'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'

/**
 * The success messages the assessment page shows after another page (or its own buttons) sent the
 * reader there: `navigate(href, { state: assessmentNoticeState('signedOff') })`. Only the notice's
 * name travels in the history entry.
 */
const assessmentNotices = {
  started: { heading: 'Assessment recorded', text: 'It is waiting to start.' },
  workStarted: { heading: 'Assessment started', text: 'Its target date has been set.' },
  submitted: {
    heading: 'Assessment sent for sign-off',
    text: 'A team manager will sign it off or return it with comments.',
  },
  returned: {
    heading: 'Assessment returned with comments',
    text: 'The worker can see what needs to change.',
  },
  signedOff: {
    heading: 'Assessment signed off',
    text: 'You can now send the proposed decision to the family.',
  },
  proposalSent: {
    heading: 'Proposed decision sent',
    text: 'The family has been emailed and can respond in the portal.',
  },
  responseRecorded: { heading: 'The family’s response has been recorded' },
  decided: {
    heading: 'Decision recorded',
    text: 'The family can see it in the portal. You can now write the support plan.',
  },
  withdrawn: { heading: 'Assessment withdrawn' },
  sectionSaved: { heading: 'Section saved' },
} as const satisfies Record<string, { heading: string; text?: string }>

export type AssessmentNoticeName = keyof typeof assessmentNotices

export function assessmentNoticeState(notice: AssessmentNoticeName): {
  assessmentNotice: AssessmentNoticeName
} {
  return { assessmentNotice: notice }
}

function isNoticeName(value: unknown): value is AssessmentNoticeName {
  return typeof value === 'string' && Object.hasOwn(assessmentNotices, value)
}

/** The success banner the reader was sent here with, if any. */
export function AssessmentNoticeBanner() {
  const { state } = useLocation() as { state: unknown }
  const name =
    typeof state === 'object' && state !== null
      ? (state as { assessmentNotice?: unknown }).assessmentNotice
      : undefined
  if (!isNoticeName(name)) {
    return null
  }
  const notice: { heading: string; text?: string } = assessmentNotices[name]
  return (
    <NotificationBanner type="success">
      <h3 className="govuk-notification-banner__heading">{notice.heading}</h3>
      {notice.text !== undefined && <p className="govuk-body">{notice.text}</p>}
    </NotificationBanner>
  )
}
