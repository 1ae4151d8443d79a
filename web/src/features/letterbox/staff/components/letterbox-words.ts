import {
  monthNames,
  type AgreementStatus,
  type identifyingKindSchema,
  type LetterProgress,
  type LetterSide,
} from '@asp/bff/contract'
import type { TagColour } from '../../../../components/tag.tsx'
import { formatDate, formatDay } from '../../../../lib/dates.ts'

export { formatDay }
import type { z } from 'zod'

/** The staff's words for letterbox contact, shared by its pages. */

export type IdentifyingKind = z.infer<typeof identifyingKindSchema>

/** What the automatic check thinks a highlighted passage is, as a reviewer reads it. */
export const identifyingKindNames: Record<IdentifyingKind, string> = {
  name: 'possible name',
  address: 'possible address',
  postcode: 'possible postcode',
  phone: 'possible phone number',
  email: 'possible email address',
  web: 'possible website',
  handle: 'possible social media name',
  school: 'possible school',
  club: 'possible club or group',
  place: 'possible place',
  employer: 'possible workplace',
  vehicle: 'possible vehicle registration',
  family_record: 'detail from the family’s record',
}

/** "Possible phone number": a kind's name at the start of a sentence or heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const letterSideNames: Record<LetterSide, string> = {
  adoptive_family: 'Adoptive family',
  birth_relative: 'Birth relative',
}

/** Where a letter is, as staff follow it. */
export const staffProgressNames: Record<LetterProgress, string> = {
  draft: 'Draft',
  received: 'To check',
  being_checked: 'Being checked',
  returned: 'Returned to the writer',
  released: 'Passed on',
  read: 'Passed on and read',
  withheld: 'Not passed on',
}

export const progressColours: Record<LetterProgress, TagColour | undefined> = {
  draft: 'grey',
  received: undefined,
  being_checked: 'purple',
  returned: 'orange',
  released: 'green',
  read: 'green',
  withheld: 'red',
}

export const agreementStatusColours: Record<AgreementStatus, TagColour | undefined> = {
  active: 'green',
  paused: 'yellow',
  ended: 'grey',
}

/** "a, b and c": a list in words. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}

/** "January, May and September": the months letters are due, in calendar order. */
export function monthsInWords(months: readonly number[]): string {
  return listInWords([...months].sort((a, b) => a - b).map((month) => monthNames[month - 1] ?? ''))
}

/** A due month (`2026-03-01`) as "March 2026". */
export function formatMonth(isoDate: string): string {
  const [year = '', month = ''] = isoDate.split('-')
  return `${monthNames[Number(month) - 1] ?? ''} ${year}`
}

const dayMs = 24 * 60 * 60 * 1000

/** How long a letter has waited since it was sent: "Less than a day", "1 day", "12 days". */
export function waitingText(since: string, now: number): string {
  const days = Math.floor((now - Date.parse(since)) / dayMs)
  if (days < 1) {
    return 'Less than a day'
  }
  return days === 1 ? '1 day' : `${String(days)} days`
}

/** "Yes" or "No". */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No'
}

/** The day a letter came: sent through the portal, or received on paper. */
export function receivedText(letter: { submittedAt: string | null; paperDate: string | null }) {
  if (letter.submittedAt !== null) {
    return formatDay(letter.submittedAt)
  }
  return letter.paperDate === null ? 'Not sent yet' : formatDate(letter.paperDate)
}

const londonIsoDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/London',
})

/** Today's date in the UK, as `2026-10-03`. */
export function londonToday(now: number = Date.now()): string {
  return londonIsoDate.format(new Date(now))
}
