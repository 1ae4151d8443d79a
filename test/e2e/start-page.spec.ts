import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { StartPage } from './pages/start-page.ts'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('the start page', () => {
  it('explains the service in the GOV.UK template, with who provides it from the database', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    const start = await new StartPage(page).open()

    await expect.poll(() => start.heading.textContent()).toMatch(/\S/)
    expect(await start.title()).toMatch(/– Adoption support$/)
    expect(await start.serviceName.isVisible()).toBe(true)
    expect(await start.phaseBanner.textContent()).toMatch(/beta/i)
    expect(await start.startButton.isVisible()).toBe(true)
    await start.providers().first().waitFor()
    expect(await start.main.textContent()).toContain('Central Shires Adoption Partnership')
    expect(await start.main.textContent()).toContain('Wyvern County Council')
    expect(await start.footerLink('Accessibility statement').isVisible()).toBe(true)
    expect(await start.footerLink('Privacy notice').isVisible()).toBe(true)

    await expectNoAxeViolations(page)
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] })
    await context.close()
  })

  it('starts GOV.UK Frontend’s JavaScript under the strict CSP', async () => {
    const { context, page } = await openPage(browser, baseURL)
    await new StartPage(page).open()
    const bodyClasses = await page.evaluate(() => document.body.className)
    expect(bodyClasses).toContain('govuk-frontend-supported')
    await context.close()
  })

  it('works with a keyboard alone: the first Tab reaches the skip link, which moves to main', async () => {
    const { context, page } = await openPage(browser, baseURL)
    const start = await new StartPage(page).open()
    await page.keyboard.press('Tab')
    expect(await start.skipLink.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => start.focused()).toMatchObject({ id: 'main-content' })
    await context.close()
  })

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const { context, page } = await openPage(browser, baseURL, { width: 320, height: 640 })
    const start = await new StartPage(page).open()
    await start.providers().first().waitFor()
    expect(await start.scrollsSideways()).toBe(false)
    await expectNoAxeViolations(page)
    await context.close()
  })
})
