import { useLocation } from 'react-router'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'

/**
 * The success messages a staff letterbox page shows after another sent the reader there:
 * `navigate(href, { state: letterboxStaffNoticeState('released') })`. Only the notice's name
 * travels in the history entry.
 */
const letterboxStaffNotices = {
  released: {
    heading: 'Letter passed on',
    text: 'Recipients with an account have been emailed that a letter is waiting for them.',
  },
  returned: {
    heading: 'Letter returned to the writer',
    text: 'The writer has been emailed. They can see what they need to change.',
  },
  withheld: {
    heading: 'Letter not passed on',
    text: 'The writer has been told it was not passed on and that the agency will be in touch.',
  },
  agreementMade: {
    heading: 'Contact agreement made',
    text: 'Letters have been scheduled from the month it starts.',
  },
  statusChanged: { heading: 'Status changed' },
  reviewRecorded: { heading: 'Review recorded' },
  paperLetterLogged: {
    heading: 'Paper letter logged',
    text: 'It is kept on the child’s file. Families and birth relatives do not see it in the portal.',
  },
} as const satisfies Record<string, { heading: string; text?: string }>

export type LetterboxStaffNoticeName = keyof typeof letterboxStaffNotices

export function letterboxStaffNoticeState(notice: LetterboxStaffNoticeName): {
  letterboxStaffNotice: LetterboxStaffNoticeName
} {
  return { letterboxStaffNotice: notice }
}

function isNoticeName(value: unknown): value is LetterboxStaffNoticeName {
  return typeof value === 'string' && Object.hasOwn(letterboxStaffNotices, value)
}

/** The success banner a staff letterbox page sent the reader here with, if any. */
export function LetterboxStaffNoticeBanner() {
  const { state } = useLocation() as { state: unknown }
  const name =
    typeof state === 'object' && state !== null
      ? (state as { letterboxStaffNotice?: unknown }).letterboxStaffNotice
      : undefined
  if (!isNoticeName(name)) {
    return null
  }
  const notice: { heading: string; text?: string } = letterboxStaffNotices[name]
  return (
    <NotificationBanner type="success">
      <h3 className="govuk-notification-banner__heading">{notice.heading}</h3>
      {notice.text !== undefined && <p className="govuk-body">{notice.text}</p>}
    </NotificationBanner>
  )
}
