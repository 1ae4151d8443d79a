import { roleNames } from '@asp/bff/contract'
import { type FormEvent } from 'react'
import { NoticeBanner } from '../notices.tsx'
import { paths } from '../paths.ts'
import { RoleLinkList } from '../role-link-list.tsx'
import { roleLinks } from '../role-links.ts'
import { usePageTitle } from '../use-page-title.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import { Link } from '../../components/link.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { ApiError } from '../../lib/api-client.ts'
import { HomeAssessmentFigures } from '../../features/assessments/index.ts'
import { useSignedInSession, useSignOutOtherDevices } from '../../features/session/index.ts'
import { HomeCrisisAlert } from '../../features/support-requests/index.ts'

const secondFactorNames = {
  totp: 'Authenticator app',
  sms: 'Text message',
  email: 'Email',
} as const

/** The signed-in home page: who you are, where your role can go, and your account. */
export function HomePage() {
  const { user } = useSignedInSession()
  const signOutOtherDevices = useSignOutOtherDevices()
  const links = roleLinks(user.role)
  const failure = signOutOtherDevices.error
  const problem = failure instanceof ApiError && failure.status < 500 ? failure.message : undefined
  if (failure && problem === undefined) {
    throw failure
  }
  usePageTitle('Your account', { hasError: problem !== undefined })

  function signOutElsewhere(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!signOutOtherDevices.isPending) {
      signOutOtherDevices.mutate()
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem !== undefined && <ErrorSummary errorList={[]} description={problem} />}
        {signOutOtherDevices.isSuccess ? (
          <NotificationBanner type="success">
            You have signed out of all other devices
          </NotificationBanner>
        ) : (
          <NoticeBanner />
        )}
        {user.role === 'team_manager' && <HomeCrisisAlert />}
        <span className="govuk-caption-l">{user.organisationName}</span>
        <h1 className="govuk-heading-l">{user.name}</h1>
        <SummaryList
          rows={[
            { key: 'Role', value: roleNames[user.role] },
            { key: 'Email address', value: <span className="app-break-words">{user.email}</span> },
            {
              key: 'Security codes',
              value:
                user.secondFactorMethod === null
                  ? 'Not set up'
                  : secondFactorNames[user.secondFactorMethod],
            },
          ]}
        />

        {user.role === 'team_manager' && <HomeAssessmentFigures />}

        {links.length > 0 && (
          <>
            <h2 className="govuk-heading-m">What you can do</h2>
            <RoleLinkList links={links} headingLevel={3} />
          </>
        )}

        <h2 className="govuk-heading-m">Your account</h2>
        <p className="govuk-body">
          <Link to={paths.changePassword}>Change your password</Link>
        </p>
        <h3 className="govuk-heading-s">Signed in somewhere else?</h3>
        <p className="govuk-body">
          If you signed in on a shared computer, or you think someone else has signed in to your
          account, sign out of all your other devices. You will stay signed in here. Change your
          password too if someone else might know it.
        </p>
        <form noValidate onSubmit={signOutElsewhere}>
          <Button variant="secondary">Sign out of all other devices</Button>
        </form>
      </div>
    </div>
  )
}
