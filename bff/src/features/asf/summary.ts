import {
  asfEligibilityNames,
  asfOutcomeToolNames,
  asfTherapyTypeNames,
  type AsfApplication,
} from '../../contract/index.ts'
import { formatLondonDate } from '../../platform/working-days/working-days.ts'
import { financialYearName, formatPence } from './fund-rules.ts'

// The de-identified summary a worker copies into the fund's own portal: the child's age, not their
// name; the therapies and money; the justification with every name and place of the family taken
// out. Nothing here names or places the family.

export interface IdentifyingWords {
  childNames: string[]
  parentNames: string[]
  addressLine1: string
  addressLine2: string | null
  town: string
  postcode: string
  reference: string
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `text` with each of the family's names (whole and each part of two letters or more), address
 * parts and reference replaced by a neutral word, longest first so that a full name goes as one.
 */
export function deidentify(text: string, words: IdentifyingWords): string {
  const replacements: [string, string][] = []
  const add = (value: string | null, by: string) => {
    const trimmed = value?.trim()
    if (trimmed && trimmed.length >= 2) replacements.push([trimmed, by])
  }
  for (const name of words.childNames) {
    add(name, '[child]')
    for (const part of name.split(/\s+/)) add(part, '[child]')
  }
  for (const name of words.parentNames) {
    add(name, '[parent]')
    for (const part of name.split(/\s+/)) add(part, '[parent]')
  }
  add(words.addressLine1, '[address]')
  add(words.addressLine2, '[address]')
  add(words.town, '[place]')
  add(words.postcode, '[postcode]')
  add(words.reference, '[reference]')
  replacements.sort((a, b) => b[0].length - a[0].length)
  let result = text
  for (const [word, by] of replacements) {
    result = result.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'giu'),
      by,
    )
  }
  return result
}

/** Whole years from `dateOfBirth` to `on`, both London dates. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}

export function summaryOf(
  application: AsfApplication,
  child: { dateOfBirth: string },
  words: IdentifyingWords,
  today: string,
): { fileName: string; content: string } {
  const lines = [
    'Adoption Support Fund application: summary for the fund',
    '',
    `Financial year: ${financialYearName(application.financialYear)}`,
    `Eligibility: ${asfEligibilityNames[application.eligibility]}`,
    `Child’s age: ${ageOn(child.dateOfBirth, today)}`,
    `Needs assessment finished: ${formatLondonDate(application.assessedOn)}`,
    '',
    'Therapies',
    ...application.lines.flatMap((line, index) => [
      `${index + 1}. ${asfTherapyTypeNames[line.therapyType]}: ${line.providerName}`,
      `   ${line.sessions} ${line.sessions === 1 ? 'session' : 'sessions'}, ${formatPence(line.costPence)}, ending by ${formatLondonDate(line.endsOn)}`,
      `   Outcome measure: ${asfOutcomeToolNames[line.outcomeTool]}${line.baselineScore !== null ? `, baseline score ${line.baselineScore}` : ''}`,
    ]),
    '',
    `Total: ${formatPence(application.totalPence)}`,
    `Match funding from the council: ${formatPence(application.matchFundingPence)}`,
    `Asked of the fund: ${formatPence(application.requestedPence)}`,
    '',
    'Why the therapy is needed',
    deidentify(application.justification, words),
    '',
  ]
  return {
    fileName: `asf-summary-${application.financialYear}-${application.id.slice(0, 8)}.txt`,
    content: lines.join('\r\n'),
  }
}
