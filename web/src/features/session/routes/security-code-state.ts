import { z } from 'zod'

/**
 * What the sign-in page tells the security code page, in the history entry: which ways this
 * account can confirm it is them and, for text messages, the last 3 digits of the mobile number
 * the code goes to (as the sign-in answer gave them). Nothing else personal.
 */
const securityCodeStateSchema = z.object({
  methods: z.array(z.enum(['totp', 'email', 'sms', 'recovery-code'])).min(1),
  mobileNumberEnding: z.string().optional(),
})
export type SecurityCodeState = z.infer<typeof securityCodeStateSchema>
export type SecondFactorMethodChoice = SecurityCodeState['methods'][number]

export function securityCodeState(
  methods: SecondFactorMethodChoice[],
  mobileNumberEnding?: string,
): SecurityCodeState {
  return mobileNumberEnding === undefined ? { methods } : { methods, mobileNumberEnding }
}

/** The state the page was opened with, or undefined when it was opened some other way. */
export function readSecurityCodeState(state: unknown): SecurityCodeState | undefined {
  const parsed = securityCodeStateSchema.safeParse(state)
  return parsed.success ? parsed.data : undefined
}
