import { useLocation } from 'react-router'
import { NotificationBanner } from '../components/notification-banner.tsx'

/**
 * The success messages a page can show after another page sent the reader there:
 * `navigate(paths.signIn, { state: noticeState('account-created') })`. Only the notice's name
 * travels in the history entry, never anything personal.
 */
export const notices = {
  'signed-out': { heading: 'You have signed out' },
  'account-created': {
    heading: 'Your account has been created',
    text: 'Sign in with your email address and the password you chose.',
  },
  'password-reset': {
    heading: 'Your password has been reset',
    text: 'Sign in with your new password.',
  },
  'password-changed': {
    heading: 'Your password has been changed',
    text: 'We have signed you out on your other devices.',
  },
  'security-set-up': {
    heading: 'You have set up how you confirm it is you',
    text: 'You will need a security code each time you sign in.',
  },
  'family-updated': { heading: 'The family’s address and contact details have been changed' },
  'child-added': { heading: 'The child has been added to the family record' },
  'child-updated': { heading: 'The child’s details have been changed' },
  'parent-updated': { heading: 'The parent’s details have been changed' },
  'conflict-recorded': {
    heading: 'The conflict of interest has been recorded',
    text: 'That member of staff can no longer see this family’s record.',
  },
  'staff-account-updated': { heading: 'The staff account has been changed' },
} as const satisfies Record<string, { heading: string; text?: string }>

export type NoticeName = keyof typeof notices

export function noticeState(notice: NoticeName): { notice: NoticeName } {
  return { notice }
}

function isNoticeName(value: unknown): value is NoticeName {
  return typeof value === 'string' && Object.hasOwn(notices, value)
}

/** The success banner a page was sent here with, if any. Place it first in the page's column. */
export function NoticeBanner() {
  const { state } = useLocation() as { state: unknown }
  const name =
    typeof state === 'object' && state !== null ? (state as { notice?: unknown }).notice : undefined
  if (!isNoticeName(name)) {
    return null
  }
  const notice: { heading: string; text?: string } = notices[name]
  return (
    <NotificationBanner type="success">
      <h3 className="govuk-notification-banner__heading">{notice.heading}</h3>
      {notice.text !== undefined && <p className="govuk-body">{notice.text}</p>}
    </NotificationBanner>
  )
}
