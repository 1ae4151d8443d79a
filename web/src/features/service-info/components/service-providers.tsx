import type { ServiceInfo } from '@asp/bff/contract'
import { useServiceInfo } from '../api/get-service-info.ts'

interface ServiceProvidersProps {
  /** The heading level of each organisation's name, under the section's own heading. */
  headingLevel?: 3 | 4
}

/** The organisations that provide the service and the councils each one works for. */
export function ServiceProviders({ headingLevel = 3 }: ServiceProvidersProps) {
  const { data, isPending, isError } = useServiceInfo()

  if (isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the organisations that provide this service…
      </p>
    )
  }

  if (isError) {
    return (
      <p className="govuk-body">
        We cannot show who provides this service at the moment. Your invitation email tells you
        which adoption support team to contact.
      </p>
    )
  }

  if (data.organisations.length === 0) {
    return (
      <p className="govuk-body">
        Your invitation email tells you which adoption support team provides this service for you.
      </p>
    )
  }

  return <OrganisationList organisations={data.organisations} headingLevel={headingLevel} />
}

function OrganisationList({
  organisations,
  headingLevel,
}: {
  organisations: ServiceInfo['organisations']
  headingLevel: 3 | 4
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <>
      {organisations.map((organisation) => (
        <div key={organisation.name}>
          <Heading className="govuk-heading-s app-service-providers__organisation">
            {organisation.name}
          </Heading>
          {organisation.localAuthorities.length > 0 && (
            <>
              <p className="govuk-body">Working for:</p>
              <ul className="govuk-list govuk-list--bullet">
                {organisation.localAuthorities.map((localAuthority) => (
                  <li key={localAuthority.name}>{localAuthority.name}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </>
  )
}
