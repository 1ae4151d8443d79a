// Staff keep the letterbox: the letters to check, the contact agreements, the exchanges that are
// overdue, an agreement, a child's letterbox and the form to make an agreement (with its errors).
// Axe runs on every page visited.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  ContactAgreementsPage,
  LettersToCheckPage,
  OverdueExchangesPage,
} from './pages/letterbox-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

// Whole journeys with axe on each page: longer than the suite's default minute on a busy machine.
describe('letterbox: staff', { timeout: 300_000 }, () => {
  it('a support worker finds overdue exchanges, an agreement and a child’s letterbox', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('worker'), 'totp')

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Letterbox' })
      .click()
    await page.waitForURL(/\/letterbox-checks$/)
    const toCheck = new LettersToCheckPage(page)
    await toCheck.heading.filter({ hasText: 'Letters to check' }).waitFor()
    expect(await page.title()).toMatch(/^Letters to check/)
    // The demo has letters waiting in the worker's councils.
    expect(await toCheck.rows().count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)

    await toCheck.main.getByRole('link', { name: 'Contact agreements', exact: true }).click()
    await page.waitForURL(/\/contact-agreements$/)
    const agreements = new ContactAgreementsPage(page)
    await agreements.heading.filter({ hasText: 'Contact agreements' }).waitFor()
    expect(await agreements.rows().count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)

    await agreements.main.getByRole('link', { name: 'Overdue exchanges', exact: true }).click()
    await page.waitForURL(/\/contact-agreements\/overdue$/)
    const overdue = new OverdueExchangesPage(page)
    await overdue.heading.filter({ hasText: 'Overdue exchanges' }).waitFor()
    // The demo has exchanges that were due and have not come.
    expect(await overdue.rows().count()).toBeGreaterThan(0)
    expect(await overdue.mainText()).not.toContain('There are no overdue exchanges.')
    await expectNoAxeViolations(page)

    const agreement = await overdue.openFirstAgreement()
    expect(await agreement.summaryValue('Status').textContent()).toContain('Active')
    expect(await agreement.scheduleTags().allTextContents()).toContain('Overdue')
    await expectNoAxeViolations(page)

    const letterbox = await agreement.openChildLetterbox()
    expect(await letterbox.main.getByRole('region', { name: 'Contact agreements' }).count()).toBe(1)
    await expectNoAxeViolations(page)

    // Nothing chosen: the error summary lists every question, and passes axe too.
    const form = await letterbox.makeAgreement()
    await expectNoAxeViolations(page)
    await form.submitWithErrors()
    const messages = await form.errorMessages()
    expect(messages).toEqual(
      expect.arrayContaining([
        'Select at least one birth relative',
        'Select who writes',
        'Select the months letters are due',
      ]),
    )
    expect(await page.title()).toMatch(/^Error: /)
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
