import type { Ref } from 'react'
import { letterPieces, trimRange, type LetterSegment, type TextRange } from './redactions.ts'
import './letterbox-staff.css'

export interface LetterTextProps {
  body: string
  /** What the check found, each with the words a screen reader hears before it. */
  highlights?: readonly (TextRange & { label: string })[]
  /** The ranges the reviewer is taking out: struck through, and said to be taken out. */
  takenOut?: readonly TextRange[]
  /** Names the letter for screen readers: "The letter". */
  label: string
  ref?: Ref<HTMLDivElement>
}

/**
 * A letter as it was sent, its line breaks kept, with each highlight a `<mark>` that starts with
 * its kind for screen readers ("possible phone number:"). Every run of the letter's own text is a
 * span carrying its offset in `body` (`data-start`), so that a selection made in it can be read
 * back as a range of `body` (`selectedRange`); the words added for screen readers carry none.
 */
export function LetterText({ body, highlights = [], takenOut = [], label, ref }: LetterTextProps) {
  const segment = (part: LetterSegment) => (
    <span
      key={part.start}
      data-start={part.start}
      className={part.takenOut ? 'app-letter__taken-out' : undefined}
    >
      {body.slice(part.start, part.end)}
      {part.takenOut && <span className="govuk-visually-hidden"> (taken out)</span>}
    </span>
  )
  return (
    <div ref={ref} className="govuk-body app-letter" role="region" aria-label={label}>
      {letterPieces(body.length, highlights, takenOut).map((piece) =>
        piece.kind === 'text' ? (
          piece.segments.map(segment)
        ) : (
          <mark key={`mark-${String(piece.segments[0]?.start)}`} className="app-letter__highlight">
            <span className="govuk-visually-hidden">{piece.labels.join(' and ')}: </span>
            {piece.segments.map(segment)}
          </mark>
        ),
      )}
    </div>
  )
}

/** The offset in the letter's text of a point of the page inside the letter. */
function offsetOf(root: Element, node: Node, offset: number, length: number): number {
  const parent = node.nodeType === Node.TEXT_NODE ? node.parentElement : null
  if (parent?.dataset.start !== undefined && parent.closest('.app-letter') === root) {
    return Number(parent.dataset.start) + offset
  }
  // Elsewhere (between runs, or in the words added for screen readers): the next run's start.
  const point = document.createRange()
  point.setStart(node, offset)
  for (const run of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const runRange = document.createRange()
    runRange.selectNodeContents(run)
    if (point.compareBoundaryPoints(Range.START_TO_START, runRange) <= 0) {
      return Number(run.dataset.start)
    }
  }
  return length
}

/**
 * The part of the letter the reader has selected, as a range of its text without the spaces at
 * either end; `undefined` when nothing in the letter is selected. A selection that runs past the
 * letter is cut at its edges.
 */
export function selectedRange(
  root: Element,
  selection: Selection | null,
  body: string,
): TextRange | undefined {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) {
    return undefined
  }
  const range = selection.getRangeAt(0)
  if (!range.intersectsNode(root)) {
    return undefined
  }
  const letter = document.createRange()
  letter.selectNodeContents(root)
  const start =
    range.compareBoundaryPoints(Range.START_TO_START, letter) <= 0
      ? 0
      : offsetOf(root, range.startContainer, range.startOffset, body.length)
  const end =
    range.compareBoundaryPoints(Range.END_TO_END, letter) >= 0
      ? body.length
      : offsetOf(root, range.endContainer, range.endOffset, body.length)
  return trimRange(body, { start, end })
}
