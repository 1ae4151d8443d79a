import { hasControlCharacter } from '../contract/index.ts'

/**
 * The dotted paths of every string in `value` (a parsed body, query or params: plain objects,
 * arrays and scalars) that holds a forbidden control character, in the order they are met.
 */
export function pathsWithControlCharacters(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') {
    return hasControlCharacter(value) ? [path.length > 0 ? path.join('.') : '_form'] : []
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) =>
      pathsWithControlCharacters(item, [...path, String(index)]),
    )
  }
  if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      pathsWithControlCharacters(item, [...path, key]),
    )
  }
  return []
}

/** What a field with a forbidden control character is told, when its own rule did not say. */
export const controlCharacterMessage = 'Remove the hidden control characters from this answer'
