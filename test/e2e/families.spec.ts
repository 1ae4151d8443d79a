import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('family records', () => {
  it('a team manager finds a family, reads its record and its audit trail', async () => {
    const { context, page } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('manager'), 'totp')
    await page.goto('/people?q=family-1-')
    await page
      .locator('main')
      .getByRole('link')
      .filter({ hasText: /\w+ \w+/ })
      .first()
      .waitFor()
    await expectNoAxeViolations(page)
    await page.locator('main table a, main .govuk-summary-list a, main li a').first().click()
    await page.waitForURL('**/families/**')
    await expect.poll(() => page.locator('main').textContent()).toMatch(/CSA-\d{5}/)
    await expectNoAxeViolations(page)
    const familyUrl = new URL(page.url()).pathname
    await page.goto(`${familyUrl}/audit`)
    await expect.poll(() => page.locator('main table').textContent()).toMatch(/Priya Shah/)
    await expectNoAxeViolations(page)
    await context.close()
  })

  it('an adoptive parent reads their own family at 320 px wide', async () => {
    const { context, page } = await openPage(browser, baseURL, { width: 320, height: 700 })
    await signedInAs(page, demoEmail('adopter-b'), 'email')
    await page.goto('/my-family')
    await expect.poll(() => page.locator('main').textContent()).toMatch(/CSA-\d{5}/)
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      ),
    ).toBe(false)
    await expectNoAxeViolations(page)
    await context.close()
  })
})
