import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * The password rule (ASVS 6.2.1, 6.2.9, 6.2.12; NCSC guidance): at least 12 characters, no
 * composition rules, no expiry, and not a password known from breaches or easily guessed. The
 * list is zxcvbn-ts's common-passwords dictionary (about 49,000 passwords seen in breaches).
 */
const common = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))
const serviceWords = ['adoption', 'adoptionsupport', 'letterbox', 'centralshires', 'support']

export const passwordMessages = {
  tooShort: 'Password must be 12 characters or more',
  tooLong: 'Password must be 256 characters or fewer',
  common: 'Enter a password that is harder to guess. Avoid common words and simple patterns',
} as const

/** The GOV.UK message for a password that breaks the rule, or undefined when it is acceptable. */
export function checkPassword(password: string): string | undefined {
  if (password.length < 12) return passwordMessages.tooShort
  if (password.length > 256) return passwordMessages.tooLong
  const lower = password.toLowerCase()
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '')
  if (common.has(lower) || common.has(core) || serviceWords.includes(core)) {
    return passwordMessages.common
  }
  if (new Set(lower).size <= 3) return passwordMessages.common
  if (isSequence(lower)) return passwordMessages.common
  return undefined
}

function isSequence(value: string) {
  const codes = [...value].map((c) => c.charCodeAt(0))
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)))
  return steps.size === 1 && [1, -1, 0].includes([...steps][0] ?? 99)
}
