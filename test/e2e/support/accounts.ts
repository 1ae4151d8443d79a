import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { demoEmail, demoPassword, demoTotpSecret } from '@asp/db'
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

const step = 30_000

/**
 * The demo staff account's authenticator code, one this run has not used: codes are single use,
 * and the portal accepts the step either side of the current one. When a run has signed one
 * account in three times within a step, it waits for the next step, as a person would.
 */
export async function authenticatorCode(email: string): Promise<string> {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromUTF8(demoTotpSecret(email)),
    digits: 6,
    period: step / 1000,
  })
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const used = readUsed()
    const seen = used[email] ?? []
    for (const offset of [0, -step, step]) {
      const code = totp.generate({ timestamp: Date.now() + offset })
      if (!seen.includes(code)) {
        used[email] = [...seen, code]
        writeFileSync(usedCodesFile(), JSON.stringify(used))
        return code
      }
    }
    // Every acceptable code is spent: the next step brings a new one.
    await new Promise((resolve) => setTimeout(resolve, step - (Date.now() % step) + 250))
  }
  throw new Error(`No unused authenticator code left for ${email}`)
}
