import { TZDate } from '@date-fns/tz'
import { addMonths, addYears, format, subDays } from 'date-fns'
import type { AgreementDirection, LetterSide } from '../../contract/index.ts'
import { toLondonDate } from '../../platform/working-days/working-days.ts'

// The letterbox calendar: which months letters are due in, who owes them, when a month is overdue,
// when writers are reminded and when an agreement is reviewed. Dates are London calendar dates,
// 'yyyy-mm-dd'; a due month is its first day. Pure: the caller passes today from the clock.

const london = 'Europe/London'

function londonDay(date: string): TZDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new TZDate(year, month - 1, day, london)
}

const isoDate = (date: Date) => format(date, 'yyyy-MM-dd')

/** Today in London, from the clock's instant. */
export const londonToday = (now: Date) => toLondonDate(now)

/** The first day of the date's month. */
export const monthStart = (date: string) => `${date.slice(0, 7)}-01`

/** A date `months` later (or earlier); the 31st of a shorter month becomes its last day. */
export const addMonthsTo = (date: string, months: number) =>
  isoDate(addMonths(londonDay(date), months))

/** The due months (first days) from `from`'s month to `to`'s month, both included. */
export function dueMonthsBetween(exchangeMonths: number[], from: string, to: string): string[] {
  const wanted = new Set(exchangeMonths)
  const last = monthStart(to)
  const months: string[] = []
  for (let month = monthStart(from); month <= last; month = addMonthsTo(month, 1)) {
    if (wanted.has(Number(month.slice(5, 7)))) months.push(month)
  }
  return months
}

/** One side that owes letters: the family, or one birth relative. */
export interface Writer {
  writerSide: LetterSide
  birthRelativeId: string | null
}

/** Whether a side writes under an agreement going this way. */
export function sideWrites(direction: AgreementDirection, side: LetterSide): boolean {
  if (direction === 'two_way') return true
  return side === 'adoptive_family' ? direction === 'from_family' : direction === 'to_family'
}

/** Who writes: the family if it writes, and each birth relative party if they write. */
export function writersOf(direction: AgreementDirection, birthRelativeIds: string[]): Writer[] {
  return [
    ...(sideWrites(direction, 'adoptive_family')
      ? [{ writerSide: 'adoptive_family' as const, birthRelativeId: null }]
      : []),
    ...(sideWrites(direction, 'birth_relative')
      ? birthRelativeIds.map((id) => ({
          writerSide: 'birth_relative' as const,
          birthRelativeId: id,
        }))
      : []),
  ]
}

/** What the schedule of an agreement is made from. */
export interface ScheduledAgreement {
  direction: AgreementDirection
  exchangeMonths: number[]
  startsOn: string
  birthRelativeIds: string[]
}

/** An exchange owed: a writer and a due month. */
export type DueExchange = Writer & { dueMonth: string }

/** Every exchange from `from`'s month to `to`'s month, writer by writer. */
export function exchangesBetween(
  agreement: ScheduledAgreement,
  from: string,
  to: string,
): DueExchange[] {
  const months = dueMonthsBetween(agreement.exchangeMonths, from, to)
  return writersOf(agreement.direction, agreement.birthRelativeIds).flatMap((writer) =>
    months.map((dueMonth) => ({ ...writer, dueMonth })),
  )
}

/** The schedule is kept twelve months ahead of today. */
export const scheduleHorizon = (today: string) => addMonthsTo(today, 12)

/** A new agreement's exchanges: from its start month to twelve months from today. */
export const scheduleForNewAgreement = (agreement: ScheduledAgreement, today: string) =>
  exchangesBetween(agreement, agreement.startsOn, scheduleHorizon(today))

/**
 * The daily top-up: from this month (or the start month, if later) to twelve months ahead. It
 * never goes back, so the months an agreement was paused are not owed when it restarts.
 */
export function scheduleTopUp(agreement: ScheduledAgreement, today: string): DueExchange[] {
  const from = agreement.startsOn > today ? agreement.startsOn : today
  return exchangesBetween(agreement, from, scheduleHorizon(today))
}

/** An exchange is overdue once its month has ended with no letter: due month + 1 month <= today. */
export const isOverdue = (dueMonth: string, today: string) => addMonthsTo(dueMonth, 1) <= today

/** The day reminders for a due month start: `reminderWeeks` weeks before the month begins. */
export const reminderOpensOn = (dueMonth: string, reminderWeeks: number) =>
  isoDate(subDays(londonDay(dueMonth), reminderWeeks * 7))

/** Whether writers should be reminded today: from the reminder day until the month has ended. */
export const isReminderDue = (dueMonth: string, reminderWeeks: number, today: string) =>
  reminderOpensOn(dueMonth, reminderWeeks) <= today && !isOverdue(dueMonth, today)

/**
 * A letter sent today answers an open exchange due by the end of the month three months on: a
 * letter written early still counts for the next exchange.
 */
export const latestAnswerableMonth = (today: string) => monthStart(addMonthsTo(today, 3))

/** The first review is a year after the agreement starts. */
export const firstReviewOn = (startsOn: string) => isoDate(addYears(londonDay(startsOn), 1))

/** After a review, the next is three years on. */
export const nextReviewAfter = (reviewedOn: string) => isoDate(addYears(londonDay(reviewedOn), 3))

/** A review is due on its date and after. */
export const isReviewDue = (nextReviewOn: string, today: string) => nextReviewOn <= today
