import {
  asfEligibilityNames,
  asfOutcomeToolNames,
  asfTherapyTypeNames,
  type AsfApplication,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { formatPence } from '../../../../lib/money.ts'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { asfQueries, parseApplicationId, useRenewAsfApplication } from '../../api/asf-queries.ts'
import { asfNoticeState } from '../../components/asf-notice.tsx'
import { financialYearName, renewalFinancialYear } from '../../components/asf-words.tsx'
import { londonToday } from './asf-loaders.ts'
import { NotPossible } from './not-possible.tsx'

/**
 * `/fund-applications/:applicationId/renew`: what renewing copies into next financial year's
 * application and what it changes, and the button that starts it. The renewal is a draft of its
 * own; the page goes to it once it is made.
 */
export function RenewApplicationPage() {
  const applicationId = parseApplicationId(useParams())
  const { data: application } = useSuspenseQuery(asfQueries.detail(applicationId))

  if (!application.allowedActions.includes('renew')) {
    return (
      <NotPossible
        caption={application.childName}
        title="Renew the application"
        applicationHref={pathTo(paths.fundApplication, { applicationId })}
      >
        Only an application the fund approved can be renewed, by a support worker or a team manager.
      </NotPossible>
    )
  }
  return <RenewForm application={application} />
}

function RenewForm({ application }: { application: AsfApplication }) {
  const applicationHref = pathTo(paths.fundApplication, { applicationId: application.id })
  const year = renewalFinancialYear(application.financialYear, londonToday())
  const title = `Renew the application for ${financialYearName(year)}`
  const form = useFormErrors([] as const)
  usePageTitle(title, { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => null,
    mutation: useRenewAsfApplication(application.id),
    navigateTo: (renewal) => ({
      to: pathTo(paths.fundApplication, { applicationId: renewal.id }),
      state: asfNoticeState('renewalStarted'),
    }),
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={applicationHref}>Back to the application</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">
          {application.childName} ({application.familyReference})
        </span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          This starts a draft application for {financialYearName(year)} from the{' '}
          {financialYearName(application.financialYear)} one. The{' '}
          {financialYearName(application.financialYear)} application does not change.
        </p>

        <h2 className="govuk-heading-m">What is copied</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>why the child is eligible: {asfEligibilityNames[application.eligibility]}</li>
          <li>why the therapy is needed</li>
          <li>
            the therapies:
            <ul className="govuk-list govuk-list--bullet">
              {application.lines.map((line) => (
                <li key={line.id}>
                  {asfTherapyTypeNames[line.therapyType]} with {line.providerName}:{' '}
                  {String(line.sessions)} {line.sessions === 1 ? 'session' : 'sessions'} costing{' '}
                  {formatPence(line.costPence)}, measured by {asfOutcomeToolNames[line.outcomeTool]}
                </li>
              ))}
            </ul>
          </li>
        </ul>

        <h2 className="govuk-heading-m">What changes</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>each therapy ends on {formatDate(`${String(year + 1)}-03-31`)}</li>
          <li>
            a therapy’s end score, if it has one, becomes its baseline score; otherwise it has no
            baseline score yet
          </li>
          <li>
            the date the needs assessment was finished is today: change it to the date of the latest
            assessment
          </li>
          <li>there is no match funding</li>
        </ul>
        <p className="govuk-body">
          The draft counts against what is left of the fund for the child in{' '}
          {financialYearName(year)}. If the therapies come to more than that, change them before you
          send the draft for manager approval.
        </p>

        <form noValidate onSubmit={onSubmit}>
          <div className="govuk-button-group">
            <Button preventDoubleClick>Start the renewal</Button>
            <Link to={applicationHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
