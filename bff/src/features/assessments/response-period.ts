import {
  isWorkingDay,
  toLondonDate,
  type BankHolidays,
} from '../../platform/working-days/working-days.ts'

/**
 * The family's time to respond to a proposed decision (Adoption Support Services Regulations
 * 2005): the agency sets how many days, 28 unless it says otherwise.
 *
 * The rule:
 * - Count calendar days from the London date the proposal was sent: sent on 1 July with 28 days,
 *   the last day to respond is 29 July. The London date, so a proposal sent at 00:30 on 1 July in
 *   summer time is 1 July even though it is still 30 June in UTC.
 * - When that day is not a working day in England and Wales (a Saturday, a Sunday or a bank
 *   holiday), the last day moves to the next working day, so the family never loses a day to a
 *   closed office.
 * - The family has the whole of the last day: the period has ended only once the London date is
 *   after it. A response that arrives later still counts while no decision has been made.
 */
export const responseDaysDefault = 28

/** The last day the family may respond, 'yyyy-MM-dd', for a proposal sent at `sentAt`. */
export function responseDueOn(sentAt: Date, days: number, holidays: BankHolidays): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Expected a whole number of days, got ${days}`)
  }
  let dueOn = addCalendarDays(toLondonDate(sentAt), days)
  while (!isWorkingDay(dueOn, holidays)) dueOn = addCalendarDays(dueOn, 1)
  return dueOn
}

/** Whether the time to respond is over at `now`: true from midnight in London after `dueOn`. */
export function hasResponsePeriodEnded(dueOn: string, now: Date): boolean {
  // 'yyyy-MM-dd' strings sort as the dates they name.
  return toLondonDate(now) > dueOn
}

/** A calendar date plus whole days. Done in UTC, which has no clock changes to skip or repeat. */
function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10)
}
