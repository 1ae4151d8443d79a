// Scoring for the identifying-details check, shared by the development and held-out tests so both
// sets are judged the same way.
import type { LetterCase } from './identifying-details.dev-cases.ts'
import type { CheckContext, Highlight } from './identifying-details.ts'

export interface MarkedSpan {
  start: number
  end: number
  text: string
}

/** The letter without its [[marks]], and where each marked detail sits in that plain text. */
export function parseMarkedLetter(letter: string): { text: string; spans: MarkedSpan[] } {
  const spans: MarkedSpan[] = []
  let text = ''
  let rest = letter
  for (;;) {
    const open = rest.indexOf('[[')
    if (open < 0) break
    const close = rest.indexOf(']]', open + 2)
    if (close < 0) throw new Error(`Unclosed [[ in letter near: ${rest.slice(open, open + 40)}`)
    text += rest.slice(0, open)
    const detail = rest.slice(open + 2, close)
    spans.push({ start: text.length, end: text.length + detail.length, text: detail })
    text += detail
    rest = rest.slice(close + 2)
  }
  return { text: text + rest, spans }
}

/** The family's record flattened into the watch list the check takes. */
export function contextFor(letterCase: LetterCase): CheckContext {
  const record = letterCase.familyRecord
  return {
    familyWords: [
      ...record.surnames,
      ...record.addressLines,
      ...record.towns,
      ...record.postcodes,
      ...record.watchWords,
    ],
    agreedNames: letterCase.agreedNames,
  }
}

export interface LetterScore {
  /** Marked details across all letters. */
  details: number
  /** Marked details overlapped by at least one highlight. */
  found: number
  recall: number
  /** Highlights that overlap no marked detail, across all letters. */
  falseAlarms: number
  /** Letters with nothing marked. */
  ordinaryLetters: number
  /** False alarms in letters with nothing marked, divided by how many such letters there are. */
  falseAlarmsPerOrdinaryLetter: number
  maxFalseAlarmsInOneLetter: number
  /** Details not found, and false alarms, as "title: text" for reading in the test output. */
  missed: string[]
  falseAlarmTexts: string[]
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

export function scoreLetters(
  cases: LetterCase[],
  check: (text: string, context: CheckContext) => Highlight[],
): LetterScore {
  let details = 0
  let found = 0
  let falseAlarms = 0
  let ordinaryLetters = 0
  let ordinaryFalseAlarms = 0
  let maxFalseAlarmsInOneLetter = 0
  const missed: string[] = []
  const falseAlarmTexts: string[] = []
  for (const letterCase of cases) {
    const { text, spans } = parseMarkedLetter(letterCase.letter)
    const highlights = check(text, contextFor(letterCase))
    details += spans.length
    for (const span of spans) {
      if (highlights.some((highlight) => overlaps(highlight, span))) found += 1
      else missed.push(`${letterCase.title}: ${span.text}`)
    }
    const alarms = highlights.filter(
      (highlight) => !spans.some((span) => overlaps(highlight, span)),
    )
    falseAlarms += alarms.length
    maxFalseAlarmsInOneLetter = Math.max(maxFalseAlarmsInOneLetter, alarms.length)
    for (const alarm of alarms) {
      falseAlarmTexts.push(`${letterCase.title}: ${alarm.text} (${alarm.kind})`)
    }
    if (spans.length === 0) {
      ordinaryLetters += 1
      ordinaryFalseAlarms += alarms.length
    }
  }
  return {
    details,
    found,
    recall: details === 0 ? 1 : found / details,
    falseAlarms,
    ordinaryLetters,
    falseAlarmsPerOrdinaryLetter: ordinaryLetters === 0 ? 0 : ordinaryFalseAlarms / ordinaryLetters,
    maxFalseAlarmsInOneLetter,
    missed,
    falseAlarmTexts,
  }
}
