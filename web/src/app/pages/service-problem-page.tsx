import { usePageTitle } from '../use-page-title.ts'

export interface ServiceProblemPageProps {
  /** The BFF's request id, for the user to quote if they contact the team. */
  requestId?: string | undefined
}

/** GOV.UK "There is a problem with the service" pattern. */
export function ServiceProblemPage({ requestId }: ServiceProblemPageProps) {
  usePageTitle('Sorry, there is a problem with the service')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
        <p className="govuk-body">
          Contact your adoption support team if you need to speak to someone about adoption support.
        </p>
        {requestId !== undefined && (
          <p className="govuk-body">
            If you contact the team about this problem, tell them this reference:{' '}
            <strong className="app-break-words">{requestId}</strong>
          </p>
        )}
      </div>
    </div>
  )
}
