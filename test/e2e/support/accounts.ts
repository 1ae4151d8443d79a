import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { demoEmail, demoPassword, demoTotpSecret } from '@asp/db'
import * as OTPAuth from 'otpauth'
import { inject } from 'vitest'

export { demoEmail, demoPassword }

/** A file of this run's, shared by every spec file (each runs in its own module). */
export function runFile(name: string) {
  return path.join(tmpdir(), `asp-e2e-${name}-${new URL(inject('baseURL')).port}.json`)
}

/** What a run file holds, by account: empty until something is written. */
export function readRunFile<T>(name: string): Record<string, T> {
  const file = runFile(name)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>) : {}
}

/** Codes used so far in this run. */
const usedCodesFile = () => runFile('codes')
const readUsed = () => readRunFile<string[]>('codes')

const step = 30_000

/**
 * The demo staff account's authenticator code, one this run has not used: codes are single use,
 * and the portal accepts the step either side of the current one. It takes the current step's
 * code, or the next step's, never the previous step's (that one can expire between typing it and
 * sending it); when both are spent it waits for the next step, as a person would. Spec files run in
 * parallel, so the used codes are read and written under a lock.
 */
export async function authenticatorCode(email: string): Promise<string> {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromUTF8(demoTotpSecret(email)),
    digits: 6,
    period: step / 1000,
  })
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const code = await withUsedCodes((used) => {
      const seen = used[email] ?? []
      for (const offset of [0, step]) {
        const candidate = totp.generate({ timestamp: Date.now() + offset })
        if (!seen.includes(candidate)) {
          used[email] = [...seen, candidate]
          return candidate
        }
      }
      return undefined
    })
    if (code !== undefined) return code
    // Every acceptable code is spent: the next step brings a new one.
    await new Promise((resolve) => setTimeout(resolve, step - (Date.now() % step) + 250))
  }
  throw new Error(`No unused authenticator code left for ${email}`)
}

/** Runs `change` on the used codes and saves them, holding a lock file meanwhile. */
async function withUsedCodes<T>(change: (used: Record<string, string[]>) => T): Promise<T> {
  const lock = `${usedCodesFile()}.lock`
  for (let waited = 0; ; waited += 20) {
    try {
      closeSync(openSync(lock, 'wx'))
      break
    } catch {
      // Another spec file holds it; a lock left by a crashed run is taken after 5 seconds.
      if (waited > 5_000) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  try {
    const used = readUsed()
    const result = change(used)
    writeFileSync(usedCodesFile(), JSON.stringify(used))
    return result
  } finally {
    rmSync(lock, { force: true })
  }
}
