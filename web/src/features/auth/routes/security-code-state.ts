import { z } from 'zod'

/**
 * What the sign-in page tells the security code page, in the history entry: which ways this
 * account can confirm it is them. Nothing personal.
 */
const securityCodeStateSchema = z.object({
  methods: z.array(z.enum(['totp', 'email', 'recovery-code'])).min(1),
})
export type SecurityCodeState = z.infer<typeof securityCodeStateSchema>
export type SecondFactorMethodChoice = SecurityCodeState['methods'][number]

export function securityCodeState(methods: SecondFactorMethodChoice[]): SecurityCodeState {
  return { methods }
}

/** The state the page was opened with, or undefined when it was opened some other way. */
export function readSecurityCodeState(state: unknown): SecurityCodeState | undefined {
  const parsed = securityCodeStateSchema.safeParse(state)
  return parsed.success ? parsed.data : undefined
}
