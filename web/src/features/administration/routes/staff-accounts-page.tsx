import { roleNames, type StaffMember } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { NoticeBanner } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Link } from '../../../components/link.tsx'
import { ScrollContainer } from '../../../components/scroll-container.tsx'
import { Table, type TableCell } from '../../../components/table.tsx'
import { Tag } from '../../../components/tag.tsx'
import { useSignedInSession } from '../../session/index.ts'
import { staffQueries } from '../api/find-staff.ts'
import { canChangeStaffAccounts } from './administration-roles.ts'

/** "Coventry City Council, Solihull Metropolitan Borough Council", or "None". */
export function localAuthorityNames(member: Pick<StaffMember, 'localAuthorities'>): string {
  return member.localAuthorities.length === 0
    ? 'None'
    : member.localAuthorities.map((localAuthority) => localAuthority.name).join(', ')
}

/**
 * `/staff`: the agency's staff accounts, for administrators (who can change them) and team
 * managers (who can look).
 */
export function StaffAccountsPage() {
  const {
    data: { staff },
  } = useSuspenseQuery(staffQueries.list())
  const { user } = useSignedInSession()
  const canChange = canChangeStaffAccounts(user.role)
  usePageTitle('Staff accounts')

  function row(member: StaffMember): TableCell[] {
    const cells: TableCell[] = [
      {
        text: (
          <>
            {member.name}
            <br />
            <span className="app-break-words">{member.email}</span>
          </>
        ),
      },
      { text: roleNames[member.role] },
      { text: localAuthorityNames(member) },
      {
        text: member.disabled ? (
          <Tag colour="grey">Disabled</Tag>
        ) : (
          <Tag colour="green">Active</Tag>
        ),
      },
    ]
    if (canChange) {
      cells.push({
        text: (
          <Link to={pathTo(paths.changeStaffAccount, { userId: member.id })}>
            Change<span className="govuk-visually-hidden"> {member.name}</span>
          </Link>
        ),
      })
    }
    return cells
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <NoticeBanner />
        <span className="govuk-caption-l">{user.organisationName}</span>
        <h1 className="govuk-heading-l">Staff accounts</h1>
        {canChange ? (
          <p className="govuk-body">
            Change a member of staff’s role or the local authorities they work for, or disable their
            account. To add a member of staff,{' '}
            <Link to={paths.invitePerson}>invite them to create an account</Link>.
          </p>
        ) : (
          <p className="govuk-body">
            The agency’s staff, their roles and the local authorities they work for. Ask an
            administrator to change an account.
          </p>
        )}
        {staff.length === 0 ? (
          <p className="govuk-body">There are no staff accounts yet.</p>
        ) : (
          <ScrollContainer label="Staff accounts">
            <Table
              caption={`${String(staff.length)} ${staff.length === 1 ? 'staff account' : 'staff accounts'}`}
              captionClassName="govuk-table__caption--m"
              head={[
                { text: 'Name' },
                { text: 'Role' },
                { text: 'Local authorities' },
                { text: 'Status' },
                ...(canChange
                  ? [{ text: <span className="govuk-visually-hidden">Action</span> }]
                  : []),
              ]}
              rows={staff.map(row)}
            />
          </ScrollContainer>
        )}
      </div>
    </div>
  )
}
