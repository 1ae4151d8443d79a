import { diffWords } from 'diff'

/** One run of a comparison: text both versions share, or text only the later or earlier has. */
export interface ComparisonPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/**
 * Two versions of a section compared word by word (jsdiff's `diffWords`), so a manager sees what a
 * worker changed: whole words added or removed, with the spaces around them kept. Runs of the same
 * kind next to each other are joined, so the page shows each change once.
 */
export function compareWords(from: string, to: string): ComparisonPart[] {
  const parts: ComparisonPart[] = []
  for (const change of diffWords(from, to)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const last = parts.at(-1)
    if (last?.kind === kind) last.text += change.value
    else if (change.value !== '') parts.push({ kind, text: change.value })
  }
  return parts
}
