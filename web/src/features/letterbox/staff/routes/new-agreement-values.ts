import {
  createAgreementSchema,
  partyRelationshipNames,
  partyRelationships,
  type PartyRelationship,
} from '@asp/bff/contract'
import type { z } from 'zod'
import type { DatePart, DateParts } from '../../../../components/date-input.tsx'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'

/**
 * The "Make a contact agreement" form as the page holds it (strings, as typed), and the contract's
 * body made from it, with the contract's messages (and the API's) put on the form's fields.
 */

export interface PartyValues {
  relationship: string
  exchangeName: string
}

export interface AgreementFormValues {
  /** The birth relatives ticked, by id. */
  parties: string[]
  /** What was typed for each birth relative, kept if they are unticked and ticked again. */
  partyDetails: Record<string, PartyValues>
  direction: string
  exchangeMonths: string[]
  /** `photosAllowed`, `cardsAllowed`, `giftsAllowed`. */
  allowed: string[]
  childExchangeName: string
  familyExchangeName: string
  watchWords: string
  reminderWeeks: string
  startsOn: DateParts
}

export interface BirthRelativeChoice {
  id: string
  fullName: string
  relationship: string
}

/** The relationship on the birth relative's record, when it is one the agreement knows. */
function relationshipOf(recorded: string): PartyRelationship | '' {
  const text = recorded.trim().toLowerCase()
  return (
    partyRelationships.find(
      (relationship) =>
        relationship === text || partyRelationshipNames[relationship].toLowerCase() === text,
    ) ?? ''
  )
}

export function emptyAgreementValues(
  relatives: readonly BirthRelativeChoice[],
): AgreementFormValues {
  return {
    parties: [],
    partyDetails: Object.fromEntries(
      relatives.map((relative) => [
        relative.id,
        { relationship: relationshipOf(relative.relationship), exchangeName: '' },
      ]),
    ),
    direction: '',
    exchangeMonths: [],
    allowed: [],
    childExchangeName: '',
    familyExchangeName: '',
    watchWords: '',
    reminderWeeks: '4',
    startsOn: emptyDateParts,
  }
}

/** The names of a birth relative's fields, which are also their ids. */
export const partyField = {
  relationship: (id: string) => `party-${id}-relationship`,
  exchangeName: (id: string) => `party-${id}-exchangeName`,
}

const plainFields = [
  'direction',
  'exchangeMonths',
  'allowed',
  'childExchangeName',
  'familyExchangeName',
  'watchWords',
  'reminderWeeks',
  'startsOn',
] as const

/** The form's fields in page order, as the error summary lists them. */
export function agreementFormFields(relatives: readonly BirthRelativeChoice[]): string[] {
  return [
    'parties',
    ...relatives.flatMap((relative) => [
      partyField.relationship(relative.id),
      partyField.exchangeName(relative.id),
    ]),
    ...plainFields,
  ]
}

/** The birth relatives ticked, in the order the page lists them: the order they are sent in. */
export function sentPartyIds(
  values: AgreementFormValues,
  relatives: readonly BirthRelativeChoice[],
): string[] {
  return relatives.filter((relative) => values.parties.includes(relative.id)).map((r) => r.id)
}

/**
 * The messages of the API or the schema by form field: `agreement.parties.1.exchangeName` is the
 * second birth relative sent; `agreement.photosAllowed` the "what can be sent" question. Messages
 * about anything else are problems with the form.
 */
export function agreementErrorsOf(
  fieldErrors: Record<string, string>,
  partyIds: readonly string[],
): { errors: Record<string, string>; problems: string[] } {
  const errors: Record<string, string> = {}
  const problems: string[] = []
  const plain = new Set<string>(plainFields)
  for (const [fullPath, message] of Object.entries(fieldErrors)) {
    const path = fullPath.replace(/^agreement\./, '')
    const [top = '', index, part] = path.split('.')
    let field: string | undefined
    if (top === 'parties') {
      const id = index === undefined ? undefined : partyIds[Number(index)]
      field =
        id !== undefined && (part === 'relationship' || part === 'exchangeName')
          ? partyField[part](id)
          : 'parties'
    } else if (top === 'photosAllowed' || top === 'cardsAllowed' || top === 'giftsAllowed') {
      field = 'allowed'
    } else if (plain.has(top)) {
      field = top
    }
    if (field === undefined) {
      problems.push(message)
    } else {
      errors[field] ??= message
    }
  }
  return { errors, problems }
}

export type CreateAgreementBody = z.output<typeof createAgreementSchema>

export interface CheckedAgreementForm {
  body?: CreateAgreementBody
  errors: Record<string, string>
  problems: string[]
  dateErrorParts?: DatePart[]
}

/** A whole number typed in a field: `undefined` when empty, `NaN` when it is not one. */
function readWholeNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (trimmed === '') {
    return undefined
  }
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/**
 * Checks the form with the contract's rules (the same the BFF applies) and the form's own (a real
 * date, a whole number of weeks), and makes the body to send.
 */
export function checkAgreementForm(
  childId: string,
  values: AgreementFormValues,
  relatives: readonly BirthRelativeChoice[],
): CheckedAgreementForm {
  const partyIds = sentPartyIds(values, relatives)
  const startsOn = parseDateParts(values.startsOn, {
    date: 'The date the agreement starts',
    year: 'The year the agreement starts',
  })
  const reminderWeeks = readWholeNumber(values.reminderWeeks)
  const parsed = createAgreementSchema.safeParse({
    childId,
    agreement: {
      parties: partyIds.map((id) => ({
        birthRelativeId: id,
        relationship: values.partyDetails[id]?.relationship || undefined,
        exchangeName: values.partyDetails[id]?.exchangeName ?? '',
      })),
      direction: values.direction || undefined,
      exchangeMonths: values.exchangeMonths.map(Number).sort((a, b) => a - b),
      photosAllowed: values.allowed.includes('photosAllowed'),
      cardsAllowed: values.allowed.includes('cardsAllowed'),
      giftsAllowed: values.allowed.includes('giftsAllowed'),
      childExchangeName: values.childExchangeName,
      familyExchangeName: values.familyExchangeName,
      watchWords: values.watchWords
        .split('\n')
        .map((word) => word.trim())
        .filter((word) => word !== ''),
      reminderWeeks,
      startsOn: startsOn.kind === 'date' ? startsOn.value : '',
    },
  })
  const { errors, problems } = parsed.success
    ? { errors: {}, problems: [] }
    : agreementErrorsOf(fieldErrorsOf(parsed.error), partyIds)
  if (reminderWeeks !== undefined && Number.isNaN(reminderWeeks)) {
    errors.reminderWeeks = 'Enter the number of weeks as a whole number, like 4'
  }
  let dateErrorParts: DatePart[] | undefined
  if (startsOn.kind === 'invalid') {
    errors.startsOn = startsOn.message
    dateErrorParts = startsOn.fields
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { errors, problems, dateErrorParts }
  }
  return { body: parsed.data, errors, problems }
}
