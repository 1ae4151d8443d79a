import { useSuspenseQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { InsetText } from '../../../../components/inset-text.tsx'
import { FormErrorSummary } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { asfQueries, useCreateAsfApplication } from '../../api/asf-queries.ts'
import { ApplicationForm, useApplicationForm } from './application-form.tsx'
import { emptyApplicationValues } from './application-form-values.ts'
import { newApplicationQueryOf } from './asf-loaders.ts'

/**
 * `/fund-applications/new?childId=…` or `?planServiceId=…`: a support worker's application for a
 * child, from a support plan's service or directly. It shows what is left of the fund for the child
 * in the year chosen, by the rules for that year, and asks for match funding only where they allow
 * it.
 */
export function NewApplicationPage() {
  const [searchParams] = useSearchParams()
  const query = newApplicationQueryOf(searchParams)
  const { data: start } = useSuspenseQuery(asfQueries.start(query))
  const { data: register } = useSuspenseQuery(asfQueries.providers())
  const applicationForm = useApplicationForm(
    () =>
      emptyApplicationValues({
        childIds: start.children.map((child) => child.id),
        financialYear: start.financialYear,
        assessedOn: start.planService?.assessedOn,
        line: start.planService
          ? { cost: start.planService.costPence, endsOn: start.planService.endsOn }
          : {},
      }),
    { firstChildId: start.children[0]?.id },
  )
  const { form } = applicationForm
  usePageTitle('Apply to the Adoption Support Fund', { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => applicationForm.check({ planServiceId: query.planServiceId }),
    mutation: useCreateAsfApplication(),
    navigateTo: (saved) => pathTo(paths.fundApplication, { applicationId: saved.id }),
  })

  const onlyChild = start.children.length === 1 ? start.children[0] : undefined

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        {onlyChild && (
          <span className="govuk-caption-l">
            {onlyChild.name} ({onlyChild.familyReference})
          </span>
        )}
        <h1 className="govuk-heading-l">Apply to the Adoption Support Fund</h1>
        {start.planService && (
          <InsetText>
            From the support plan’s service: {start.planService.description}, provided by{' '}
            {start.planService.provider}.
          </InsetText>
        )}
        <ApplicationForm
          values={applicationForm.values}
          setValues={applicationForm.setValues}
          form={form}
          dateErrorParts={applicationForm.dateErrorParts}
          childChoices={start.children}
          financialYears={[start.financialYear, start.financialYear + 1]}
          allowance={applicationForm.allowance}
          matchFundingAllowed={applicationForm.matchFundingAllowed}
          providers={register.providers}
          submitText="Save as a draft"
          onSubmit={onSubmit}
        />
      </div>
    </div>
  )
}
