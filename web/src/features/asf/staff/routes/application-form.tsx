import {
  asfEligibilities,
  asfEligibilityNames,
  asfOutcomeToolNames,
  asfOutcomeTools,
  asfTherapyTypeNames,
  asfTherapyTypes,
  type AsfAllowance,
  type AsfRules,
} from '@asp/bff/contract'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { AppHref } from '../../../../app/paths.ts'
import { Button } from '../../../../components/button.tsx'
import { DateInput } from '../../../../components/date-input.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Select, type SelectOption } from '../../../../components/select.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { useFormErrors, type FormErrors } from '../../../../lib/form-errors.tsx'
import { formatPence } from '../../../../lib/money.ts'
import { asfQueries } from '../../api/asf-queries.ts'
import { financialYearName } from '../../components/asf-words.tsx'
import {
  applicationFieldIds,
  applicationFormFields,
  checkApplicationForm,
  emptyLine,
  lineField,
  lineId,
  type ApplicationFormValues,
  type ApplicationInput,
  type ChangeApplicationBody,
  type DateErrorParts,
  type LinePart,
  type LineValues,
} from './application-form-values.ts'

/** An application has at most this many therapies (the contract's limit). */
const maxLines = 12

/**
 * The state of the application form, for the new and change pages: what was typed, the errors,
 * what is left of the fund for the child in the year chosen (the allowance), whether that year's
 * rules allow match funding, and the body made from the form when it is sent.
 */
export function useApplicationForm(
  initialValues: () => ApplicationFormValues,
  {
    firstChildId,
    savedRules,
    applicationId,
  }: {
    /** The child the summary's "Select the child" links to, when the form asks. */
    firstChildId?: string | undefined
    /** The rules a saved application was judged by, which the BFF keeps for its year. */
    savedRules?: { financialYear: number; rules: AsfRules }
    /** The application being changed: the allowance leaves out what it holds now. */
    applicationId?: string
  } = {},
) {
  const [values, setValues] = useState<ApplicationFormValues>(initialValues)
  const [dateErrorParts, setDateErrorParts] = useState<DateErrorParts>({})
  const form = useFormErrors(applicationFormFields(values.lines.length), {
    fieldIds: applicationFieldIds(values.lines.length, dateErrorParts, firstChildId),
  })

  const financialYear = Number(values.financialYear)
  const allowance = useQuery({
    ...asfQueries.allowance(values.childId, financialYear, applicationId),
    enabled: values.childId !== '',
  }).data
  const rules = savedRules?.financialYear === financialYear ? savedRules.rules : allowance?.rules
  const matchFundingAllowed = rules?.matchFundingAllowed ?? false

  /** The body to send, or `undefined` once the form shows what is wrong. */
  function check(target: { planServiceId?: string | undefined }): ApplicationInput | undefined
  function check(target: { version: number }): ChangeApplicationBody | undefined
  function check(
    target: { planServiceId?: string | undefined } | { version: number },
  ): ApplicationInput | ChangeApplicationBody | undefined {
    // Match funding the year's rules do not allow is not asked for, so it is not sent either.
    const sent = matchFundingAllowed ? values : { ...values, matchFunding: '' }
    const checked = checkApplicationForm(sent, target)
    setDateErrorParts(checked.dateErrorParts)
    if (!checked.body) {
      form.showErrors(checked.errors)
      return undefined
    }
    return checked.body
  }

  return {
    values,
    setValues,
    form,
    dateErrorParts,
    /** After the API's answer: its messages are about whole dates, so the summary links the day. */
    clearDateErrorParts: () => {
      setDateErrorParts({})
    },
    allowance,
    matchFundingAllowed,
    check,
  }
}

export interface ApplicationFormProps {
  values: ApplicationFormValues
  setValues: (change: (previous: ApplicationFormValues) => ApplicationFormValues) => void
  form: FormErrors<string>
  dateErrorParts: DateErrorParts
  /** The children to choose from; none when the child is known (one child, or a saved application). */
  childChoices?: { id: string; name: string }[]
  /** The financial years the application may be for. */
  financialYears: number[]
  allowance: AsfAllowance | undefined
  matchFundingAllowed: boolean
  /** The register's providers, and any the saved application names that it no longer has. */
  providers: { id: string; name: string }[]
  submitText: string
  cancelHref?: AppHref
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

/**
 * The application's form, to start an application or change a draft: the child (when there is a
 * choice), the financial year and what is left for the child in it, why the child is eligible, the
 * needs assessment's date, why the therapy is needed, the therapies (each a fieldset with a
 * "Remove" button, and "Add another therapy" under them: neither sends anything), and match
 * funding where the year's rules allow it.
 */
export function ApplicationForm({
  values,
  setValues,
  form,
  dateErrorParts,
  childChoices = [],
  financialYears,
  allowance,
  matchFundingAllowed,
  providers,
  submitText,
  cancelHref,
  onSubmit,
}: ApplicationFormProps) {
  // Where focus goes once a therapy is added (its first field) or removed (the therapies heading).
  const focusNext = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (focusNext.current !== undefined) {
      document.getElementById(focusNext.current)?.focus()
      focusNext.current = undefined
    }
  })

  const set = (change: Partial<ApplicationFormValues>) => {
    setValues((previous) => ({ ...previous, ...change }))
  }
  function changeLine(index: number, change: Partial<LineValues>) {
    setValues((previous) => ({
      ...previous,
      lines: previous.lines.map((line, at) => (at === index ? { ...line, ...change } : line)),
    }))
  }
  function addLine() {
    focusNext.current = lineId(values.lines.length, 'therapyType')
    setValues((previous) => ({ ...previous, lines: [...previous.lines, emptyLine()] }))
  }
  function removeLine(index: number) {
    focusNext.current = 'therapies-heading'
    // The messages name therapies by their place, which moves: they are shown again on the next try.
    form.clear()
    setValues((previous) => ({
      ...previous,
      lines: previous.lines.filter((_, at) => at !== index),
    }))
  }

  const providerOptions: SelectOption[] = [
    { value: '', text: 'Select a provider' },
    ...providers.map((provider) => ({ value: provider.id, text: provider.name })),
  ]

  return (
    <form noValidate onSubmit={onSubmit}>
      {childChoices.length > 1 && (
        <Radios
          name="childId"
          legend="Which child is the application for?"
          legendClassName="govuk-fieldset__legend--m"
          value={values.childId}
          onChange={(childId) => {
            set({ childId })
          }}
          errorMessage={form.errorFor('childId')}
          items={childChoices.map((child) => ({
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
        onChange={(financialYear) => {
          set({ financialYear })
        }}
        errorMessage={form.errorFor('financialYear')}
        items={financialYears.map((year) => ({
          value: String(year),
          label: financialYearName(year),
        }))}
      />
      {allowance && <AllowanceText allowance={allowance} />}
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
      <h2 id="therapies-heading" className="govuk-heading-m" tabIndex={-1}>
        Therapies
      </h2>
      {form.errorFor('lines') && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {form.errorFor('lines')}
        </p>
      )}
      {values.lines.map((line, index) => (
        <LineFieldset
          key={line.key}
          index={index}
          line={line}
          form={form}
          dateErrorParts={dateErrorParts}
          providerOptions={providerOptions}
          onChange={(change) => {
            changeLine(index, change)
          }}
          onRemove={
            values.lines.length > 1
              ? () => {
                  removeLine(index)
                }
              : undefined
          }
        />
      ))}
      {values.lines.length < maxLines && (
        <Button type="button" variant="secondary" onClick={addLine}>
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
        <Button preventDoubleClick>{submitText}</Button>
        {cancelHref && <Link to={cancelHref}>Cancel</Link>}
      </div>
    </form>
  )
}

/** What is left of the fund for the child in the year chosen, by that year's rules. */
function AllowanceText({ allowance }: { allowance: AsfAllowance }) {
  return (
    <InsetText>
      <p className="govuk-body">
        Left for this child in {financialYearName(allowance.financialYear)}:{' '}
        <strong>{formatPence(allowance.remainingPence)}</strong> of the fund’s{' '}
        {formatPence(allowance.rules.fairAccessLimitPence)} limit
        {allowance.rules.assessmentsWithinLimit
          ? `, which includes specialist assessments of up to ${formatPence(allowance.rules.assessmentLimitPence)}`
          : ` for therapy, and ${formatPence(allowance.remainingAssessmentPence)} for specialist assessments`}
        . ({allowance.rules.name}.)
      </p>
    </InsetText>
  )
}

/** One therapy of the application, in a fieldset of its own. */
function LineFieldset({
  index,
  line,
  form,
  dateErrorParts,
  providerOptions,
  onChange,
  onRemove,
}: {
  index: number
  line: LineValues
  form: FormErrors<string>
  dateErrorParts: DateErrorParts
  providerOptions: SelectOption[]
  onChange: (change: Partial<LineValues>) => void
  /** Absent for the only therapy: an application has at least one. */
  onRemove: (() => void) | undefined
}) {
  const field = (part: LinePart) => ({
    name: lineField(index, part),
    id: lineId(index, part),
    errorMessage: form.errorFor(lineField(index, part)),
  })
  const choice = (part: 'therapyType' | 'providerId' | 'outcomeTool') => ({
    ...field(part),
    value: line[part],
    onChange: (event: { target: { value: string } }) => {
      onChange({ [part]: event.target.value })
    },
  })
  const text = (
    part: 'sessions' | 'costPence' | 'baselineScore',
    key: 'sessions' | 'cost' | 'baselineScore',
  ) => ({
    ...field(part),
    value: line[key],
    onChange: (event: { target: { value: string } }) => {
      onChange({ [key]: event.target.value })
    },
  })

  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        Therapy {index + 1}
      </legend>
      <Select
        {...choice('therapyType')}
        label="Type of therapy"
        options={[
          { value: '', text: 'Select the type of therapy' },
          ...asfTherapyTypes.map((value) => ({ value, text: asfTherapyTypeNames[value] })),
        ]}
      />
      <Select {...choice('providerId')} label="Provider" options={providerOptions} />
      <TextInput
        {...text('sessions', 'sessions')}
        label="Number of sessions"
        className="govuk-input--width-3"
        inputMode="numeric"
      />
      <TextInput
        {...text('costPence', 'cost')}
        label="Cost"
        prefix="£"
        className="govuk-input--width-10"
        inputMode="decimal"
      />
      <Select
        {...choice('outcomeTool')}
        label="Outcome measure"
        hint="The measure the fund asks for, scored at the start and the end"
        options={[
          { value: '', text: 'Select the outcome measure' },
          ...asfOutcomeTools.map((value) => ({ value, text: asfOutcomeToolNames[value] })),
        ]}
      />
      <TextInput
        {...text('baselineScore', 'baselineScore')}
        label="Baseline score (optional)"
        className="govuk-input--width-4"
        inputMode="numeric"
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
          onChange({ endsOn })
        }}
      />
      {onRemove && (
        <Button type="button" variant="secondary" onClick={onRemove}>
          Remove therapy {index + 1}
        </Button>
      )}
    </fieldset>
  )
}
