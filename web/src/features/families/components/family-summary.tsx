import type { Family } from '@asp/bff/contract'
import { paths, pathTo, withQuery } from '../../../app/paths.ts'
import { Button } from '../../../components/button.tsx'
import { SummaryList, type SummaryListAction } from '../../../components/summary-list.tsx'
import { formatDate } from '../../../lib/dates.ts'

const parentKinds = { adopter: 'Adoptive parent', special_guardian: 'Special guardian' } as const

export interface FamilySummaryProps {
  family: Family
  /** Shows "Change" links to the address, parent and child forms, and "Add a child" (support workers and team managers). */
  canChange?: boolean
  /** Shows "Invite" links for parents without an account (support workers and team managers). */
  canInvite?: boolean
}

/** A family's address and contact details, parents and children, as summary cards. */
export function FamilySummary({
  family,
  canChange = false,
  canInvite = false,
}: FamilySummaryProps) {
  const changeHref = pathTo(paths.changeFamilyAddress, { familyId: family.id })
  const change = (visuallyHiddenText: string): SummaryListAction[] =>
    canChange ? [{ href: changeHref, text: 'Change', visuallyHiddenText }] : []

  return (
    <>
      <SummaryList
        card={{ title: 'Address and contact details', headingLevel: 2 }}
        rows={[
          { key: 'Family reference', value: family.reference },
          {
            key: 'Address',
            value: (
              <>
                {[family.address.line1, family.address.line2, family.address.town]
                  .filter((line): line is string => line !== null && line !== '')
                  .map((line, index) => (
                    <span key={index}>
                      {line}
                      <br />
                    </span>
                  ))}
                {family.address.postcode}
              </>
            ),
            actions: change('address'),
          },
          {
            key: 'Telephone number',
            value: family.phone ?? 'Not recorded',
            actions: change('telephone number'),
          },
          {
            key: 'Responsible local authority',
            value: family.localAuthority.name,
            actions: change('responsible local authority'),
          },
        ]}
      />

      <h2 className="govuk-heading-m">Parents</h2>
      {family.parents.length === 0 && <p className="govuk-body">No parents are recorded.</p>}
      {family.parents.map((parent) => (
        <SummaryList
          key={parent.id}
          card={{
            title: parent.fullName,
            headingLevel: 3,
            actions: [
              ...(canChange
                ? [
                    {
                      href: pathTo(paths.changeParent, {
                        familyId: family.id,
                        parentId: parent.id,
                      }),
                      text: 'Change',
                    },
                  ]
                : []),
              ...(canInvite && !parent.hasAccount && parent.email !== null
                ? [
                    {
                      href: withQuery(paths.invitePerson, {
                        familyId: family.id,
                        familyParentId: parent.id,
                      }),
                      text: 'Invite to create an account',
                    },
                  ]
                : []),
            ],
          }}
          rows={[
            { key: 'Relationship', value: parentKinds[parent.kind] },
            {
              key: 'Email address',
              value:
                parent.email === null ? (
                  'Not recorded'
                ) : (
                  <span className="app-break-words">{parent.email}</span>
                ),
            },
            { key: 'Account', value: parent.hasAccount ? 'Has an account' : 'No account yet' },
          ]}
        />
      ))}

      <h2 className="govuk-heading-m">Children</h2>
      {family.children.length === 0 && <p className="govuk-body">No children are recorded.</p>}
      {family.children.map((child) => (
        <SummaryList
          key={child.id}
          card={{
            title: `${child.firstName} ${child.lastName}`,
            headingLevel: 3,
            actions: canChange
              ? [
                  {
                    href: pathTo(paths.changeChild, { familyId: family.id, childId: child.id }),
                    text: 'Change',
                  },
                ]
              : [],
          }}
          rows={[
            { key: 'Date of birth', value: formatDate(child.dateOfBirth) },
            {
              key: 'Date of adoption order',
              value:
                child.adoptionOrderDate === null
                  ? 'No adoption order'
                  : formatDate(child.adoptionOrderDate),
            },
          ]}
        />
      ))}
      {canChange && (
        <Button href={pathTo(paths.addChild, { familyId: family.id })} variant="secondary">
          Add a child
        </Button>
      )}
    </>
  )
}

/** "Sarah Philips and James Philips": who a family is, for its page heading. */
export function familyName(family: Family): string {
  const names = family.parents.map((parent) => parent.fullName)
  if (names.length === 0) {
    return `Family ${family.reference}`
  }
  return names.length === 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
}
