/**
 * Taking words out of a letter before it is passed on: the reviewer's ranges of the submitted
 * text (`body`), as the BFF takes them (`{ start, end }`, end exclusive), and the text the
 * recipient will read, with each range replaced by the agency's words.
 */

export interface TextRange {
  start: number
  end: number
}

/** What the recipient reads in place of each passage taken out (the BFF's words). */
export const removedText = '[removed by the agency]'

/** The ranges in order, clipped to the text, with those that overlap or touch made one. */
export function mergeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const sorted = ranges
    .map((range) => ({
      start: Math.max(0, Math.min(range.start, length)),
      end: Math.max(0, Math.min(range.end, length)),
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: TextRange[] = []
  for (const range of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && range.start <= last.end) {
      last.end = Math.max(last.end, range.end)
    } else {
      merged.push({ ...range })
    }
  }
  return merged
}

/** The letter as its recipient will read it. */
export function redactedText(body: string, ranges: readonly TextRange[]): string {
  let text = ''
  let position = 0
  for (const range of mergeRanges(ranges, body.length)) {
    text += body.slice(position, range.start) + removedText
    position = range.end
  }
  return text + body.slice(position)
}

/**
 * Every place a phrase the reviewer typed appears in the letter: whole words as typed, in any
 * case, with any spacing or line break between them (a name split over two lines is still found).
 */
export function rangesOfPhrase(body: string, phrase: string): TextRange[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) {
    return []
  }
  const pattern = new RegExp(
    words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'),
    'giu',
  )
  return [...body.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** A range without the spaces and line breaks at either end; `undefined` when nothing is left. */
export function trimRange(body: string, range: TextRange): TextRange | undefined {
  let { start, end } = range
  while (start < end && /\s/.test(body.charAt(start))) {
    start += 1
  }
  while (end > start && /\s/.test(body.charAt(end - 1))) {
    end -= 1
  }
  return end > start ? { start, end } : undefined
}

/** A stretch of the letter drawn the same way: inside a highlight or not, taken out or not. */
export interface LetterSegment {
  start: number
  end: number
  takenOut: boolean
}

/**
 * The letter in pieces to draw: plain text, and marks for what the check highlighted (with the
 * kinds of detail each mark holds; highlights that overlap share one mark). Each piece is split
 * where the words taken out begin and end.
 */
export type LetterPiece =
  | { kind: 'text'; segments: LetterSegment[] }
  | { kind: 'mark'; labels: string[]; segments: LetterSegment[] }

export function letterPieces(
  length: number,
  highlights: readonly (TextRange & { label: string })[],
  takenOut: readonly TextRange[],
): LetterPiece[] {
  const removed = mergeRanges(takenOut, length)
  const clusters: { start: number; end: number; labels: string[] }[] = []
  const clipped = highlights
    .map((highlight) => ({
      ...highlight,
      start: Math.max(0, highlight.start),
      end: Math.min(length, highlight.end),
    }))
    .filter((highlight) => highlight.end > highlight.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  for (const highlight of clipped) {
    const last = clusters.at(-1)
    if (last !== undefined && highlight.start < last.end) {
      last.end = Math.max(last.end, highlight.end)
      if (!last.labels.includes(highlight.label)) {
        last.labels.push(highlight.label)
      }
    } else {
      clusters.push({ start: highlight.start, end: highlight.end, labels: [highlight.label] })
    }
  }

  function segmentsOf(from: number, to: number): LetterSegment[] {
    const cuts = [
      from,
      ...removed.flatMap((range) => [range.start, range.end]).filter((at) => at > from && at < to),
      to,
    ]
    return cuts.slice(0, -1).map((start, index) => {
      const end = cuts[index + 1] ?? to
      return {
        start,
        end,
        takenOut: removed.some((range) => range.start <= start && range.end >= end),
      }
    })
  }

  const pieces: LetterPiece[] = []
  let position = 0
  for (const cluster of clusters) {
    if (cluster.start > position) {
      pieces.push({ kind: 'text', segments: segmentsOf(position, cluster.start) })
    }
    pieces.push({
      kind: 'mark',
      labels: cluster.labels,
      segments: segmentsOf(cluster.start, cluster.end),
    })
    position = cluster.end
  }
  if (position < length) {
    pieces.push({ kind: 'text', segments: segmentsOf(position, length) })
  }
  return pieces
}
