import { fundingSourceNames, fundingSources } from '@asp/bff/contract'
import { useEffect, useRef, type FormEvent } from 'react'
import type { AppHref } from '../../../../app/paths.ts'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DateParts } from '../../../../components/date-input.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Select } from '../../../../components/select.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import type { FormErrors } from '../../../../lib/form-errors.tsx'
import {
  emptyService,
  serviceField,
  serviceId,
  type DateErrorParts,
  type PlanFormValues,
  type ServicePart,
  type ServiceValues,
} from './plan-form-values.ts'
import type { PlanWorker } from './plan-workers-choice.ts'

/** The most services a plan may have (the contract's limit). */
const maxServices = 30

export interface PlanFormProps {
  values: PlanFormValues
  setValues: (change: (previous: PlanFormValues) => PlanFormValues) => void
  form: FormErrors<string>
  dateErrorParts: DateErrorParts
  /** Who may be named: the agency's support workers and team managers. */
  workers: PlanWorker[]
  /** "Date of the first review" for a new plan, "Date of the next review" for a plan in place. */
  reviewLegend: string
  submitText: string
  cancelHref: AppHref
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

/**
 * The support plan's form, to write a plan or change one: the named worker, the date of the next
 * review and the services, each in a fieldset of its own with a "Remove" button, and "Add another
 * service" under them (the GOV.UK "add another" pattern, done in the page: neither button sends
 * anything).
 */
export function PlanForm({
  values,
  setValues,
  form,
  dateErrorParts,
  workers,
  reviewLegend,
  submitText,
  cancelHref,
  onSubmit,
}: PlanFormProps) {
  // Where focus goes once a service is added (its first field) or removed (the services heading).
  const focusNext = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (focusNext.current !== undefined) {
      document.getElementById(focusNext.current)?.focus()
      focusNext.current = undefined
    }
  })

  function changeService(index: number, change: Partial<ServiceValues>) {
    setValues((previous) => ({
      ...previous,
      services: previous.services.map((service, at) =>
        at === index ? { ...service, ...change } : service,
      ),
    }))
  }

  function addService() {
    focusNext.current = serviceId(values.services.length, 'description')
    setValues((previous) => ({ ...previous, services: [...previous.services, emptyService()] }))
  }

  function removeService(index: number) {
    focusNext.current = 'services-heading'
    // The messages name services by their place, which moves: they are shown again on the next try.
    form.clear()
    setValues((previous) => ({
      ...previous,
      services: previous.services.filter((_, at) => at !== index),
    }))
  }

  const workerOptions = [
    { value: '', text: 'Select a worker' },
    ...workers.map((worker) => ({ value: worker.id, text: worker.name })),
  ]

  return (
    <form noValidate onSubmit={onSubmit}>
      <Select
        name="namedWorkerUserId"
        label="Named worker"
        labelClassName="govuk-label--m"
        hint="The support worker or team manager who keeps the plan and its reviews."
        value={values.namedWorkerUserId}
        errorMessage={form.errorFor('namedWorkerUserId')}
        onChange={(event) => {
          const namedWorkerUserId = event.target.value
          setValues((previous) => ({ ...previous, namedWorkerUserId }))
        }}
        options={workerOptions}
      />
      <DateInput
        id="nextReviewOn"
        namePrefix="nextReviewOn"
        legend={reviewLegend}
        legendClassName="govuk-fieldset__legend--m"
        hint="For example, 27 3 2027"
        value={values.nextReviewOn}
        errorMessage={form.errorFor('nextReviewOn')}
        errorFields={dateErrorParts.nextReviewOn}
        onChange={(nextReviewOn) => {
          setValues((previous) => ({ ...previous, nextReviewOn }))
        }}
      />

      <h2 id="services-heading" className="govuk-heading-m" tabIndex={-1}>
        Services
      </h2>
      <p className="govuk-body">
        Add each service the plan gives: what it is, who provides it, how often, when, what it costs
        and who pays.
      </p>
      {values.services.length === 0 && (
        <p className="govuk-body">
          There are no services in the plan. You need at least one before you can share it with the
          family.
        </p>
      )}
      {values.services.map((service, index) => (
        <ServiceFieldset
          key={service.key}
          index={index}
          service={service}
          form={form}
          dateErrorParts={dateErrorParts}
          onChange={(change) => {
            changeService(index, change)
          }}
          onRemove={() => {
            removeService(index)
          }}
        />
      ))}
      {values.services.length < maxServices && (
        <Button type="button" variant="secondary" onClick={addService}>
          {values.services.length === 0 ? 'Add a service' : 'Add another service'}
        </Button>
      )}

      <div className="govuk-button-group">
        <Button preventDoubleClick>{submitText}</Button>
        <Link to={cancelHref}>Cancel</Link>
      </div>
    </form>
  )
}

function ServiceFieldset({
  index,
  service,
  form,
  dateErrorParts,
  onChange,
  onRemove,
}: {
  index: number
  service: ServiceValues
  form: FormErrors<string>
  dateErrorParts: DateErrorParts
  onChange: (change: Partial<ServiceValues>) => void
  onRemove: () => void
}) {
  const number = String(index + 1)
  const field = (part: ServicePart) => ({
    name: serviceField(index, part),
    id: serviceId(index, part),
    errorMessage: form.errorFor(serviceField(index, part)),
  })
  const text = (part: 'description' | 'provider' | 'frequency') => ({
    ...field(part),
    value: service[part],
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => {
      onChange({ [part]: event.target.value })
    },
  })
  const date = (part: 'startsOn' | 'endsOn') => ({
    id: serviceId(index, part),
    namePrefix: serviceId(index, part),
    legendClassName: 'govuk-fieldset__legend--s',
    value: service[part],
    errorMessage: form.errorFor(serviceField(index, part)),
    errorFields: dateErrorParts[serviceField(index, part)],
    onChange: (value: DateParts) => {
      onChange({ [part]: value })
    },
  })

  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h3 className="govuk-fieldset__heading">Service {number}</h3>
      </legend>
      <TextInput
        {...text('description')}
        label="What is the service?"
        labelClassName="govuk-label--s"
      />
      <TextInput {...text('provider')} label="Who provides it?" labelClassName="govuk-label--s" />
      <TextInput
        {...text('frequency')}
        label="How often?"
        labelClassName="govuk-label--s"
        hint="For example, weekly for 12 weeks"
      />
      <DateInput {...date('startsOn')} legend="Start date" hint="For example, 1 11 2026" />
      <DateInput {...date('endsOn')} legend="End date (optional)" hint="For example, 31 3 2027" />
      <TextInput
        {...field('costPence')}
        label="Cost in pounds"
        labelClassName="govuk-label--s"
        hint="For example, 250.00. Enter 0 if it costs nothing."
        className="govuk-input--width-10"
        prefix="£"
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        value={service.cost}
        onChange={(event) => {
          onChange({ cost: event.target.value })
        }}
      />
      <Radios
        name={serviceField(index, 'fundingSource')}
        idPrefix={serviceId(index, 'fundingSource')}
        legend="Who pays?"
        legendClassName="govuk-fieldset__legend--s"
        value={service.fundingSource}
        errorMessage={form.errorFor(serviceField(index, 'fundingSource'))}
        onChange={(fundingSource) => {
          onChange({ fundingSource })
        }}
        items={fundingSources.map((source) => ({
          value: source,
          label: fundingSourceNames[source],
        }))}
      />
      <Button type="button" variant="secondary" onClick={onRemove}>
        Remove <span className="govuk-visually-hidden">service {number}</span>
      </Button>
      <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
    </fieldset>
  )
}
