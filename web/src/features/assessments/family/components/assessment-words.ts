import type { MyAssessment } from '@asp/bff/contract'
import { formatDate } from '../../../../lib/dates.ts'

export { formatDay } from '../../../../lib/dates.ts'
export { formatPence } from '../../../../lib/money.ts'

/** "Mia", "Mia and Leo", "Mia, Leo and Ava". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) {
    return names.join('')
  }
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}

/**
 * What tells one assessment from another: "Assessment for Mia and Leo, asked for on 3 October
 * 2026", or "Assessment asked for on 3 October 2026" when it names no children (a birth
 * relative's own).
 */
export function assessmentHeading(
  assessment: Pick<MyAssessment, 'childNames' | 'requestedOn'>,
): string {
  const askedFor = `asked for on ${formatDate(assessment.requestedOn)}`
  return assessment.childNames.length === 0
    ? `Assessment ${askedFor}`
    : `Assessment for ${nameList(assessment.childNames)}, ${askedFor}`
}

/** A service's dates: "From 4 January 2027 to 28 June 2027", or "From 4 January 2027". */
export function serviceDates(startsOn: string, endsOn: string | null): string {
  const from = `From ${formatDate(startsOn)}`
  return endsOn === null ? from : `${from} to ${formatDate(endsOn)}`
}

/** Newest first, by the date each was asked for; the same day keeps the API's order. */
export function newestFirst(assessments: readonly MyAssessment[]): MyAssessment[] {
  return [...assessments].sort((a, b) => b.requestedOn.localeCompare(a.requestedOn))
}
