import { changePlanSchema, planInputSchema, type StaffPlan } from '@asp/bff/contract'
import type { z } from 'zod'
import type { DatePart, DateParts } from '../../../../components/date-input.tsx'
import { datePartsOf, emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import { parsePounds, poundsText } from '../../../../lib/money.ts'

/**
 * The support plan form as the page holds it (strings, as typed), and the contract's body made
 * from it. The form's fields are named by the contract's paths (`services.0.provider`), so that
 * the messages of the schema and of the API's 400 land on the field they are about.
 */

export interface ServiceValues {
  /** Keeps a service's fields in place while the ones above it are removed. */
  key: string
  description: string
  provider: string
  frequency: string
  startsOn: DateParts
  endsOn: DateParts
  cost: string
  fundingSource: string
}

export interface PlanFormValues {
  namedWorkerUserId: string
  nextReviewOn: DateParts
  services: ServiceValues[]
}

let lastKey = 0

export function emptyService(): ServiceValues {
  lastKey += 1
  return {
    key: `service-${String(lastKey)}`,
    description: '',
    provider: '',
    frequency: '',
    startsOn: emptyDateParts,
    endsOn: emptyDateParts,
    cost: '',
    fundingSource: '',
  }
}

/** A new plan: the named worker chosen for the reader, and one service to fill in. */
export function emptyPlanValues(namedWorkerUserId: string): PlanFormValues {
  return { namedWorkerUserId, nextReviewOn: emptyDateParts, services: [emptyService()] }
}

/** A plan as it is, to change. */
export function planValuesOf(plan: StaffPlan): PlanFormValues {
  return {
    namedWorkerUserId: plan.namedWorkerUserId ?? '',
    nextReviewOn: datePartsOf(plan.nextReviewOn),
    services: plan.services.map((service) => ({
      ...emptyService(),
      description: service.description,
      provider: service.provider,
      frequency: service.frequency,
      startsOn: datePartsOf(service.startsOn),
      endsOn: datePartsOf(service.endsOn),
      cost: poundsText(service.costPence),
      fundingSource: service.fundingSource,
    })),
  }
}

export const serviceParts = [
  'description',
  'provider',
  'frequency',
  'startsOn',
  'endsOn',
  'costPence',
  'fundingSource',
] as const
export type ServicePart = (typeof serviceParts)[number]

/** The form's name for a part of a service: the contract's path, `services.0.provider`. */
export function serviceField(index: number, part: ServicePart): string {
  return `services.${String(index)}.${part}`
}

/** The id of a part of a service on the page: `services-0-provider`. */
export function serviceId(index: number, part: ServicePart): string {
  return `services-${String(index)}-${part}`
}

/** The form's fields in page order, as the error summary lists them. */
export function planFormFields(serviceCount: number): string[] {
  return [
    'namedWorkerUserId',
    'nextReviewOn',
    ...Array.from({ length: serviceCount }, (_, index) =>
      serviceParts.map((part) => serviceField(index, part)),
    ).flat(),
  ]
}

/** The dates the form checks for itself, by field: the parts of each that are wrong. */
export type DateErrorParts = Partial<Record<string, DatePart[]>>

/**
 * The elements the error summary links to, where they are not the field's name: the first wrong
 * part of a date, and each part of a service by its id.
 */
export function planFieldIds(
  serviceCount: number,
  dateErrorParts: DateErrorParts,
): Record<string, string> {
  const dateId = (field: string, id: string) => `${id}-${dateErrorParts[field]?.[0] ?? 'day'}`
  const ids: Record<string, string> = { nextReviewOn: dateId('nextReviewOn', 'nextReviewOn') }
  for (let index = 0; index < serviceCount; index += 1) {
    for (const part of serviceParts) {
      const field = serviceField(index, part)
      const id = serviceId(index, part)
      ids[field] = part === 'startsOn' || part === 'endsOn' ? dateId(field, id) : id
    }
  }
  return ids
}

export type PlanInput = z.output<typeof planInputSchema>
export type ChangePlanBody = z.output<typeof changePlanSchema>

export interface CheckedPlanForm<Body> {
  body?: Body
  errors: Record<string, string>
  problems: string[]
  dateErrorParts: DateErrorParts
}

const notMoney = 'Enter the cost in pounds and pence, like 250.00'

/**
 * Checks the form with the contract's rules (the same the BFF applies) and the form's own (real
 * dates, an amount of money), and makes the body to send: with the plan's version to change it.
 */
export function checkPlanForm(values: PlanFormValues): CheckedPlanForm<PlanInput>
export function checkPlanForm(
  values: PlanFormValues,
  version: number,
): CheckedPlanForm<ChangePlanBody>
export function checkPlanForm(
  values: PlanFormValues,
  version?: number,
): CheckedPlanForm<PlanInput | ChangePlanBody> {
  const errors: Record<string, string> = {}
  const dateErrorParts: DateErrorParts = {}

  /** A date as the schema takes it; what cannot be a date is the form's message. */
  function dateOf(field: string, parts: DateParts, names: { date: string; year: string }) {
    const date = parseDateParts(parts, names)
    if (date.kind === 'invalid') {
      errors[field] = date.message
      dateErrorParts[field] = date.fields
    }
    return date.kind === 'date' ? date.value : undefined
  }

  const nextReviewOn = dateOf('nextReviewOn', values.nextReviewOn, {
    date: 'The review date',
    year: 'The year of the review',
  })
  const services = values.services.map((service, index) => {
    const costPence = parsePounds(service.cost)
    if (costPence !== undefined && Number.isNaN(costPence)) {
      errors[serviceField(index, 'costPence')] = notMoney
    }
    return {
      description: service.description,
      provider: service.provider,
      frequency: service.frequency,
      startsOn:
        dateOf(serviceField(index, 'startsOn'), service.startsOn, {
          date: 'The date the service starts',
          year: 'The year the service starts',
        }) ?? '',
      endsOn: dateOf(serviceField(index, 'endsOn'), service.endsOn, {
        date: 'The end date',
        year: 'The year the service ends',
      }),
      costPence: costPence === undefined || Number.isNaN(costPence) ? undefined : costPence,
      fundingSource: service.fundingSource || undefined,
    }
  })
  const input = {
    namedWorkerUserId: values.namedWorkerUserId || undefined,
    nextReviewOn: nextReviewOn ?? '',
    services,
  }
  const parsed =
    version === undefined
      ? planInputSchema.safeParse(input)
      : changePlanSchema.safeParse({ ...input, version })

  const problems: string[] = []
  if (!parsed.success) {
    const fields = new Set(planFormFields(values.services.length))
    for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error))) {
      if (!fields.has(field)) {
        problems.push(message)
      } else if (errors[field] === undefined) {
        // The form's own message about what was typed comes before "Enter …".
        errors[field] = message
      }
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { errors, problems, dateErrorParts }
  }
  return { body: parsed.data, errors, problems, dateErrorParts }
}
