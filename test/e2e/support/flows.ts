import { writeFileSync } from 'node:fs'
import type { Cookie, Page } from 'playwright-core'
import { HomePage, MailboxPage, SecurityCodePage, SignInPage } from '../pages/account-pages.ts'
import { authenticatorCode, demoPassword, readRunFile, runFile } from './accounts.ts'

/** Signs a demo account in through the pages, with both factors, and waits for the home page. */
export async function signInThroughPages(page: Page, email: string, method: 'totp' | 'email') {
  const signIn = await new SignInPage(page).open()
  await signIn.signIn(email, demoPassword)
  await page.waitForURL('**/sign-in/security-code')
  const security = new SecurityCodePage(page)
  if (method === 'totp') {
    await security.enterCode(await authenticatorCode(email))
  } else {
    await security.sendSecurityCode()
    const mailbox = new MailboxPage(await page.context().newPage())
    await mailbox.open()
    const code = await mailbox.securityCodeFor(email)
    await mailbox.page.close()
    await security.enterCode(code)
  }
  await page.waitForURL('**/home')
  return new HomePage(page)
}

/**
 * A demo account signed in, for a journey that is not about signing in: the session this run
 * already made for the account when it is still live (as a person who keeps their tab open), or a
 * new one through the pages, kept for the next journey. Staff accounts take an authenticator code
 * each time they sign in and each code is used once, so signing in afresh in every journey waits
 * for new codes (ADR 0005). Spec files run one after another, so the file needs no lock.
 */
export async function signedInAs(page: Page, email: string, method: 'totp' | 'email') {
  const saved = readRunFile<Cookie[]>('sessions')[email]
  if (saved) {
    await page.context().addCookies(saved)
    const session = (await (await page.request.get('/api/session')).json()) as { stage?: string }
    if (session.stage === 'active') {
      await page.goto('/home')
      // The home page's heading is the account's name (the menu may hide "Sign out" on a phone).
      await page.getByRole('heading', { level: 1 }).waitFor()
      if (new URL(page.url()).pathname !== '/home') {
        throw new Error(`A kept session for ${email} did not open the home page: ${page.url()}`)
      }
      return new HomePage(page)
    }
    // Signed out or timed out since: sign in again.
    await page.context().clearCookies()
  }
  const home = await signInThroughPages(page, email, method)
  writeFileSync(
    runFile('sessions'),
    JSON.stringify({
      ...readRunFile<Cookie[]>('sessions'),
      [email]: await page.context().cookies(),
    }),
  )
  return home
}
