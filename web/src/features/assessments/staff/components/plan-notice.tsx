import { useLocation } from 'react-router'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'

/**
 * The success messages the support plan page shows after a change sent the reader there:
 * `navigate(href, { state: planNoticeState('planShared') })`. Only the notice's name travels in
 * the history entry.
 */
const planNotices = {
  planMade: {
    heading: 'Support plan written',
    text: 'It is a draft: the family cannot see it until you share it with them.',
  },
  planChanged: { heading: 'Support plan changed' },
  planShared: {
    heading: 'Support plan shared with the family',
    text: 'We have emailed them that their plan is ready to read in the portal.',
  },
  reviewRecorded: { heading: 'Review recorded' },
  planClosed: { heading: 'Support plan closed' },
} as const satisfies Record<string, { heading: string; text?: string }>

export type PlanNoticeName = keyof typeof planNotices

export function planNoticeState(notice: PlanNoticeName): { planNotice: PlanNoticeName } {
  return { planNotice: notice }
}

function isNoticeName(value: unknown): value is PlanNoticeName {
  return typeof value === 'string' && Object.hasOwn(planNotices, value)
}

/** The success banner a support plan page sent the reader here with, if any. */
export function PlanNoticeBanner() {
  const { state } = useLocation() as { state: unknown }
  const name =
    typeof state === 'object' && state !== null
      ? (state as { planNotice?: unknown }).planNotice
      : undefined
  if (!isNoticeName(name)) {
    return null
  }
  const notice: { heading: string; text?: string } = planNotices[name]
  return (
    <NotificationBanner type="success">
      <h3 className="govuk-notification-banner__heading">{notice.heading}</h3>
      {notice.text !== undefined && <p className="govuk-body">{notice.text}</p>}
    </NotificationBanner>
  )
}
