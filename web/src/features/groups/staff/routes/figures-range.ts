import { groupFiguresQuerySchema } from '@asp/bff/contract'
import type { DatePart, DateParts } from '../../../../components/date-input.tsx'
import { parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import type { GroupFiguresRange } from '../api/get-group-figures.ts'
import { londonDateOf } from '../components/session-times.ts'

/** The figures' range as the address holds it: `?from=2026-04-01&to=2027-03-31`. */
export interface FiguresValues {
  from: string
  to: string
  localAuthorityId: string
}

export const figuresFields = ['from', 'to', 'localAuthorityId'] as const

/** The financial year a London date falls in: 1 April to 31 March. */
export function financialYearOf(isoDate: string): { from: string; to: string } {
  const [year = 2026, month = 1] = isoDate.split('-').map(Number)
  const start = month >= 4 ? year : year - 1
  return { from: `${String(start)}-04-01`, to: `${String(start + 1)}-03-31` }
}

/** The range the address asks for; the current financial year when it asks for none. */
export function figuresValuesOf(
  searchParams: URLSearchParams,
  now: Date = new Date(),
): FiguresValues {
  const year = financialYearOf(londonDateOf(now))
  return {
    from: searchParams.get('from') ?? year.from,
    to: searchParams.get('to') ?? year.to,
    localAuthorityId: searchParams.get('localAuthorityId') ?? '',
  }
}

export type CheckedFiguresRange =
  | { range: GroupFiguresRange; errors?: undefined }
  | { range?: undefined; errors: Record<string, string> }

/** Checks the range with the contract's rules, and that it does not end before it starts. */
export function checkFiguresRange(values: FiguresValues): CheckedFiguresRange {
  const parsed = groupFiguresQuerySchema.safeParse({
    from: values.from,
    to: values.to,
    localAuthorityId: values.localAuthorityId || undefined,
  })
  if (!parsed.success) {
    return { errors: fieldErrorsOf(parsed.error) }
  }
  if (parsed.data.to < parsed.data.from) {
    return { errors: { to: 'The end date must be the same as or after the start date' } }
  }
  const { localAuthorityId, ...dates } = parsed.data
  return { range: localAuthorityId === undefined ? dates : { ...dates, localAuthorityId } }
}

/** The form's dates, as typed, read into the address's values, or what is wrong with them. */
export function readFiguresForm(form: {
  from: DateParts
  to: DateParts
  localAuthorityId: string
}):
  | { values: FiguresValues; errors?: undefined }
  | { values?: undefined; errors: Record<string, string>; parts: Record<string, DatePart[]> } {
  const errors: Record<string, string> = {}
  const parts: Record<string, DatePart[]> = {}
  const read = (field: 'from' | 'to', names: { date: string; year: string }, empty: string) => {
    const result = parseDateParts(form[field], names)
    if (result.kind === 'date') {
      return result.value
    }
    if (result.kind === 'empty') {
      errors[field] = empty
    } else {
      errors[field] = result.message
      parts[field] = result.fields
    }
    return ''
  }
  const from = read(
    'from',
    { date: 'Start date', year: 'Year of the start date' },
    'Enter a start date',
  )
  const to = read('to', { date: 'End date', year: 'Year of the end date' }, 'Enter an end date')
  if (Object.keys(errors).length > 0) {
    return { errors, parts }
  }
  const values = { from, to, localAuthorityId: form.localAuthorityId }
  const checked = checkFiguresRange(values)
  if (checked.errors !== undefined) {
    return { errors: checked.errors, parts: {} }
  }
  return { values }
}
