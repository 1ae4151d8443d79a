import { asfApplicationStatusNames, asfTherapyTypeNames } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { SummaryList } from '../../../components/summary-list.tsx'
import { formatDate } from '../../../lib/dates.ts'
import { asfQueries } from '../api/asf-queries.ts'
import { financialYearName } from '../components/asf-words.tsx'

/**
 * What an adoptive parent sees of the Adoption Support Fund: the therapy applied for for each of
 * their children, its provider, where the application is and its dates. No notes, no money. A
 * card each, so that it reads on a phone as on a desk.
 */
export function MyTherapyApplications() {
  const { data } = useSuspenseQuery(asfQueries.mine())
  return (
    <>
      <h2 className="govuk-heading-m">Therapy funded by the Adoption Support Fund</h2>
      {data.applications.length === 0 && (
        <p className="govuk-body">
          We have not applied to the Adoption Support Fund for any of your children.
        </p>
      )}
      {data.applications.map((application) => (
        <SummaryList
          key={application.id}
          card={{
            title: `${application.childFirstName}, ${financialYearName(application.financialYear)}`,
            headingLevel: 3,
          }}
          rows={[
            {
              key: 'Therapy',
              value: application.therapies
                .map(
                  (therapy) =>
                    `${asfTherapyTypeNames[therapy.therapyType]} with ${therapy.providerName}, until ${formatDate(therapy.endsOn)}`,
                )
                .join('; '),
            },
            { key: 'Where it is', value: asfApplicationStatusNames[application.status] },
            {
              key: 'Sent to the fund',
              value: application.submittedOn ? formatDate(application.submittedOn) : 'Not yet',
            },
            {
              key: 'Decided',
              value: application.decidedOn ? formatDate(application.decidedOn) : 'Not yet',
            },
          ]}
        />
      ))}
    </>
  )
}
