import { monthNames } from '@asp/bff/contract'
import type { MyAgreement } from '../api/get-my-letterbox.ts'

export { formatDay } from '../../../../lib/dates.ts'

/**
 * How the letterbox pages put an agreement and its dates into plain words: "You write to Birth
 * mum, Sarah each March and September, and they write back."
 */

const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  return list.format(items)
}

/** "March 2027" for the first day of a month (`2027-03-01`) or the month itself (`2027-03`). */
export function formatMonth(isoDate: string): string {
  const [year = '', month = '1'] = isoDate.split('-')
  return `${monthNames[Number(month) - 1] ?? ''} ${year}`
}

/** "each March and September", "each June", or "every month". */
export function exchangeMonthsText(months: readonly number[]): string {
  if (new Set(months).size === 12) {
    return 'every month'
  }
  const names = [...months].sort((a, b) => a - b).map((month) => monthNames[month - 1] ?? '')
  return `each ${listText(names)}`
}

type AgreementWords = Pick<
  MyAgreement,
  'otherPartyNames' | 'direction' | 'canWrite' | 'exchangeMonths'
>

/** Who the reader shares letters with: the agreed names, in a list. */
export function otherSideText(agreement: Pick<MyAgreement, 'otherPartyNames'>): string {
  return agreement.otherPartyNames.length === 0
    ? 'the other family'
    : listText(agreement.otherPartyNames)
}

/**
 * Whether the other side's names take "write" rather than "writes": several names, or one that
 * names more than one person ("Maisie’s mum and dad").
 */
function isPlural(names: readonly string[]): boolean {
  return names.length !== 1 || / and /.test(names[0] ?? '')
}

/** Who writes, as the reader's own side: both ways, the reader only, or the other side only. */
export type WhoWrites = 'both' | 'reader' | 'other'

export function whoWrites(agreement: Pick<MyAgreement, 'direction' | 'canWrite'>): WhoWrites {
  if (agreement.direction === 'two_way') {
    return 'both'
  }
  return agreement.canWrite ? 'reader' : 'other'
}

/**
 * The agreement in one sentence: "You write to Birth mum, Sarah each March and September, and they
 * write back." or, where the reader only reads, "Maisie’s mum and dad write to you each June."
 */
export function agreementSentence(agreement: AgreementWords): string {
  const names = otherSideText(agreement)
  const when = exchangeMonthsText(agreement.exchangeMonths)
  switch (whoWrites(agreement)) {
    case 'both':
      return `You write to ${names} ${when}, and they write back.`
    case 'reader':
      return `You write to ${names} ${when}.`
    case 'other':
      return `${names} ${isPlural(agreement.otherPartyNames) ? 'write' : 'writes'} to you ${when}.`
  }
}

/** The heading of an agreement: "Letters with …", "Letters to …" or "Letters from …". */
export function agreementHeading(agreement: AgreementWords): string {
  const names = otherSideText(agreement)
  switch (whoWrites(agreement)) {
    case 'both':
      return `Letters with ${names}`
    case 'reader':
      return `Letters to ${names}`
    case 'other':
      return `Letters from ${names}`
  }
}

/** "Your letter due in September 2026 is overdue.", or the letters of several months. */
export function overdueText(months: readonly string[]): string {
  const names = listText(months.map(formatMonth))
  return months.length === 1
    ? `Your letter due in ${names} is overdue.`
    : `Your letters due in ${names} are overdue.`
}
