import { useLocation } from 'react-router'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'

/**
 * The success messages the request page shows after another support line page sent the reader
 * there: `navigate(href, { state: supportLineNoticeState('triaged') })`. Only the notice's name
 * travels in the history entry.
 */
const supportLineNotices = {
  triaged: 'The triage decision has been recorded',
  allocated: 'The request has been allocated',
  closed: 'The request has been closed',
  linkedToFamily: 'The request has been linked to the family record',
} as const

export type SupportLineNoticeName = keyof typeof supportLineNotices

export function supportLineNoticeState(notice: SupportLineNoticeName): {
  supportLineNotice: SupportLineNoticeName
} {
  return { supportLineNotice: notice }
}

function isNoticeName(value: unknown): value is SupportLineNoticeName {
  return typeof value === 'string' && Object.hasOwn(supportLineNotices, value)
}

/** The success banner a support line page was sent here with, if any. */
export function SupportLineNoticeBanner() {
  const { state } = useLocation() as { state: unknown }
  const name =
    typeof state === 'object' && state !== null
      ? (state as { supportLineNotice?: unknown }).supportLineNotice
      : undefined
  if (!isNoticeName(name)) {
    return null
  }
  return <NotificationBanner type="success">{supportLineNotices[name]}</NotificationBanner>
}
