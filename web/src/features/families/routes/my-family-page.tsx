import { useSuspenseQuery } from '@tanstack/react-query'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { MyTherapyApplications } from '../../asf/index.ts'
import { familyQueries } from '../api/get-family.ts'
import { FamilySummary } from '../components/family-summary.tsx'

/** `/my-family`: what the agency holds about an adoptive parent's own family. */
export function MyFamilyPage() {
  const { data: family } = useSuspenseQuery(familyQueries.mine())
  usePageTitle('Your family')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <h1 className="govuk-heading-l">Your family</h1>
        <p className="govuk-body">
          These are the details your adoption support team holds about your family. If anything is
          wrong or has changed, such as your address, tell your support worker.
        </p>
        <FamilySummary family={family} />
        <MyTherapyApplications />
      </div>
    </div>
  )
}
