import { z } from 'zod'

// Input fields the contract's files share, with GOV.UK error wording. Not exported from the index.

/**
 * Control characters no answer may hold: C0 controls but tab, line feed and carriage return, and
 * DEL. PostgreSQL refuses U+0000 in text outright; the others are never typed into a form and only
 * hide what a record says. The BFF refuses them in every string it is sent, too.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u

/** Whether `value` holds a control character no answer may hold. */
export function hasControlCharacter(value: string): boolean {
  return controlCharacters.test(value)
}

const withoutControls = (label: string) =>
  [
    (value: string) => !hasControlCharacter(value),
    `${label} must not include hidden control characters`,
  ] as const

/** Required text, trimmed, with "Enter …" when empty and a length limit in words. */
export const text = (required: string, max: number, label: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .refine(...withoutControls(label))

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .refine(...withoutControls(label))
    .optional()

/** A calendar date, 'yyyy-MM-dd', that exists; `required` is the message for anything else. */
export const isoDate = (required: string) =>
  z
    .string({ error: required })
    .regex(/^\d{4}-\d{2}-\d{2}$/, required)
    // Date.parse rolls 30 February over into March: a real date reads back as itself.
    .refine((value) => {
      const time = Date.parse(`${value}T00:00:00Z`)
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
    }, required)

/** The version a change was read at: a moved version answers 409. */
export const version = z.number().int().positive()

/** A client-made key: the same key sent twice makes one record, not two. */
export const idempotencyKey = z.uuid({ error: 'Refresh the page and try again' })

export const email = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))

/** The password rule (ASVS 6.2.1, 6.2.9, 6.2.12): length only, no composition rules. */
export const newPasswordSchema = z
  .string({ error: 'Enter a password' })
  .min(1, 'Enter a password')
  .min(12, 'Password must be 12 characters or more')
  .max(256, 'Password must be 256 characters or fewer')

export const code = z
  .string({ error: 'Enter the security code' })
  .trim()
  .min(1, 'Enter the security code')
  .regex(/^[0-9A-Za-z-]{6,20}$/, 'Enter the security code in the correct format')
