import { describe, expect, it } from 'vitest'
import { compareWords, type ComparisonPart } from './section-comparison.ts'

const textOf = (parts: ComparisonPart[], keep: ComparisonPart['kind'][]) =>
  parts
    .filter((part) => keep.includes(part.kind))
    .map((part) => part.text)
    .join('')

describe('comparing two versions of a section word by word', () => {
  it('shows a word changed as the old word removed and the new one added', () => {
    const parts = compareWords('Maisie finds school hard.', 'Maisie finds school easier.')
    expect(parts).toEqual([
      { kind: 'same', text: 'Maisie finds school ' },
      { kind: 'removed', text: 'hard' },
      { kind: 'added', text: 'easier' },
      { kind: 'same', text: '.' },
    ])
  })

  it('keeps both texts whole: the earlier from same and removed, the later from same and added', () => {
    const from = 'Sleep is poor. Therapy weekly.\nSchool is supportive.'
    const to = 'Sleep is better since June. Therapy fortnightly.\nSchool is very supportive.'
    const parts = compareWords(from, to)
    expect(textOf(parts, ['same', 'removed'])).toBe(from)
    expect(textOf(parts, ['same', 'added'])).toBe(to)
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(
      expect.arrayContaining(['very']),
    )
  })

  it('never puts two runs of the same kind side by side', () => {
    const parts = compareWords('one two three four five', 'one 2 three 4 five six seven')
    for (let n = 1; n < parts.length; n += 1) {
      expect(parts[n]!.kind).not.toBe(parts[n - 1]!.kind)
    }
  })

  it('answers all added from an empty section, and nothing for two empty ones', () => {
    expect(compareWords('', 'First notes')).toEqual([{ kind: 'added', text: 'First notes' }])
    expect(compareWords('', '')).toEqual([])
    expect(compareWords('Same text', 'Same text')).toEqual([{ kind: 'same', text: 'Same text' }])
  })
})
