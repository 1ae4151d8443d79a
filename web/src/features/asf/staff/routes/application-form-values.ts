import {
  asfApplicationInputSchema,
  changeAsfApplicationSchema,
  type AsfApplication,
} from '@asp/bff/contract'
import type { z } from 'zod'
import type { DatePart, DateParts } from '../../../../components/date-input.tsx'
import { datePartsOf, emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import { parsePounds, poundsText } from '../../../../lib/money.ts'

/**
 * The application form as the new and change pages hold it (strings, as typed), and the contract's
 * body made from it. Fields are named by the contract's paths (`lines.0.costPence`), so that the
 * schema's and the API's messages land on the field they are about.
 */

export interface LineValues {
  /** Keeps a therapy's fields in place while the ones above it are removed. */
  key: string
  therapyType: string
  providerId: string
  sessions: string
  cost: string
  outcomeTool: string
  baselineScore: string
  endsOn: DateParts
}

export interface ApplicationFormValues {
  childId: string
  financialYear: string
  eligibility: string
  assessedOn: DateParts
  justification: string
  lines: LineValues[]
  matchFunding: string
}

let lastKey = 0

export function emptyLine(from: { cost?: number; endsOn?: string | null } = {}): LineValues {
  lastKey += 1
  return {
    key: `line-${String(lastKey)}`,
    therapyType: '',
    providerId: '',
    sessions: '',
    cost: from.cost === undefined ? '' : poundsText(from.cost),
    outcomeTool: '',
    baselineScore: '',
    endsOn: datePartsOf(from.endsOn),
  }
}

export const lineParts = [
  'therapyType',
  'providerId',
  'sessions',
  'costPence',
  'outcomeTool',
  'baselineScore',
  'endsOn',
] as const
export type LinePart = (typeof lineParts)[number]

/** The form's name for a part of a therapy: the contract's path, `lines.0.providerId`. */
export const lineField = (index: number, part: LinePart) => `lines.${String(index)}.${part}`
/** The id of a part of a therapy on the page: `lines-0-providerId`. */
export const lineId = (index: number, part: LinePart) => `lines-${String(index)}-${part}`

/** The form's fields in page order, as the error summary lists them. */
export function applicationFormFields(lineCount: number): string[] {
  return [
    'childId',
    'financialYear',
    'eligibility',
    'assessedOn',
    'justification',
    'lines',
    ...Array.from({ length: lineCount }, (_, index) =>
      lineParts.map((part) => lineField(index, part)),
    ).flat(),
    'matchFundingPence',
  ]
}

/** The dates the form checks for itself, by field: the parts of each that are wrong. */
export type DateErrorParts = Partial<Record<string, DatePart[]>>

/**
 * The elements the error summary links to, where they are not the field's name: the first child's
 * radio, the first wrong part of a date, and each part of a therapy by its id.
 */
export function applicationFieldIds(
  lineCount: number,
  dateErrorParts: DateErrorParts,
  firstChildId = '',
): Record<string, string> {
  const dateId = (field: string, id: string) => `${id}-${dateErrorParts[field]?.[0] ?? 'day'}`
  const ids: Record<string, string> = {
    childId: `childId-${firstChildId}`,
    financialYear: 'financialYear',
    eligibility: 'eligibility',
    assessedOn: dateId('assessedOn', 'assessedOn'),
    lines: lineId(0, 'therapyType'),
  }
  for (let index = 0; index < lineCount; index += 1) {
    for (const part of lineParts) {
      const field = lineField(index, part)
      ids[field] = part === 'endsOn' ? dateId(field, lineId(index, part)) : lineId(index, part)
    }
  }
  return ids
}

export type ApplicationInput = z.output<typeof asfApplicationInputSchema>
export type ChangeApplicationBody = z.output<typeof changeAsfApplicationSchema>

/** What the body is for: a new application (from a plan's service, perhaps), or a change. */
export type ApplicationTarget = { planServiceId?: string | undefined } | { version: number }

export interface CheckedApplicationForm<Body> {
  body?: Body
  errors: Record<string, string>
  dateErrorParts: DateErrorParts
}

const wholeNumber = (text: string) => {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/**
 * Checks the form with the contract's rules (the same the BFF applies) and the form's own (real
 * dates, amounts of money, whole numbers), and makes the body to send: for a new application, the
 * child's and any plan service's; to change one, the version it was read at (the child stays).
 */
export function checkApplicationForm(
  values: ApplicationFormValues,
  target: { planServiceId?: string | undefined },
): CheckedApplicationForm<ApplicationInput>
export function checkApplicationForm(
  values: ApplicationFormValues,
  target: { version: number },
): CheckedApplicationForm<ChangeApplicationBody>
export function checkApplicationForm(
  values: ApplicationFormValues,
  target: ApplicationTarget,
): CheckedApplicationForm<ApplicationInput | ChangeApplicationBody>
export function checkApplicationForm(
  values: ApplicationFormValues,
  target: ApplicationTarget,
): CheckedApplicationForm<ApplicationInput | ChangeApplicationBody> {
  const errors: Record<string, string> = {}
  const dateErrorParts: DateErrorParts = {}
  const dateOf = (field: string, parts: DateParts, names: { date: string; year: string }) => {
    const date = parseDateParts(parts, names)
    if (date.kind === 'invalid') {
      errors[field] = date.message
      dateErrorParts[field] = date.fields
    }
    return date.kind === 'date' ? date.value : ''
  }
  const assessedOn = dateOf('assessedOn', values.assessedOn, {
    date: 'The date the assessment was finished',
    year: 'The year the assessment was finished',
  })
  const lines = values.lines.map((line, index) => {
    const costPence = parsePounds(line.cost)
    if (costPence !== undefined && Number.isNaN(costPence)) {
      errors[lineField(index, 'costPence')] = 'Enter the cost in pounds and pence, like 1200.00'
    }
    const sessions = wholeNumber(line.sessions)
    if (sessions !== undefined && Number.isNaN(sessions)) {
      errors[lineField(index, 'sessions')] = 'Enter the number of sessions as a whole number'
    }
    const baselineScore = wholeNumber(line.baselineScore)
    if (baselineScore !== undefined && Number.isNaN(baselineScore)) {
      errors[lineField(index, 'baselineScore')] = 'Enter the baseline score as a whole number'
    }
    return {
      therapyType: line.therapyType || undefined,
      providerId: line.providerId || undefined,
      sessions: sessions === undefined || Number.isNaN(sessions) ? undefined : sessions,
      costPence: costPence === undefined || Number.isNaN(costPence) ? undefined : costPence,
      outcomeTool: line.outcomeTool || undefined,
      ...(baselineScore === undefined || Number.isNaN(baselineScore) ? {} : { baselineScore }),
      endsOn: dateOf(lineField(index, 'endsOn'), line.endsOn, {
        date: 'The date the therapy ends',
        year: 'The year the therapy ends',
      }),
    }
  })
  const matchFundingPence = parsePounds(values.matchFunding)
  if (matchFundingPence !== undefined && Number.isNaN(matchFundingPence)) {
    errors.matchFundingPence = 'Enter the match funding in pounds and pence, like 500.00'
  }
  const input = {
    financialYear: values.financialYear || undefined,
    eligibility: values.eligibility || undefined,
    assessedOn,
    justification: values.justification,
    lines,
    matchFundingPence:
      matchFundingPence === undefined || Number.isNaN(matchFundingPence) ? 0 : matchFundingPence,
  }
  const parsed =
    'version' in target
      ? changeAsfApplicationSchema.safeParse({ ...input, version: target.version })
      : asfApplicationInputSchema.safeParse({
          childId: values.childId || undefined,
          ...(target.planServiceId ? { planServiceId: target.planServiceId } : {}),
          ...input,
        })
  if (!parsed.success) {
    for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error))) {
      errors[field] ??= message
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { errors, dateErrorParts }
  return { body: parsed.data, errors, dateErrorParts }
}

export function emptyApplicationValues(start: {
  childIds: string[]
  financialYear: number
  assessedOn?: string | undefined
  line?: { cost?: number; endsOn?: string | null }
}): ApplicationFormValues {
  return {
    childId: start.childIds.length === 1 ? (start.childIds[0] ?? '') : '',
    financialYear: String(start.financialYear),
    eligibility: '',
    assessedOn: start.assessedOn ? datePartsOf(start.assessedOn) : emptyDateParts,
    justification: '',
    lines: [emptyLine(start.line)],
    matchFunding: '',
  }
}

/** The form filled in as a saved application is, to change it. */
export function applicationValuesOf(application: AsfApplication): ApplicationFormValues {
  return {
    childId: application.childId,
    financialYear: String(application.financialYear),
    eligibility: application.eligibility,
    assessedOn: datePartsOf(application.assessedOn),
    justification: application.justification,
    lines: application.lines.map((line) => ({
      ...emptyLine({ cost: line.costPence, endsOn: line.endsOn }),
      therapyType: line.therapyType,
      providerId: line.providerId,
      sessions: String(line.sessions),
      outcomeTool: line.outcomeTool,
      baselineScore: line.baselineScore === null ? '' : String(line.baselineScore),
    })),
    matchFunding:
      application.matchFundingPence > 0 ? poundsText(application.matchFundingPence) : '',
  }
}
