import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signInThroughPages } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('the session timeout', () => {
  it('warns 2 minutes before, and signs out when nothing is done', async () => {
    const { context, page } = await openPage(browser, baseURL)
    await context.clock.install()
    await signInThroughPages(page, demoEmail('worker-wyvern'), 'totp')
    await context.clock.fastForward('28:30')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toMatch(/about to be signed out/i)
    await expectNoAxeViolations(page)
    await context.clock.fastForward('02:00')
    await page.waitForURL('**/signed-out')
    await expect.poll(() => page.locator('h1').textContent()).toBe('You have been signed out')
    await context.close()
  })
})
