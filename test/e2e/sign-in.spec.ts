import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SignInPage } from './pages/account-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signInThroughPages } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('signing in', () => {
  it('a team manager signs in with an authenticator code, and signs out leaving nothing behind', async () => {
    const { context, page } = await openPage(browser, baseURL)
    const signIn = await new SignInPage(page).open()
    await expectNoAxeViolations(page)
    await signIn.signIn(demoEmail('manager'), 'not-the-right-password')
    await signIn.errorSummary.waitFor()
    expect(await signIn.errorSummary.textContent()).toContain('There is a problem')
    expect(await signIn.errorSummary.textContent()).toContain(
      'Enter the correct email address and password',
    )
    expect(await page.title()).toMatch(/^Error: /)
    await expectNoAxeViolations(page)

    const home = await signInThroughPages(page, demoEmail('manager'), 'totp')
    await expect.poll(() => home.heading.textContent()).toBe('Priya Shah')
    await expectNoAxeViolations(page)

    await home.signOutLink().click()
    await page.waitForURL('**/sign-in')
    await expect
      .poll(() => page.locator('.govuk-notification-banner').textContent())
      .toMatch(/signed out/i)
    // ASVS 14.2.1, 14.3.1: nothing personal kept in the browser after sign-out.
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
    }))
    expect(stored).toEqual({ local: [], session: [], cookies: '' })
    expect((await page.request.get('/api/session')).status()).toBe(401)
    await context.close()
  })

  it('an adoptive parent signs in with a code sent by email, from the mailbox', async () => {
    const { context, page } = await openPage(browser, baseURL)
    const home = await signInThroughPages(page, demoEmail('adopter'), 'email')
    await expect.poll(() => home.main.textContent()).toMatch(/your family/i)
    await expectNoAxeViolations(page)
    await context.close()
  })

  it.each([
    ['birth-relative', 'email', /Birth relative/],
    ['administrator', 'totp', /Administrator/],
  ] as const)('%s signs in and sees a home page for their role', async (key, method, expected) => {
    const { context, page } = await openPage(browser, baseURL)
    const home = await signInThroughPages(page, demoEmail(key), method)
    await expect.poll(() => home.main.textContent()).toMatch(expected)
    await expectNoAxeViolations(page)
    await context.close()
  })
})
