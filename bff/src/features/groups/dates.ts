import { londonMidnight, toLondonDate } from '../../platform/working-days/working-days.ts'

export { londonMidnight }

// Dates as groups and training count them: London calendar days, months and ages. Used by the
// repositories (date filters), the services and the views alike, so it imports none of them.

/** The month after a 'yyyy-mm' month. */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number)
  return number === 12 ? `${year! + 1}-01` : `${year}-${String(number! + 1).padStart(2, '0')}`
}

/** The start of today in London: events from then on are upcoming. */
export const startOfLondonDay = (now: Date) => londonMidnight(toLondonDate(now))

/** Age in whole years on a date; both 'yyyy-mm-dd'. A 29 February birthday comes on 1 March. */
export function ageOn(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return date.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}
