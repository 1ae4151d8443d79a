import { describe, expect, it } from 'vitest'
import {
  letterPieces,
  mergeRanges,
  rangesOfPhrase,
  redactedText,
  removedText,
  trimRange,
} from './redactions.ts'

describe('taking words out of a letter', () => {
  it('puts ranges in order, clipped to the letter, with those that overlap or touch made one', () => {
    expect(
      mergeRanges(
        [
          { start: 20, end: 25 },
          { start: 2, end: 6 },
          { start: 4, end: 9 },
          { start: 9, end: 12 },
          { start: 28, end: 40 },
          { start: 14, end: 14 },
        ],
        30,
      ),
    ).toEqual([
      { start: 2, end: 12 },
      { start: 20, end: 25 },
      { start: 28, end: 30 },
    ])
  })

  it('replaces each passage taken out with the agency’s words', () => {
    const body = 'Call 07700 900123 or see us at Oakfield Primary.'
    expect(
      redactedText(body, [
        { start: 31, end: 47 },
        { start: 5, end: 17 },
      ]),
    ).toBe(`Call ${removedText} or see us at ${removedText}.`)
    expect(redactedText(body, [])).toBe(body)
  })

  it('finds words typed wherever they appear, in any case and across a line break', () => {
    const body = 'We went to Otley\nHarriers. OTLEY HARRIERS won! (Otley)'
    expect(rangesOfPhrase(body, '  otley harriers ')).toEqual([
      { start: 11, end: 25 },
      { start: 27, end: 41 },
    ])
    expect(rangesOfPhrase(body, '(Otley)')).toEqual([{ start: 47, end: 54 }])
    expect(rangesOfPhrase(body, 'Leeds')).toEqual([])
    expect(rangesOfPhrase(body, '   ')).toEqual([])
  })

  it('leaves the spaces at either end of a selection in the letter', () => {
    const body = 'Dear Karen,\n\nHello'
    expect(trimRange(body, { start: 4, end: 13 })).toEqual({ start: 5, end: 11 })
    expect(trimRange(body, { start: 11, end: 13 })).toBeUndefined()
  })

  it('draws highlights that overlap as one mark, split where words are taken out', () => {
    const pieces = letterPieces(
      30,
      [
        { start: 5, end: 10, label: 'possible name' },
        { start: 8, end: 14, label: 'possible place' },
        { start: 20, end: 24, label: 'possible name' },
      ],
      [{ start: 9, end: 22 }],
    )
    expect(pieces).toEqual([
      { kind: 'text', segments: [{ start: 0, end: 5, takenOut: false }] },
      {
        kind: 'mark',
        labels: ['possible name', 'possible place'],
        segments: [
          { start: 5, end: 9, takenOut: false },
          { start: 9, end: 14, takenOut: true },
        ],
      },
      { kind: 'text', segments: [{ start: 14, end: 20, takenOut: true }] },
      {
        kind: 'mark',
        labels: ['possible name'],
        segments: [
          { start: 20, end: 22, takenOut: true },
          { start: 22, end: 24, takenOut: false },
        ],
      },
      { kind: 'text', segments: [{ start: 24, end: 30, takenOut: false }] },
    ])
  })
})
