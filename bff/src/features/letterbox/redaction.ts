// Taking passages out of a letter before it is released. The words are removed from the text
// itself, not styled: what recipients receive never holds them.

/** What takes the place of each passage removed. */
export const redactionMarker = '[removed by the agency]'

export interface RedactionRange {
  start: number
  end: number
}

export interface Redaction extends RedactionRange {
  /** The words taken out, kept for the child's record. */
  text: string
}

/** The index of the first range that is not a passage of the text, or -1 when all are. */
export function findInvalidRange(text: string, ranges: RedactionRange[]): number {
  return ranges.findIndex(
    (range) =>
      !Number.isInteger(range.start) ||
      !Number.isInteger(range.end) ||
      range.start < 0 ||
      range.end > text.length ||
      range.end <= range.start,
  )
}

/**
 * The text with each passage replaced by the marker. Overlapping or touching passages are merged
 * first, so that one stretch of removed words reads as one marker.
 */
export function applyRedactions(
  text: string,
  ranges: RedactionRange[],
): { releasedBody: string; redactions: Redaction[] } {
  const invalid = findInvalidRange(text, ranges)
  if (invalid !== -1) throw new RangeError(`Redaction ${invalid} is not a passage of the text`)

  const merged: RedactionRange[] = []
  for (const range of [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ start: range.start, end: range.end })
  }

  let releasedBody = ''
  let from = 0
  for (const range of merged) {
    releasedBody += text.slice(from, range.start) + redactionMarker
    from = range.end
  }
  releasedBody += text.slice(from)
  return {
    releasedBody,
    redactions: merged.map((range) => ({ ...range, text: text.slice(range.start, range.end) })),
  }
}
