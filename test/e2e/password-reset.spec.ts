import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  ForgottenPasswordPage,
  MailboxPage,
  ResetPasswordPage,
  SecurityCodePage,
  SignInPage,
} from './pages/account-pages.ts'
import { authenticatorCode, demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('a forgotten password', () => {
  it('is reset from an emailed link, and signing in still asks for the second factor', async () => {
    const email = demoEmail('duty')
    const { context, page } = await openPage(browser, baseURL)
    const forgotten = await new ForgottenPasswordPage(page).open()
    await expectNoAxeViolations(page)
    await forgotten.requestLink(email)
    await expect.poll(() => page.locator('main').textContent()).toMatch(/we have sent/i)

    const mailbox = new MailboxPage(await context.newPage())
    await mailbox.open()
    const link = await mailbox.linkFor(email, /https?:\/\/\S+\/reset-password\?token=\S+/)
    await mailbox.page.close()

    const reset = await new ResetPasswordPage(page, link).open()
    await expectNoAxeViolations(page)
    await reset.choose('Hawthorn-canal-walk-2026')
    await page.waitForURL('**/sign-in**')

    await new SignInPage(page).signIn(email, 'Hawthorn-canal-walk-2026')
    await page.waitForURL('**/sign-in/security-code')
    await new SecurityCodePage(page).enterCode(await authenticatorCode(email))
    await page.waitForURL('**/home')
    await context.close()
  })
})
