import { RoleLinkList } from '../../../app/role-link-list.tsx'
import { administrationLinks } from '../../../app/role-links.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { useSignedInSession } from '../../session/index.ts'

/**
 * `/administration`: the staff administration the reader's role can do (inviting people, staff
 * accounts, local authorities), which the service navigation keeps under one link.
 */
export function AdministrationPage() {
  const { user } = useSignedInSession()
  usePageTitle('Administration')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{user.organisationName}</span>
        <h1 className="govuk-heading-l">Administration</h1>
        <RoleLinkList links={administrationLinks(user.role)} headingLevel={2} />
      </div>
    </div>
  )
}
