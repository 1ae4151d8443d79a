import { useLocation } from 'react-router'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'

/**
 * The success messages the event page shows after another group programme page sent the reader
 * there: `navigate(href, { state: groupProgrammeNoticeState('created') })`. Only the notice's
 * name travels in the history entry.
 */
const groupProgrammeNotices = {
  created: { heading: 'The event has been created' },
  updated: { heading: 'The event has been changed' },
  cancelled: {
    heading: 'The event has been cancelled',
    text: 'Everyone booked or waiting is being emailed.',
  },
} as const satisfies Record<string, { heading: string; text?: string }>

export type GroupProgrammeNoticeName = keyof typeof groupProgrammeNotices

export function groupProgrammeNoticeState(notice: GroupProgrammeNoticeName): {
  groupProgrammeNotice: GroupProgrammeNoticeName
} {
  return { groupProgrammeNotice: notice }
}

function isNoticeName(value: unknown): value is GroupProgrammeNoticeName {
  return typeof value === 'string' && Object.hasOwn(groupProgrammeNotices, value)
}

/** The success banner a group programme page sent the reader here with, if any. */
export function GroupProgrammeNoticeBanner() {
  const { state } = useLocation() as { state: unknown }
  const name =
    typeof state === 'object' && state !== null
      ? (state as { groupProgrammeNotice?: unknown }).groupProgrammeNotice
      : undefined
  if (!isNoticeName(name)) {
    return null
  }
  const notice: { heading: string; text?: string } = groupProgrammeNotices[name]
  return (
    <NotificationBanner type="success">
      <h3 className="govuk-notification-banner__heading">{notice.heading}</h3>
      {notice.text !== undefined && <p className="govuk-body">{notice.text}</p>}
    </NotificationBanner>
  )
}
