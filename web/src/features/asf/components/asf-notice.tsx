import { useLocation } from 'react-router'
import { NotificationBanner } from '../../../components/notification-banner.tsx'

/**
 * The success messages an application's page shows after a change sent the reader there:
 * `navigate(href, { state: asfNoticeState('applicationChanged') })`. Only the notice's name travels
 * in the history entry.
 */
const asfNotices = {
  applicationChanged: { heading: 'Application changed' },
  renewalStarted: {
    heading: 'Renewal started',
    text: 'This is next year’s application, a draft. Check it and change what is different this year, then send it for manager approval.',
  },
} as const satisfies Record<string, { heading: string; text?: string }>

export type AsfNoticeName = keyof typeof asfNotices

export function asfNoticeState(notice: AsfNoticeName): { asfNotice: AsfNoticeName } {
  return { asfNotice: notice }
}

function isNoticeName(value: unknown): value is AsfNoticeName {
  return typeof value === 'string' && Object.hasOwn(asfNotices, value)
}

/** The success banner an application's page was sent here with, if any. */
export function AsfNoticeBanner() {
  const { state } = useLocation() as { state: unknown }
  const name =
    typeof state === 'object' && state !== null
      ? (state as { asfNotice?: unknown }).asfNotice
      : undefined
  if (!isNoticeName(name)) {
    return null
  }
  const notice: { heading: string; text?: string } = asfNotices[name]
  return (
    <NotificationBanner type="success">
      <h3 className="govuk-notification-banner__heading">{notice.heading}</h3>
      {notice.text !== undefined && <p className="govuk-body">{notice.text}</p>}
    </NotificationBanner>
  )
}
