import {
  groupEventInputSchema,
  type GroupEventInput,
  type ManagedGroupEvent,
} from '@asp/bff/contract'
import type { z } from 'zod'
import type { DatePart, DateParts } from '../../../../components/date-input.tsx'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import { londonDateTime, parseTimeOfDay } from '../../../../lib/london-time.ts'
import { formPartsOf } from '../components/session-times.ts'

/**
 * The event form as the page holds it (strings, as typed), and the contract's event input made
 * from it. Sessions carry a `key` that stays the same while others are added and removed, so that
 * their fields, ids and errors keep to the session they belong to.
 */

export interface SessionValues {
  key: number
  date: DateParts
  startTime: string
  endTime: string
}

export interface EventFormValues {
  kind: string
  title: string
  description: string
  audience: string[]
  minAge: string
  maxAge: string
  delivery: string
  venueName: string
  venueAddress: string
  onlineLink: string
  capacity: string
  /** Empty for all areas. */
  localAuthorityId: string
  bookingOpensDate: DateParts
  bookingOpensTime: string
  bookingClosesDate: DateParts
  bookingClosesTime: string
  status: string
  sessions: SessionValues[]
}

export type EventInput = z.input<typeof groupEventInputSchema>

export const emptySession = (key: number): SessionValues => ({
  key,
  date: emptyDateParts,
  startTime: '',
  endTime: '',
})

export function emptyEventFormValues(): EventFormValues {
  return {
    kind: '',
    title: '',
    description: '',
    audience: [],
    minAge: '',
    maxAge: '',
    delivery: '',
    venueName: '',
    venueAddress: '',
    onlineLink: '',
    capacity: '',
    localAuthorityId: '',
    bookingOpensDate: emptyDateParts,
    bookingOpensTime: '',
    bookingClosesDate: emptyDateParts,
    bookingClosesTime: '',
    status: '',
    sessions: [emptySession(1)],
  }
}

/** An event as the edit form starts: what the API holds, in the form's words and UK times. */
export function eventFormValuesOf(event: ManagedGroupEvent): EventFormValues {
  const opens = formPartsOf(event.bookingOpensAt)
  const closes = formPartsOf(event.bookingClosesAt)
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    audience: [...event.audience],
    minAge: event.minAge === null ? '' : String(event.minAge),
    maxAge: event.maxAge === null ? '' : String(event.maxAge),
    delivery: event.delivery,
    venueName: event.venueName ?? '',
    venueAddress: event.venueAddress ?? '',
    onlineLink: event.onlineLink ?? '',
    capacity: String(event.capacity),
    localAuthorityId: event.localAuthorityId ?? '',
    bookingOpensDate: opens.date,
    bookingOpensTime: opens.time,
    bookingClosesDate: closes.date,
    bookingClosesTime: closes.time,
    status: event.status === 'planned' ? 'planned' : 'published',
    sessions:
      event.sessions.length === 0
        ? [emptySession(1)]
        : event.sessions.map((session, index) => {
            const start = formPartsOf(session.startsAt)
            return {
              key: index + 1,
              date: start.date,
              startTime: start.time,
              endTime: formPartsOf(session.endsAt).time,
            }
          }),
  }
}

/** The names of a session's fields, which are also their ids (the date's first is `-day`). */
export const sessionField = {
  date: (key: number) => `session-${String(key)}-date`,
  startTime: (key: number) => `session-${String(key)}-startTime`,
  endTime: (key: number) => `session-${String(key)}-endTime`,
}

/** The form's fields in page order, as the error summary lists them. */
export function eventFormFields(values: Pick<EventFormValues, 'sessions'>): string[] {
  return [
    'kind',
    'title',
    'description',
    'audience',
    'minAge',
    'maxAge',
    'delivery',
    'venueName',
    'venueAddress',
    'onlineLink',
    'capacity',
    'localAuthorityId',
    'bookingOpensAt',
    'bookingOpensTime',
    'bookingClosesAt',
    'bookingClosesTime',
    'status',
    'sessions',
    ...values.sessions.flatMap((session) => [
      sessionField.date(session.key),
      sessionField.startTime(session.key),
      sessionField.endTime(session.key),
    ]),
  ]
}

export interface CheckedEventForm {
  /** The event to send, when the form has no errors. */
  input?: GroupEventInput
  /** Messages by form field. */
  errors: Record<string, string>
  /** Messages about no one field. */
  problems: string[]
  /** The parts of each date input to highlight, by field. */
  dateErrorParts: Record<string, DatePart[]>
}

type Instant =
  | { kind: 'empty' }
  | { kind: 'instant'; value: string }
  | { kind: 'invalid'; dateError?: string; dateParts?: DatePart[]; timeError?: string }

/** A London date and time of the form as an ISO instant, or what is wrong with them. */
function readInstant(
  date: DateParts,
  time: string,
  words: {
    date: { date: string; year: string }
    enterDate: string
    enterTime: string
    timeFormat: string
  },
): Instant {
  const parsedDate = parseDateParts(date, words.date)
  const parsedTime = parseTimeOfDay(time)
  if (parsedDate.kind === 'empty' && parsedTime.kind === 'empty') {
    return { kind: 'empty' }
  }
  if (parsedDate.kind === 'date' && parsedTime.kind === 'time') {
    return {
      kind: 'instant',
      value: londonDateTime(parsedDate.value, parsedTime.hours, parsedTime.minutes),
    }
  }
  const invalid: Extract<Instant, { kind: 'invalid' }> = { kind: 'invalid' }
  if (parsedDate.kind === 'empty') {
    invalid.dateError = words.enterDate
  } else if (parsedDate.kind === 'invalid') {
    invalid.dateError = parsedDate.message
    invalid.dateParts = parsedDate.fields
  }
  if (parsedTime.kind === 'empty') {
    invalid.timeError = words.enterTime
  } else if (parsedTime.kind === 'invalid') {
    invalid.timeError = words.timeFormat
  }
  return invalid
}

/** A whole number typed in a field: `undefined` when empty, `NaN` when it is not one. */
function readWholeNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (trimmed === '') {
    return undefined
  }
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim())

/**
 * Checks the form with the contract's rules (the same the BFF applies) and the form's own (a
 * date and time that are real), and makes the event input to send.
 */
export function checkEventForm(values: EventFormValues): CheckedEventForm {
  const errors: Record<string, string> = {}
  const problems: string[] = []
  const dateErrorParts: Record<string, DatePart[]> = {}
  const forChildren = values.audience.includes('children')

  function ageOf(field: 'minAge' | 'maxAge', words: string): number | undefined {
    if (!forChildren) {
      return undefined
    }
    const age = readWholeNumber(values[field])
    if (age !== undefined && Number.isNaN(age)) {
      errors[field] = `Enter the ${words} as a whole number, like 8`
      return undefined
    }
    return age
  }

  function instantOf(
    dateField: string,
    timeField: string,
    instant: Instant,
  ): string | undefined | null {
    if (instant.kind === 'instant') {
      return instant.value
    }
    if (instant.kind === 'invalid') {
      if (instant.dateError !== undefined) {
        errors[dateField] = instant.dateError
        if (instant.dateParts !== undefined) {
          dateErrorParts[dateField] = instant.dateParts
        }
      }
      if (instant.timeError !== undefined) {
        errors[timeField] = instant.timeError
      }
      return null
    }
    return undefined
  }

  const bookingOpensAt = instantOf(
    'bookingOpensAt',
    'bookingOpensTime',
    readInstant(values.bookingOpensDate, values.bookingOpensTime, {
      date: { date: 'The date booking opens', year: 'The year booking opens' },
      enterDate: 'Enter the date booking opens',
      enterTime: 'Enter the time booking opens',
      timeFormat: 'Enter the time booking opens, like 9am or 2:30pm',
    }),
  )
  const bookingClosesAt = instantOf(
    'bookingClosesAt',
    'bookingClosesTime',
    readInstant(values.bookingClosesDate, values.bookingClosesTime, {
      date: { date: 'The date booking closes', year: 'The year booking closes' },
      enterDate: 'Enter the date booking closes',
      enterTime: 'Enter the time booking closes',
      timeFormat: 'Enter the time booking closes, like 5pm or 11:30am',
    }),
  )

  const published = values.status === 'published'
  const sessions = (published ? values.sessions : []).map((session, index) => {
    const number = String(index + 1)
    const dateField = sessionField.date(session.key)
    const startField = sessionField.startTime(session.key)
    const endField = sessionField.endTime(session.key)
    const startsAt = instantOf(
      dateField,
      startField,
      readInstant(session.date, session.startTime, {
        date: { date: `The date of session ${number}`, year: `The year of session ${number}` },
        enterDate: `Enter the date of session ${number}`,
        enterTime: `Enter the start time of session ${number}`,
        timeFormat: `Enter the start time of session ${number}, like 10am or 2:30pm`,
      }),
    )
    if (startsAt === undefined) {
      errors[dateField] = `Enter the date of session ${number}`
      errors[startField] = `Enter the start time of session ${number}`
    }
    const endTime = parseTimeOfDay(session.endTime)
    const date = parseDateParts(session.date, { date: '', year: '' })
    let endsAt: string | undefined
    if (endTime.kind === 'empty') {
      errors[endField] = `Enter the end time of session ${number}`
    } else if (endTime.kind === 'invalid') {
      errors[endField] = `Enter the end time of session ${number}, like 11am or 4:30pm`
    } else if (date.kind === 'date') {
      endsAt = londonDateTime(date.value, endTime.hours, endTime.minutes)
      if (typeof startsAt === 'string' && Date.parse(endsAt) <= Date.parse(startsAt)) {
        errors[endField] = `The end time of session ${number} must be after the start time`
      }
    }
    return { startsAt: startsAt ?? undefined, endsAt }
  })

  const candidate = {
    kind: values.kind || undefined,
    title: values.title,
    description: values.description,
    audience: values.audience,
    minAge: ageOf('minAge', 'youngest age'),
    maxAge: ageOf('maxAge', 'oldest age'),
    delivery: values.delivery || undefined,
    venueName: values.delivery === 'in_person' ? optional(values.venueName) : undefined,
    venueAddress: values.delivery === 'in_person' ? optional(values.venueAddress) : undefined,
    onlineLink: values.delivery === 'online' ? optional(values.onlineLink) : undefined,
    capacity: readWholeNumber(values.capacity),
    localAuthorityId: values.localAuthorityId === '' ? null : values.localAuthorityId,
    bookingOpensAt: bookingOpensAt ?? undefined,
    bookingClosesAt: bookingClosesAt ?? undefined,
    status: values.status || undefined,
    sessions,
  }
  if (candidate.capacity !== undefined && Number.isNaN(candidate.capacity)) {
    errors.capacity = 'Enter the number of places as a whole number, like 12'
  }

  // The contract's rules across fields (zod checks them only once every field is valid on its
  // own), in its words, so that one submit shows every problem.
  const rule = (field: string, broken: boolean, message: string) => {
    if (broken) {
      errors[field] ??= message
    }
  }
  rule('venueName', values.delivery === 'in_person' && !candidate.venueName, 'Enter the venue')
  rule(
    'onlineLink',
    values.delivery === 'online' && !candidate.onlineLink,
    'Enter the link to join online',
  )
  rule('minAge', forChildren && values.minAge.trim() === '', 'Enter the youngest age')
  rule('maxAge', forChildren && values.maxAge.trim() === '', 'Enter the oldest age')
  rule(
    'maxAge',
    candidate.minAge !== undefined &&
      candidate.maxAge !== undefined &&
      candidate.minAge > candidate.maxAge,
    'The oldest age must be the same as or more than the youngest age',
  )
  rule(
    'bookingClosesAt',
    typeof bookingOpensAt === 'string' &&
      typeof bookingClosesAt === 'string' &&
      Date.parse(bookingClosesAt) <= Date.parse(bookingOpensAt),
    'Booking must close after it opens',
  )

  const parsed = groupEventInputSchema.safeParse(candidate)
  if (!parsed.success) {
    const schemaErrors = formErrorsOf(fieldErrorsOf(parsed.error), values.sessions)
    // The form's own messages say more than the schema's about what was typed: a session whose
    // date or times could not be read has those, and no others.
    const unreadSessions = new Set(
      values.sessions
        .filter((session) =>
          Object.values(sessionField).some((field) => errors[field(session.key)] !== undefined),
        )
        .map((session) => session.key),
    )
    for (const [field, message] of Object.entries(schemaErrors.known)) {
      const session = /^session-(\d+)-/.exec(field)
      if (session === null || !unreadSessions.has(Number(session[1]))) {
        errors[field] ??= message
      }
    }
    problems.push(...schemaErrors.problems)
  }
  if (Object.keys(errors).length > 0 || !parsed.success) {
    return { errors, problems, dateErrorParts }
  }
  return { input: parsed.data, errors, problems, dateErrorParts }
}

/**
 * The messages of the API (or the schema) by form field: `sessions.1.endsAt` is the end time of
 * the second session, `sessions.1.startsAt` its date, `bookingOpensAt` the date booking opens.
 * An update's paths start with `event.`. Messages about anything else are problems with the form.
 */
export function formErrorsOf(
  fieldErrors: Record<string, string>,
  sessions: SessionValues[],
): { known: Record<string, string>; problems: string[] } {
  const known: Record<string, string> = {}
  const problems: string[] = []
  const plain = new Set(eventFormFields({ sessions: [] }))
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldOf(path.replace(/^event\./, ''), sessions, plain)
    if (field === undefined) {
      problems.push(message)
    } else {
      known[field] ??= message
    }
  }
  return { known, problems }
}

function fieldOf(path: string, sessions: SessionValues[], plain: Set<string>): string | undefined {
  const match = /^sessions\.(\d+)(?:\.(startsAt|endsAt))?/.exec(path)
  if (match) {
    const [, index = '', part] = match
    const session = sessions[Number(index)]
    if (session === undefined) {
      return sessions.length === 0 ? 'sessions' : undefined
    }
    return part === 'endsAt' ? sessionField.endTime(session.key) : sessionField.date(session.key)
  }
  if (path === 'sessions') {
    return 'sessions'
  }
  const [top = ''] = path.split('.')
  return plain.has(top) ? top : undefined
}
