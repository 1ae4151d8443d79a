import { canStartAssessments } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { NoticeBanner } from '../../../app/notices.tsx'
import { paths, pathTo, withQuery } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Link } from '../../../components/link.tsx'
import { canRecordConflicts } from '../../administration/index.ts'
import { useSignedInSession } from '../../session/index.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { FamilySummary, familyName } from '../components/family-summary.tsx'
import { canChangeFamilies, canInviteFamilies } from './family-roles.ts'

/** `/families/:familyId`: a family's record, for staff who work on its case. */
export function FamilyPage() {
  const familyId = parseFamilyId(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const { user } = useSignedInSession()
  const name = familyName(family)
  usePageTitle(name)
  const links = [
    ...(canStartAssessments(user.role)
      ? [
          {
            href: withQuery(paths.newNeedsAssessment, { familyId }),
            text: 'Start an assessment of need',
          },
        ]
      : []),
    // An application to the fund is for one child: the writers of assessments write them too.
    ...(canStartAssessments(user.role)
      ? family.children.map((child) => ({
          href: withQuery(paths.newFundApplication, { childId: child.id }),
          text: `Apply to the Adoption Support Fund for ${child.firstName}`,
        }))
      : []),
    ...(user.role === 'team_manager'
      ? [
          {
            href: pathTo(paths.familyAudit, { familyId }),
            text: 'Check who has viewed or changed this record',
          },
        ]
      : []),
    ...(canRecordConflicts(user.role)
      ? [
          {
            href: pathTo(paths.recordConflictOfInterest, { familyId }),
            text: 'Record a conflict of interest',
          },
        ]
      : []),
  ]

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <NoticeBanner />
        <span className="govuk-caption-l">Family {family.reference}</span>
        <h1 className="govuk-heading-l">{name}</h1>
        {links.length > 0 && (
          <ul className="govuk-list">
            {links.map((link) => (
              <li key={link.href}>
                <Link to={link.href}>{link.text}</Link>
              </li>
            ))}
          </ul>
        )}
        <FamilySummary
          family={family}
          canChange={canChangeFamilies(user.role)}
          canInvite={canInviteFamilies(user.role)}
        />
      </div>
    </div>
  )
}
