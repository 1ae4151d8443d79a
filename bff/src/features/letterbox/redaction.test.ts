import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyRedactions, findInvalidRange, redactionMarker } from './redaction.ts'

const letter = 'We moved to 12 Oak Road in Ardenbury. Maisie goes to St Anne’s school.'
const rangeOf = (text: string, words: string) => {
  const start = text.indexOf(words)
  return { start, end: start + words.length }
}

describe('applyRedactions', () => {
  it('replaces each passage with the marker and keeps what was taken out', () => {
    const road = rangeOf(letter, '12 Oak Road')
    const school = rangeOf(letter, 'St Anne’s school')
    const result = applyRedactions(letter, [school, road])
    expect(result.releasedBody).toBe(
      'We moved to [removed by the agency] in Ardenbury. Maisie goes to [removed by the agency].',
    )
    expect(result.redactions).toEqual([
      { ...road, text: '12 Oak Road' },
      { ...school, text: 'St Anne’s school' },
    ])
  })

  it('merges overlapping and touching passages into one', () => {
    const result = applyRedactions('abcdefghij', [
      { start: 2, end: 5 },
      { start: 4, end: 6 },
      { start: 6, end: 7 },
    ])
    expect(result.releasedBody).toBe(`ab${redactionMarker}hij`)
    expect(result.redactions).toEqual([{ start: 2, end: 7, text: 'cdefg' }])
  })

  it('leaves the text as it is with nothing to take out', () => {
    expect(applyRedactions(letter, [])).toEqual({ releasedBody: letter, redactions: [] })
  })

  it('refuses passages outside the text', () => {
    expect(
      findInvalidRange('abc', [
        { start: 0, end: 1 },
        { start: 2, end: 4 },
      ]),
    ).toBe(1)
    expect(findInvalidRange('abc', [{ start: 2, end: 2 }])).toBe(0)
    expect(findInvalidRange('abc', [{ start: -1, end: 2 }])).toBe(0)
    expect(findInvalidRange('abc', [{ start: 0, end: 3 }])).toBe(-1)
    expect(() => applyRedactions('abc', [{ start: 1, end: 9 }])).toThrow(RangeError)
  })
})

// Letters from characters the marker does not use, so that what the output holds of the letter can
// be told apart from the markers.
const markerCharacters = new Set(redactionMarker)
const letterCharacters = [...'fijklpqsuwxzFIJKLPQSUWXZ0123456789.,\n'].filter(
  (c) => !markerCharacters.has(c),
)
const letterText = fc.string({
  unit: fc.constantFrom(...letterCharacters),
  minLength: 1,
  maxLength: 120,
})
const textWithRanges = letterText.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc
        .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: text.length }))
        .map(([a, b]) => ({ start: Math.min(a, b - 1), end: Math.max(a + 1, b) })),
      { minLength: 1, maxLength: 6 },
    ),
  ),
)

/** Where each occurrence of `words` starts in `text`, overlapping ones too. */
function occurrences(text: string, words: string) {
  const found: number[] = []
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) found.push(at)
  return found
}

describe('applyRedactions, for any letter', () => {
  it('leaves no redacted words in the output when they appear nowhere else in the letter', () => {
    fc.assert(
      fc.property(textWithRanges, fc.nat(), ([text, ranges], pick) => {
        const { releasedBody, redactions } = applyRedactions(text, ranges)
        const taken = redactions[pick % redactions.length]!
        // Only words whose every occurrence lies inside a passage taken out.
        const inside = (at: number) =>
          redactions.some((r) => at >= r.start && at + taken.text.length <= r.end)
        fc.pre(occurrences(text, taken.text).every(inside))
        expect(releasedBody).not.toContain(taken.text)
      }),
      { numRuns: 500 },
    )
  })

  it('takes out a detail written several times when each time is selected', () => {
    const detail = fc.string({ unit: fc.constantFrom(...'ABCDEGH'), minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(fc.array(letterText, { minLength: 2, maxLength: 6 }), detail, (pieces, words) => {
        // The detail between each piece of letter, every time selected.
        let text = ''
        const ranges: { start: number; end: number }[] = []
        pieces.forEach((piece, index) => {
          text += piece
          if (index < pieces.length - 1) {
            ranges.push({ start: text.length, end: text.length + words.length })
            text += words
          }
        })
        const { releasedBody } = applyRedactions(text, ranges)
        expect(releasedBody).not.toContain(words)
        expect(releasedBody).toBe(pieces.join(redactionMarker))
      }),
    )
  })

  it('is never longer than needed: one marker for each separate passage, the rest kept as written', () => {
    fc.assert(
      fc.property(textWithRanges, ([text, ranges]) => {
        const { releasedBody, redactions } = applyRedactions(text, ranges)
        const removed = redactions.reduce((sum, r) => sum + r.end - r.start, 0)
        expect(releasedBody.length).toBe(
          text.length - removed + redactions.length * redactionMarker.length,
        )
        expect(redactions.length).toBeLessThanOrEqual(ranges.length)
        // Passages are separate (no two markers side by side) and in order.
        redactions.slice(1).forEach((r, i) => expect(r.start).toBeGreaterThan(redactions[i]!.end))
        expect(releasedBody).not.toContain(redactionMarker + redactionMarker)
        // What is kept is the letter less every character selected, in order.
        const covered = (at: number) => ranges.some((r) => at >= r.start && at < r.end)
        const kept = [...text].filter((_, at) => !covered(at)).join('')
        expect(releasedBody.split(redactionMarker).join('')).toBe(kept)
      }),
      { numRuns: 500 },
    )
  })
})
