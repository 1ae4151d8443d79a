import { paths } from '../../../app/paths.ts'
import { Button } from '../../../components/button.tsx'
import { Link } from '../../../components/link.tsx'
import { ModalDialog } from '../../../components/modal-dialog.tsx'
import type { SessionTimeout } from './use-session-timeout.ts'

/** GOV.UK timeout warning: a modal dialog; Escape means "Stay signed in". */
export function TimeoutWarning({ timeout }: { timeout: SessionTimeout }) {
  const { warning, staySignedIn } = timeout
  if (!warning) {
    return null
  }
  const minutes = `${String(warning.minutesLeft)} ${warning.minutesLeft === 1 ? 'minute' : 'minutes'}`
  return (
    <ModalDialog
      title="You’re about to be signed out"
      onEscape={staySignedIn}
      actions={
        <>
          <Button type="button" onClick={staySignedIn}>
            Stay signed in
          </Button>
          <Link to={paths.signOut}>Sign out</Link>
        </>
      }
    >
      <p className="govuk-body">For your security, we will sign you out in {minutes}.</p>
    </ModalDialog>
  )
}
