import type { AsfRules, AsfTherapyType } from '../../contract/index.ts'

// The fund's rules, applied: financial years, which rule set judges an application, and what a
// child has left. Pure functions of dates ('yyyy-MM-dd', London calendar dates) and pence.

/** The financial year (1 April to 31 March) a London date falls in, named by its first year. */
export function financialYearOf(londonDate: string): number {
  const year = Number(londonDate.slice(0, 4))
  const month = Number(londonDate.slice(5, 7))
  return month >= 4 ? year : year - 1
}

export function financialYearBounds(financialYear: number) {
  return { startsOn: `${financialYear}-04-01`, endsOn: `${financialYear + 1}-03-31` }
}

/** "2026 to 2027", as GOV.UK writes a financial year. */
export function financialYearName(financialYear: number) {
  return `${financialYear} to ${financialYear + 1}`
}

/**
 * The rule set that judges an application for `financialYear` made on `madeOn`: the one in force
 * on the later of the year's first day and the day it was made, kept within the year. So an
 * application for 2025 to 2026 made in March 2025 is judged by April 2025's rules, and one made
 * after a change in the middle of a year by the new rules.
 */
export function ruleSetFor<R extends Pick<AsfRules, 'effectiveFrom'>>(
  ruleSets: readonly R[],
  financialYear: number,
  madeOn: string,
): R {
  const { startsOn, endsOn } = financialYearBounds(financialYear)
  const judgedOn = madeOn < startsOn ? startsOn : madeOn > endsOn ? endsOn : madeOn
  let chosen: R | undefined
  for (const rules of ruleSets) {
    if (
      rules.effectiveFrom <= judgedOn &&
      (!chosen || rules.effectiveFrom > chosen.effectiveFrom)
    ) {
      chosen = rules
    }
  }
  if (!chosen) throw new Error(`No fund rules in force on ${judgedOn}`)
  return chosen
}

/** What the child's other live applications this year hold: all of it, and the assessments'. */
export interface Committed {
  totalPence: number
  assessmentPence: number
}

/** What is left for the child this year: for therapy (or everything) and for assessments. */
export function remainingFor(rules: AsfRules, committed: Committed) {
  const assessmentLeft = Math.max(0, rules.assessmentLimitPence - committed.assessmentPence)
  if (rules.assessmentsWithinLimit) {
    const left = Math.max(0, rules.fairAccessLimitPence - committed.totalPence)
    return { remainingPence: left, remainingAssessmentPence: Math.min(left, assessmentLeft) }
  }
  const therapyCommitted = Math.max(0, committed.totalPence - committed.assessmentPence)
  return {
    remainingPence: Math.max(0, rules.fairAccessLimitPence - therapyCommitted),
    remainingAssessmentPence: assessmentLeft,
  }
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

/** £1,234.50; whole pounds without pence: £3,000. */
export function formatPence(amount: number): string {
  const text = pounds.format(amount / 100)
  return text.endsWith('.00') ? text.slice(0, -3) : text
}

export interface Judgement {
  totalPence: number
  requestedPence: number
  /** The part over the fund's limits, which the council pays where the rules allow it. */
  overLimitPence: number
  fieldErrors: Record<string, string>
}

/**
 * An application's lines and match funding against the rules and what the child has left. Under
 * the rules from April 2025 nothing over the limit may be asked for, and there is no match
 * funding; under the earlier rules the part over the limits must be match funded.
 */
export function judgeApplication(
  rules: AsfRules,
  committed: Committed,
  lines: readonly { therapyType: AsfTherapyType; costPence: number }[],
  matchFundingPence: number,
): Judgement {
  const totalPence = lines.reduce((sum, line) => sum + line.costPence, 0)
  const assessmentPence = lines
    .filter((line) => line.therapyType === 'specialist_assessment')
    .reduce((sum, line) => sum + line.costPence, 0)
  const therapyPence = totalPence - assessmentPence
  const { remainingPence, remainingAssessmentPence } = remainingFor(rules, committed)
  const fieldErrors: Record<string, string> = {}

  if (rules.assessmentsWithinLimit) {
    if (matchFundingPence > 0) {
      fieldErrors.matchFundingPence = 'The fund’s rules for this year do not allow match funding'
    }
    if (assessmentPence > remainingAssessmentPence) {
      fieldErrors.lines = `Specialist assessments must be ${formatPence(remainingAssessmentPence)} or less: what is left of the ${formatPence(rules.assessmentLimitPence)} for this child this financial year`
    } else if (totalPence > remainingPence) {
      fieldErrors.lines = `The total must be ${formatPence(remainingPence)} or less: what is left of the fund’s ${formatPence(rules.fairAccessLimitPence)} limit for this child this financial year`
    }
    return { totalPence, requestedPence: totalPence, overLimitPence: 0, fieldErrors }
  }

  const overLimitPence =
    Math.max(0, therapyPence - remainingPence) +
    Math.max(0, assessmentPence - remainingAssessmentPence)
  if (matchFundingPence > totalPence) {
    fieldErrors.matchFundingPence = 'Match funding must not be more than the total'
  } else if (matchFundingPence < overLimitPence) {
    fieldErrors.matchFundingPence = `Enter match funding of at least ${formatPence(overLimitPence)}: the part over the fund’s limits for this child this financial year`
  }
  return { totalPence, requestedPence: totalPence - matchFundingPence, overLimitPence, fieldErrors }
}
