import type { Child } from '@asp/bff/contract'
import { useState } from 'react'
import type { z } from 'zod'
import { DateInput, type DatePart, type DateParts } from '../../../components/date-input.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import {
  datePartsOf,
  emptyDateParts,
  parseDateParts,
  type DateNames,
} from '../../../lib/date-parts.ts'
import { fieldErrorsOf, useFormErrors } from '../../../lib/form-errors.tsx'

const fields = ['firstName', 'lastName', 'dateOfBirth', 'adoptionOrderDate'] as const
type DateField = 'dateOfBirth' | 'adoptionOrderDate'

const dateNames: Record<DateField, DateNames> = {
  dateOfBirth: { date: 'Date of birth', year: 'Year of birth' },
  adoptionOrderDate: { date: 'Date of the adoption order', year: 'Year of the adoption order' },
}

export interface ChildValues {
  firstName: string
  lastName: string
  dateOfBirth: DateParts
  adoptionOrderDate: DateParts
}

/** A child's details as the form shows them; empty for a new child. */
export function childValuesOf(child?: Child): ChildValues {
  return {
    firstName: child?.firstName ?? '',
    lastName: child?.lastName ?? '',
    dateOfBirth: child ? datePartsOf(child.dateOfBirth) : emptyDateParts,
    adoptionOrderDate: datePartsOf(child?.adoptionOrderDate),
  }
}

/**
 * The state of the form for a child's details: what was typed, its GOV.UK errors, and which parts
 * of each date to highlight. `validate` reads the dates as `yyyy-mm-dd` and parses the body with
 * the contract's schema, so the form and the API's 400 say the same words.
 */
export function useChildForm(initial: ChildValues) {
  const [values, setValues] = useState(initial)
  const [dateErrorFields, setDateErrorFields] = useState<Partial<Record<DateField, DatePart[]>>>({})
  const form = useFormErrors(fields, {
    // The summary links to the first part of a date that is wrong, as GOV.UK asks.
    fieldIds: {
      dateOfBirth: `dateOfBirth-${dateErrorFields.dateOfBirth?.[0] ?? 'day'}`,
      adoptionOrderDate: `adoptionOrderDate-${dateErrorFields.adoptionOrderDate?.[0] ?? 'day'}`,
    },
  })

  function validate<S extends z.ZodType>(schema: S, extra: object = {}): z.output<S> | undefined {
    const birth = parseDateParts(values.dateOfBirth, dateNames.dateOfBirth)
    const order = parseDateParts(values.adoptionOrderDate, dateNames.adoptionOrderDate)
    const parsed = schema.safeParse({
      ...extra,
      firstName: values.firstName,
      lastName: values.lastName,
      // An empty date of birth is the schema's "Enter the child’s date of birth".
      dateOfBirth: birth.kind === 'date' ? birth.value : '',
      ...(order.kind === 'date' ? { adoptionOrderDate: order.value } : {}),
    })
    const errors: Partial<Record<(typeof fields)[number], string>> = parsed.success
      ? {}
      : fieldErrorsOf(parsed.error)
    const highlighted: Partial<Record<DateField, DatePart[]>> = {}
    for (const [field, result] of [
      ['dateOfBirth', birth],
      ['adoptionOrderDate', order],
    ] as const) {
      if (result.kind === 'invalid') {
        errors[field] = result.message
        highlighted[field] = result.fields
      }
    }
    setDateErrorFields(highlighted)
    if (Object.keys(errors).length > 0) {
      form.showErrors(errors)
      return undefined
    }
    return parsed.data as z.output<S>
  }

  return {
    values,
    setValues,
    form,
    dateErrorFields,
    validate,
    /** Shows what the API said; a date it refuses is highlighted whole. */
    showApiError: (error: unknown) => {
      setDateErrorFields({})
      form.showApiError(error)
    },
  }
}

export type ChildForm = ReturnType<typeof useChildForm>

/** The fields of a child's details: names and the two GOV.UK date inputs. */
export function ChildFields({ childForm }: { childForm: ChildForm }) {
  const { values, setValues, form, dateErrorFields } = childForm
  return (
    <>
      <TextInput
        name="firstName"
        label="First name"
        className="govuk-!-width-two-thirds"
        autoComplete="off"
        spellCheck={false}
        value={values.firstName}
        errorMessage={form.errorFor('firstName')}
        onChange={(event) => {
          setValues({ ...values, firstName: event.target.value })
        }}
      />
      <TextInput
        name="lastName"
        label="Last name"
        className="govuk-!-width-two-thirds"
        autoComplete="off"
        spellCheck={false}
        value={values.lastName}
        errorMessage={form.errorFor('lastName')}
        onChange={(event) => {
          setValues({ ...values, lastName: event.target.value })
        }}
      />
      <DateInput
        id="dateOfBirth"
        namePrefix="dateOfBirth"
        legend="Date of birth"
        hint="For example, 27 3 2019"
        value={values.dateOfBirth}
        errorMessage={form.errorFor('dateOfBirth')}
        errorFields={dateErrorFields.dateOfBirth}
        onChange={(dateOfBirth) => {
          setValues({ ...values, dateOfBirth })
        }}
      />
      <DateInput
        id="adoptionOrderDate"
        namePrefix="adoptionOrderDate"
        legend="Date of the adoption order (optional)"
        hint="For example, 3 10 2022. Leave this blank if the court has not made an adoption order yet."
        value={values.adoptionOrderDate}
        errorMessage={form.errorFor('adoptionOrderDate')}
        errorFields={dateErrorFields.adoptionOrderDate}
        onChange={(adoptionOrderDate) => {
          setValues({ ...values, adoptionOrderDate })
        }}
      />
    </>
  )
}
