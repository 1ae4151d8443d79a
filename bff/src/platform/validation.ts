import type { z } from 'zod'

/**
 * Turns a zod error into the contract's `fieldErrors`: the first message for each field, keyed by
 * its dotted path, in the order the fields were checked (the order of the form).
 */
export function toFieldErrors(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form'
    if (issue.code === 'unrecognized_keys') {
      for (const unknownKey of issue.keys) {
        const path = [...issue.path.map(String), unknownKey].join('.')
        fieldErrors[path] ??= 'This field is not allowed'
      }
      continue
    }
    fieldErrors[key] ??= issue.message
  }
  return fieldErrors
}
