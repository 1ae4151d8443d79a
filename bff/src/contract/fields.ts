import { z } from 'zod'

// Input fields the contract's files share, with GOV.UK error wording. Not exported from the index.

/** Required text, trimmed, with "Enter …" when empty and a length limit in words. */
export const text = (required: string, max: number, label: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .optional()

/** The version a change was read at: a moved version answers 409. */
export const version = z.number().int().positive()

/** A client-made key: the same key sent twice makes one record, not two. */
export const idempotencyKey = z.uuid({ error: 'Refresh the page and try again' })
