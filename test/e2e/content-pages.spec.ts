import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import {
  AccessibilityStatementPage,
  NotFoundPage,
  PrivacyNoticePage,
} from './pages/content-pages.ts'
import { StartPage } from './pages/start-page.ts'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('a page that does not exist', () => {
  it('shows "Page not found" in GOV.UK wording, inside the template', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    const notFound = await new NotFoundPage(page, '/no-such-page').open()
    expect(await notFound.heading.textContent()).toBe('Page not found')
    expect(await notFound.main.textContent()).toContain(
      'If you typed the web address, check it is correct.',
    )
    expect(await notFound.title()).toMatch(/^Page not found – Adoption support$/)
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})

describe('the footer pages', () => {
  it('reaches the accessibility statement from the footer', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    const start = await new StartPage(page).open()
    await start.footerLink('Accessibility statement').click()
    const statement = new AccessibilityStatementPage(page)
    await expect.poll(() => statement.heading.textContent()).toMatch(/accessibility statement/i)
    expect(new URL(page.url()).pathname).toBe('/accessibility')
    await expectNoAxeViolations(page)
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] })
    await context.close()
  })

  it('serves the privacy notice on a direct visit (history fallback)', async () => {
    const { context, page } = await openPage(browser, baseURL)
    const privacy = await new PrivacyNoticePage(page).open()
    expect(await privacy.heading.textContent()).toMatch(/privacy/i)
    await expectNoAxeViolations(page)
    await context.close()
  })
})
