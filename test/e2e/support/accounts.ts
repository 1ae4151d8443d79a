import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { demoEmail, demoPassword, demoTotpSecret } from '@asp/bff/demo'
import * as OTPAuth from 'otpauth'
import { inject } from 'vitest'

export { demoEmail, demoPassword }

/** Codes used so far in this run, shared by every spec file (each runs in its own module). */
function usedCodesFile() {
  return path.join(tmpdir(), `asp-e2e-codes-${new URL(inject('baseURL')).port}.json`)
}
function readUsed(): Record<string, string[]> {
  const file = usedCodesFile()
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>)
    : {}
}

/**
 * The demo staff account's authenticator code, one this run has not used: codes are single use,
 * and the portal accepts the step either side of the current one.
 */
export function authenticatorCode(email: string) {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromUTF8(demoTotpSecret(email)),
    digits: 6,
    period: 30,
  })
  const used = readUsed()
  const seen = used[email] ?? []
  for (const offset of [0, -30_000, 30_000]) {
    const code = totp.generate({ timestamp: Date.now() + offset })
    if (!seen.includes(code)) {
      used[email] = [...seen, code]
      writeFileSync(usedCodesFile(), JSON.stringify(used))
      return code
    }
  }
  throw new Error(`No unused authenticator code left for ${email}`)
}
