// The support line a duty officer can trust (ADR 0013): a family's urgent request is on the first
// page of the queue, in its place; a crisis still without a worker past the agency's standard is
// overdue to the team manager, on their home page, the team view and in an email; the queue fits a
// 1280px screen and shows the time left on a 320px phone. axe runs on every page. On the demo's
// full data (650 requests), on the embedded database and on PostgreSQL.
import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MailboxPage } from './pages/account-pages.ts'
import { PortalPage } from './pages/portal-page.ts'
import { AskForSupportPages } from './pages/support-request-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** The reference of the urgent request the family sent, for the duty officer's part. */
let urgent = ''

/** The text of each cell of a table row, as a person reads it. */
async function cellTexts(row: Locator) {
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))
}

/** Whether a table is no wider than the page's column that holds it. */
function fitsTheColumn(table: Locator) {
  return table.evaluate((element) => {
    const column = element.closest('[class*="govuk-grid-column"]') ?? element.parentElement!
    return element.getBoundingClientRect().right <= column.getBoundingClientRect().right + 0.5
  })
}

describe('the support line’s queue', { timeout: 240_000 }, () => {
  it('a family asks for urgent support', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter-b'), 'email')
    const ask = new AskForSupportPages(page)
    await ask.open()
    await ask.startNewRequest()
    // Urgent, but not a crisis: it belongs after any crisis waiting for triage.
    await ask.tick(['School or education'])
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL(/\/support\/ask\/(children|what-is-happening)$/)
    if (page.url().endsWith('/children')) {
      await ask.heading.filter({ hasText: 'Which of your children is it about?' }).waitFor()
      await ask.tick(['It is not about a particular child'])
      await ask.continueTo('/support/ask/what-is-happening')
    }
    await ask.heading.filter({ hasText: 'What is happening?' }).waitFor()
    await ask.fill(
      'What is happening?',
      'Our son was excluded today and says he will never go back. We need advice before tomorrow.',
    )
    await ask.continueTo('/support/ask/how-urgent')
    // The family's words for the choice staff call "Urgent".
    await ask.choose('Urgent: we need help within a day')
    await ask.continueTo('/support/ask/contact')
    await ask.choose('By phone')
    await ask.fill('Telephone number', '07700 900 123')
    await ask.continueTo('/support/ask/check-your-answers')
    expect(await page.locator('main').textContent()).toContain('Urgent: we need help within a day')
    await ask.send()
    urgent = await ask.reference()
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the duty officer finds it on the first page, in its place, on a desktop and on a phone', async () => {
    expect(urgent).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('duty'), 'totp')
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Support line' })
      .click()
    await page.waitForURL('**/support-line/queue')
    const table = page.getByRole('table', { name: /\d+ requests?/ })
    await table.waitFor()
    await expectNoAxeViolations(page)

    // What waits for the support line, with its count and the other view's.
    const views = page.getByRole('navigation', { name: 'Views of the queue' })
    const current = views.locator('[aria-current="page"]')
    expect(await current.textContent()).toMatch(/^Waiting for the support line \(\d+\)$/)
    expect(await views.getByRole('link', { name: /^All open requests \(\d+\)$/ }).count()).toBe(1)

    // The urgent request is on page 1, in its place: after every crisis waiting for triage, and
    // before everything that is neither a crisis nor urgent and waiting for triage.
    const rows = table.locator('tbody tr')
    const texts = await Promise.all((await rows.all()).map(cellTexts))
    const waitingForTriage = (cells: string[]) => (cells[3] ?? '').startsWith('New')
    const isCrisis = (cells: string[]) => /Safeguarding|A crisis/.test(`${cells[2]} ${cells[5]}`)
    const isUrgent = (cells: string[]) => (cells[2] ?? '').startsWith('Urgent')
    const at = texts.findIndex((cells) => cells[0]?.startsWith(urgent))
    expect(at).toBeGreaterThanOrEqual(0)
    const mine = texts[at]!
    expect(isUrgent(mine) && waitingForTriage(mine) && !isCrisis(mine)).toBe(true)
    expect(mine[4]).toMatch(/^Reply\s*:?\s+(Due today|1 working day left)$/)
    for (const above of texts.slice(0, at)) {
      expect(waitingForTriage(above) && (isCrisis(above) || isUrgent(above))).toBe(true)
    }
    for (const below of texts.slice(at + 1)) {
      expect(waitingForTriage(below) && isCrisis(below)).toBe(false)
    }
    // Nothing allocated to a worker waits for the support line.
    for (const cells of texts) expect(cells[3]).not.toMatch(/^Allocated/)

    // Reference, who, urgency, status and time left, on one 1280px screen: the table fits its
    // column of the page, and the page does not scroll sideways.
    expect(await fitsTheColumn(table)).toBe(true)
    expect(await new PortalPage(page, page.url()).scrollsSideways()).toBe(false)

    // On a phone each request is a summary card, the time left near the top.
    await page.setViewportSize({ width: 320, height: 800 })
    expect(await table.isVisible()).toBe(false)
    const card = page.locator('.govuk-summary-card', {
      has: page.getByRole('heading', { name: urgent }),
    })
    await card.waitFor()
    const timeLeft = card
      .locator('.govuk-summary-list__row')
      .filter({ has: page.locator('dt', { hasText: 'Time left' }) })
      .locator('dd')
    expect(await timeLeft.isVisible()).toBe(true)
    expect((await timeLeft.innerText()).replace(/\s+/g, ' ')).toMatch(
      /^Reply\s*:?\s+(Due today|1 working day left)$/,
    )
    expect(await new PortalPage(page, page.url()).scrollsSideways()).toBe(false)
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the team manager sees a crisis without a worker past the standard as overdue, and was emailed', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('manager'), 'totp')

    // On their home page: the demo's crisis, three working days without a worker.
    const alert = page.getByRole('region', { name: 'Crises without a worker' })
    await alert.waitFor()
    const overdue = alert.locator('li', { has: page.locator('.govuk-tag--red') })
    expect(await overdue.count()).toBeGreaterThan(0)
    const first = (await overdue.first().innerText()).replace(/\s+/g, ' ')
    expect(first).toMatch(/^ASR-\d{4}-\d{6}, .+: \d+ working days? overdue$/)
    const reference = /ASR-\d{4}-\d{6}/.exec(first)![0]
    await expectNoAxeViolations(page)

    // The service navigation fits one line at 1280px.
    const items = page.locator('.govuk-service-navigation__item')
    const tops = new Set(
      await Promise.all(
        (await items.all()).map(async (item) => Math.round((await item.boundingBox())!.y)),
      ),
    )
    expect(tops.size).toBe(1)

    // The team view lists it with the others, overdue.
    // The team view, from the support line's queue.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Support line' })
      .click()
    await page.waitForURL('**/support-line/queue')
    await page.getByRole('link', { name: /^Team view/ }).click()
    await page.waitForURL('**/support-line/team')
    const list = page.getByRole('table', {
      name: /^Crisis and safeguarding requests without a worker/,
    })
    await list.waitFor()
    expect(await fitsTheColumn(list)).toBe(true)
    const row = list.locator('tbody tr', { hasText: reference })
    expect((await cellTexts(row))[4]).toMatch(/^Named worker\s*:?\s+\d+ working days? overdue$/)
    expect(await new PortalPage(page, page.url()).scrollsSideways()).toBe(false)
    await expectNoAxeViolations(page)

    // It never reads "Nothing due" in the queue either.
    await page.goto(`/support-line/queue?q=${reference}`)
    const found = page.getByRole('table', { name: '1 request' })
    await found.waitFor()
    expect((await cellTexts(found.locator('tbody tr')))[4]).toMatch(/working days? overdue$/)

    // Told once, by email, with the reference and nothing of what it is about.
    const mailbox = new MailboxPage(await context.newPage())
    await mailbox.open()
    await mailbox.latestTo(demoEmail('manager'))
    const emails = mailbox.main.locator('.govuk-summary-card', {
      hasText: `Request ${reference} needs a worker`,
    })
    expect(await emails.count()).toBe(1)
    const email = await emails.innerText()
    expect(email).toContain(demoEmail('manager'))
    expect(email).toContain(`/support-line/requests/`)
    expect(email).not.toContain('hit his sister')
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
