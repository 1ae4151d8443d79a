import type { AsfApplication } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useLocation, useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { Link } from '../../../../components/link.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { asfQueries, parseApplicationId, useChangeAsfApplication } from '../../api/asf-queries.ts'
import { asfNoticeState } from '../../components/asf-notice.tsx'
import { financialYearOf } from '../../components/asf-words.tsx'
import { ApplicationForm, useApplicationForm } from './application-form.tsx'
import { applicationValuesOf } from './application-form-values.ts'
import { londonToday } from './asf-loaders.ts'
import { NotPossible } from './not-possible.tsx'

const title = 'Change the application'

/**
 * `/fund-applications/:applicationId/change`: a draft's form filled in as it was saved (the child
 * stays), sent with the version it was read at. If someone else changed the application first
 * (409), the page says so and keeps what was typed; its link reloads the application as it is now.
 */
export function ChangeApplicationPage() {
  const applicationId = parseApplicationId(useParams())
  const { data: application } = useSuspenseQuery(asfQueries.detail(applicationId))
  // Following the link to this page again (the reload after a conflict) runs the loader, which
  // fetches the application as it is now: the form starts again from it.
  const { key } = useLocation()

  if (!application.allowedActions.includes('change')) {
    return (
      <NotPossible
        caption={application.childName}
        title={title}
        applicationHref={pathTo(paths.fundApplication, { applicationId })}
      >
        Only a draft can be changed, by a support worker or a team manager.
      </NotPossible>
    )
  }
  return <ChangeApplicationForm key={key} application={application} />
}

function ChangeApplicationForm({ application }: { application: AsfApplication }) {
  const applicationId = application.id
  const applicationHref = pathTo(paths.fundApplication, { applicationId })
  const changeHref = pathTo(paths.changeFundApplication, { applicationId })
  const { data: register } = useSuspenseQuery(asfQueries.providers())
  // The version the form was filled in from, whatever a later fetch of the application brings.
  const [version] = useState(application.version)
  const applicationForm = useApplicationForm(() => applicationValuesOf(application), {
    savedRules: { financialYear: application.financialYear, rules: application.rules },
    applicationId: application.id,
  })
  const { form } = applicationForm
  // Someone else changed the application first (a 409): shown until the next submit.
  const [conflicted, setConflicted] = useState(false)
  usePageTitle(title, { hasError: form.hasErrors || conflicted })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      setConflicted(false)
      return applicationForm.check({ version })
    },
    mutation: useChangeAsfApplication(applicationId),
    navigateTo: () => ({ to: applicationHref, state: asfNoticeState('applicationChanged') }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        form.clear()
        setConflicted(true)
        return
      }
      applicationForm.clearDateErrorParts()
      form.showApiError(error)
    },
  })

  const thisYear = financialYearOf(londonToday())
  const financialYears = [...new Set([application.financialYear, thisYear, thisYear + 1])].sort(
    (a, b) => a - b,
  )
  // A provider the register no longer has stays choosable, so the BFF's message lands on it.
  const providers = [
    ...register.providers,
    ...application.lines
      .filter((line) => !register.providers.some((provider) => provider.id === line.providerId))
      .map((line) => ({ id: line.providerId, name: line.providerName })),
  ].filter((provider, at, all) => all.findIndex((other) => other.id === provider.id) === at)

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={applicationHref}>Back to the application</BackLink>
        {conflicted ? (
          <ErrorSummary
            errorList={[]}
            description={
              <>
                Someone else changed this application after you opened it, so your changes have not
                been saved. <Link to={changeHref}>Reload the application</Link> to see it as it is
                now, then make your changes again. What you have typed here will not be kept.
              </>
            }
          />
        ) : (
          <FormErrorSummary form={form} />
        )}
        <span className="govuk-caption-l">
          {application.childName} ({application.familyReference})
        </span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          You can change the application until it is sent for manager approval. The child cannot be
          changed.
        </p>
        <ApplicationForm
          values={applicationForm.values}
          setValues={applicationForm.setValues}
          form={form}
          dateErrorParts={applicationForm.dateErrorParts}
          financialYears={financialYears}
          allowance={applicationForm.allowance}
          matchFundingAllowed={applicationForm.matchFundingAllowed}
          providers={providers}
          submitText="Save changes"
          cancelHref={applicationHref}
          onSubmit={onSubmit}
        />
      </div>
    </div>
  )
}
