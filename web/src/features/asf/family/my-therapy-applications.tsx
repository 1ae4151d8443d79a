import { asfApplicationStatusNames, asfTherapyTypeNames } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Table } from '../../../components/table.tsx'
import { formatDate } from '../../../lib/dates.ts'
import { asfQueries } from '../api/asf-queries.ts'
import { financialYearName } from '../components/asf-words.tsx'

/**
 * What an adoptive parent sees of the Adoption Support Fund: the therapy applied for for each of
 * their children, its provider, where the application is and its dates. No notes, no money.
 */
export function MyTherapyApplications() {
  const { data } = useSuspenseQuery(asfQueries.mine())
  return (
    <>
      <h2 className="govuk-heading-m">Therapy funded by the Adoption Support Fund</h2>
      {data.applications.length === 0 ? (
        <p className="govuk-body">
          We have not applied to the Adoption Support Fund for any of your children.
        </p>
      ) : (
        <Table
          caption="Applications to the Adoption Support Fund"
          captionClassName="govuk-visually-hidden"
          head={[
            { text: 'Child' },
            { text: 'Therapy' },
            { text: 'Year' },
            { text: 'Where it is' },
            { text: 'Dates' },
          ]}
          rows={data.applications.map((application) => [
            { text: application.childFirstName },
            {
              text: application.therapies
                .map(
                  (therapy) =>
                    `${asfTherapyTypeNames[therapy.therapyType]} with ${therapy.providerName}, until ${formatDate(therapy.endsOn)}`,
                )
                .join('; '),
            },
            { text: financialYearName(application.financialYear) },
            { text: asfApplicationStatusNames[application.status] },
            {
              text: [
                application.submittedOn &&
                  `Sent to the fund ${formatDate(application.submittedOn)}`,
                application.decidedOn && `Decided ${formatDate(application.decidedOn)}`,
              ]
                .filter(Boolean)
                .join('. '),
            },
          ])}
        />
      )}
    </>
  )
}
