import {
  asfEligibilities,
  asfEligibilityNames,
  asfOutcomeToolNames,
  asfOutcomeTools,
  asfTherapyTypeNames,
  asfTherapyTypes,
} from '@asp/bff/contract'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DatePart } from '../../../../components/date-input.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Select } from '../../../../components/select.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { formatPence } from '../../../../lib/money.ts'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { asfQueries, useCreateAsfApplication } from '../../api/asf-queries.ts'
import { financialYearName } from '../../components/asf-words.tsx'
import {
  applicationFormFields,
  checkApplicationForm,
  emptyApplicationValues,
  emptyLine,
  lineField,
  lineId,
  type ApplicationFormValues,
  type LineValues,
} from './application-form-values.ts'
import { newApplicationQueryOf } from './asf-loaders.ts'

/** An application has at most this many therapies (the contract's limit). */
const maxLines = 12

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
  const [values, setValues] = useState<ApplicationFormValues>(() =>
    emptyApplicationValues({
      childIds: start.children.map((child) => child.id),
      financialYear: start.financialYear,
      assessedOn: start.planService?.assessedOn,
      line: start.planService
        ? { cost: start.planService.costPence, endsOn: start.planService.endsOn }
        : {},
    }),
  )
  const [dateErrorParts, setDateErrorParts] = useState<Partial<Record<string, DatePart[]>>>({})
  const fields = applicationFormFields(values.lines.length)
  const fieldIds: Record<string, string> = {
    childId: `childId-${start.children[0]?.id ?? ''}`,
    financialYear: 'financialYear',
    eligibility: 'eligibility',
    assessedOn: `assessedOn-${dateErrorParts.assessedOn?.[0] ?? 'day'}`,
    lines: lineId(0, 'therapyType'),
  }
  values.lines.forEach((_, index) => {
    for (const part of [
      'therapyType',
      'providerId',
      'sessions',
      'costPence',
      'outcomeTool',
      'baselineScore',
    ] as const) {
      fieldIds[lineField(index, part)] = lineId(index, part)
    }
    const endsOn = lineField(index, 'endsOn')
    fieldIds[endsOn] = `${lineId(index, 'endsOn')}-${dateErrorParts[endsOn]?.[0] ?? 'day'}`
  })
  const form = useFormErrors(fields, { fieldIds })
  usePageTitle('Apply to the Adoption Support Fund', { hasError: form.hasErrors })

  const financialYear = Number(values.financialYear)
  const allowance = useQuery({
    ...asfQueries.allowance(values.childId, financialYear),
    enabled: values.childId !== '',
  }).data
  const matchFundingAllowed = allowance?.rules.matchFundingAllowed ?? false

  const set = (change: Partial<ApplicationFormValues>) => {
    setValues((current) => ({ ...current, ...change }))
  }
  const setLine = (index: number, change: Partial<LineValues>) => {
    setValues((current) => ({
      ...current,
      lines: current.lines.map((line, at) => (at === index ? { ...line, ...change } : line)),
    }))
  }

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const checked = checkApplicationForm(
        matchFundingAllowed ? values : { ...values, matchFunding: '' },
        query.planServiceId,
      )
      setDateErrorParts(checked.dateErrorParts)
      if (!checked.body) {
        form.showErrors(checked.errors)
        return undefined
      }
      return checked.body
    },
    mutation: useCreateAsfApplication(),
    navigateTo: (application) => pathTo(paths.fundApplication, { applicationId: application.id }),
  })

  const providerOptions = [
    { value: '', text: 'Select a provider' },
    ...register.providers.map((provider) => ({ value: provider.id, text: provider.name })),
  ]
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
        <form noValidate onSubmit={onSubmit}>
          {!onlyChild && (
            <Radios
              name="childId"
              legend="Which child is the application for?"
              legendClassName="govuk-fieldset__legend--m"
              value={values.childId}
              onChange={(childId) => {
                set({ childId })
              }}
              errorMessage={form.errorFor('childId')}
              items={start.children.map((child) => ({
                value: child.id,
                id: `childId-${child.id}`,
                label: child.name,
              }))}
            />
          )}
          <Radios
            name="financialYear"
            legend="Which financial year is it for?"
            legendClassName="govuk-fieldset__legend--m"
            value={values.financialYear}
            onChange={(year) => {
              set({ financialYear: year })
            }}
            errorMessage={form.errorFor('financialYear')}
            items={[start.financialYear, start.financialYear + 1].map((year) => ({
              value: String(year),
              label: financialYearName(year),
            }))}
          />
          {allowance && (
            <InsetText>
              Left for this child in {financialYearName(allowance.financialYear)}:{' '}
              <strong>{formatPence(allowance.remainingPence)}</strong> of the fund’s{' '}
              {formatPence(allowance.rules.fairAccessLimitPence)} limit
              {allowance.rules.assessmentsWithinLimit
                ? `, which includes specialist assessments of up to ${formatPence(allowance.rules.assessmentLimitPence)}`
                : ` for therapy, and ${formatPence(allowance.remainingAssessmentPence)} for specialist assessments`}
              . ({allowance.rules.name}.)
            </InsetText>
          )}
          <Radios
            name="eligibility"
            legend="Why is the child eligible?"
            legendClassName="govuk-fieldset__legend--m"
            value={values.eligibility}
            onChange={(eligibility) => {
              set({ eligibility })
            }}
            errorMessage={form.errorFor('eligibility')}
            items={asfEligibilities.map((value) => ({
              value,
              label: asfEligibilityNames[value],
            }))}
          />
          <DateInput
            id="assessedOn"
            namePrefix="assessedOn"
            legend="When was the needs assessment finished?"
            legendClassName="govuk-fieldset__legend--m"
            hint="The application is due 20 working days after it. For example, 27 3 2026"
            value={values.assessedOn}
            errorMessage={form.errorFor('assessedOn')}
            errorFields={dateErrorParts.assessedOn}
            onChange={(assessedOn) => {
              set({ assessedOn })
            }}
          />
          <Textarea
            name="justification"
            label="Why is the therapy needed?"
            labelClassName="govuk-label--m"
            hint="What the assessment found and what the therapy should change. Write names as you would in the case record: the summary for the fund takes them out."
            rows={6}
            value={values.justification}
            errorMessage={form.errorFor('justification')}
            onChange={(event) => {
              set({ justification: event.target.value })
            }}
          />
          <h2 className="govuk-heading-m">Therapies</h2>
          {form.errorFor('lines') && (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {form.errorFor('lines')}
            </p>
          )}
          {values.lines.map((line, index) => (
            <fieldset key={line.key} className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Therapy {index + 1}
              </legend>
              <Select
                name={lineField(index, 'therapyType')}
                id={lineId(index, 'therapyType')}
                label="Type of therapy"
                value={line.therapyType}
                errorMessage={form.errorFor(lineField(index, 'therapyType'))}
                onChange={(event) => {
                  setLine(index, { therapyType: event.target.value })
                }}
                options={[
                  { value: '', text: 'Select the type of therapy' },
                  ...asfTherapyTypes.map((value) => ({
                    value,
                    text: asfTherapyTypeNames[value],
                  })),
                ]}
              />
              <Select
                name={lineField(index, 'providerId')}
                id={lineId(index, 'providerId')}
                label="Provider"
                value={line.providerId}
                errorMessage={form.errorFor(lineField(index, 'providerId'))}
                onChange={(event) => {
                  setLine(index, { providerId: event.target.value })
                }}
                options={providerOptions}
              />
              <TextInput
                name={lineField(index, 'sessions')}
                id={lineId(index, 'sessions')}
                label="Number of sessions"
                className="govuk-input--width-3"
                inputMode="numeric"
                value={line.sessions}
                errorMessage={form.errorFor(lineField(index, 'sessions'))}
                onChange={(event) => {
                  setLine(index, { sessions: event.target.value })
                }}
              />
              <TextInput
                name={lineField(index, 'costPence')}
                id={lineId(index, 'costPence')}
                label="Cost"
                prefix="£"
                className="govuk-input--width-10"
                inputMode="decimal"
                value={line.cost}
                errorMessage={form.errorFor(lineField(index, 'costPence'))}
                onChange={(event) => {
                  setLine(index, { cost: event.target.value })
                }}
              />
              <Select
                name={lineField(index, 'outcomeTool')}
                id={lineId(index, 'outcomeTool')}
                label="Outcome measure"
                hint="The measure the fund asks for, scored at the start and the end"
                value={line.outcomeTool}
                errorMessage={form.errorFor(lineField(index, 'outcomeTool'))}
                onChange={(event) => {
                  setLine(index, { outcomeTool: event.target.value })
                }}
                options={[
                  { value: '', text: 'Select the outcome measure' },
                  ...asfOutcomeTools.map((value) => ({
                    value,
                    text: asfOutcomeToolNames[value],
                  })),
                ]}
              />
              <TextInput
                name={lineField(index, 'baselineScore')}
                id={lineId(index, 'baselineScore')}
                label="Baseline score (optional)"
                className="govuk-input--width-4"
                inputMode="numeric"
                value={line.baselineScore}
                errorMessage={form.errorFor(lineField(index, 'baselineScore'))}
                onChange={(event) => {
                  setLine(index, { baselineScore: event.target.value })
                }}
              />
              <DateInput
                id={lineId(index, 'endsOn')}
                namePrefix={lineId(index, 'endsOn')}
                legend="When does the therapy end?"
                hint="Therapy must finish by 31 March of the financial year"
                value={line.endsOn}
                errorMessage={form.errorFor(lineField(index, 'endsOn'))}
                errorFields={dateErrorParts[lineField(index, 'endsOn')]}
                onChange={(endsOn) => {
                  setLine(index, { endsOn })
                }}
              />
              {values.lines.length > 1 && (
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    set({ lines: values.lines.filter((_, at) => at !== index) })
                  }}
                >
                  Remove therapy {index + 1}
                </Button>
              )}
            </fieldset>
          ))}
          {values.lines.length < maxLines && (
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                set({ lines: [...values.lines, emptyLine()] })
              }}
            >
              Add another therapy
            </Button>
          )}
          {matchFundingAllowed && (
            <TextInput
              name="matchFundingPence"
              label="Match funding from the council"
              labelClassName="govuk-label--m"
              hint="The part over the fund’s limits, which the council pays"
              prefix="£"
              className="govuk-input--width-10"
              inputMode="decimal"
              value={values.matchFunding}
              errorMessage={form.errorFor('matchFundingPence')}
              onChange={(event) => {
                set({ matchFunding: event.target.value })
              }}
            />
          )}
          <div className="govuk-button-group">
            <Button preventDoubleClick>Save as a draft</Button>
          </div>
        </form>
      </div>
    </div>
  )
}
