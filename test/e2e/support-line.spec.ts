// The support line, staff side: a duty officer logs a phone call from a known family and triages
// the new request, a team manager allocates it, and the worker finds it in their work, messages
// the family and writes a case note. axe runs on every page of the journey.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  AllocatePage,
  MyWorkPage,
  StaffRequestPage,
  TriagePage,
  TriageQueuePage,
} from './pages/support-line-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/**
 * A demo family in the first council, which the duty officer, the team manager and the support
 * worker Sam Okafor all work for: the demo seed's sixth family, Oscar Mistry's
 * (`db/src/seed/accounts.ts`). Not the demo adopter's own, whose requests other
 * specs follow.
 */
const family = { search: 'Mistry', reference: 'CSA-01006', parent: 'Oscar Mistry' }
/** The demo support worker (`db/src/seed/people.ts`). */
const worker = { key: 'worker', name: 'Sam Okafor' }

/** What the journey made, for the next person's part of it. */
let request: { path: string; reference: string } | undefined

async function headingText(page: Page) {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
}

describe('support line', { timeout: 180_000 }, () => {
  it('a duty officer logs a phone call that makes a request, and triages it', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('duty'), 'totp')

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Support line' })
      .click()
    await page.waitForURL('**/support-line/queue')
    const queue = new TriageQueuePage(page)
    await page.getByRole('table', { name: /\d+ requests?/ }).waitFor()
    expect(await headingText(page)).toBe('Triage queue')
    await expectNoAxeViolations(page)

    const contact = await queue.logAContact()
    await expectNoAxeViolations(page)
    // Nothing chosen: the error summary passes axe too.
    await page.getByRole('button', { name: 'Log contact' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    await expectNoAxeViolations(page)

    await contact.choose('Phone call')
    await contact.choose('New request needing action')
    const chosen = await contact.chooseFamily(family.search, family.reference)
    expect(chosen).toContain(family.parent)
    await contact.choose('School or education')
    await contact.choose('Soon')
    await contact.fillSummary(
      'Mr Mistry called: his son has been excluded for a day and the school wants a meeting.',
    )
    const banner = await contact.logContact()
    await expectNoAxeViolations(page)
    const link = banner.getByRole('link', { name: /^Go to request / })
    const reference = ((await link.textContent()) ?? '').replace('Go to request ', '').trim()
    expect(reference).not.toBe('')

    await link.click()
    await page.waitForURL('**/support-line/requests/**')
    const staffRequest = new StaffRequestPage(page, new URL(page.url()).pathname)
    await staffRequest.heading.filter({ hasText: `Request ${reference}` }).waitFor()
    expect(await headingText(page)).toBe(`Request ${reference}`)
    expect(await staffRequest.summaryValue('Status').textContent()).toBe('New')
    expect(await staffRequest.summaryValue('Family').textContent()).toContain(family.reference)
    await expectNoAxeViolations(page)
    request = { path: staffRequest.path, reference }

    await staffRequest.action('Record triage decision')
    expect(await headingText(page)).toBe('Record a triage decision')
    await page.getByLabel('Book a support and advice call', { exact: true }).check()
    await expectNoAxeViolations(page)
    await new TriagePage(page, `${staffRequest.path}/triage`).recordDecision(
      'Allocate for an assessment of need',
      'Exclusion and difficulties at home: needs an assessment of need.',
    )
    await page.waitForURL(`**${staffRequest.path}`)
    expect(await staffRequest.summaryValue('Status').textContent()).toBe('Awaiting allocation')
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('a team manager allocates it to a support worker, seeing their caseloads', async () => {
    expect(request).toBeDefined()
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('manager'), 'totp')

    await page.goto('/support-line/team')
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    await page.getByRole('table', { name: 'Each worker’s open cases' }).waitFor()
    await expectNoAxeViolations(page)

    await page.goto(request!.path)
    const staffRequest = new StaffRequestPage(page, request!.path)
    await staffRequest.heading.waitFor()
    await expectNoAxeViolations(page)
    await staffRequest.action('Allocate')
    expect(await headingText(page)).toBe('Allocate the request')
    const allocate = new AllocatePage(page, `${request!.path}/allocate`)
    await allocate.worker(worker.name).waitFor()
    await expectNoAxeViolations(page)
    await allocate.allocateTo(worker.name)
    expect(await staffRequest.summaryValue('Worker').textContent()).toBe(worker.name)
    expect(await staffRequest.summaryValue('Status').textContent()).toBe('Allocated')
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'View audit trail' }).click()
    await page.getByRole('table', { name: /\d+ events?/ }).waitFor()
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the worker finds it in their work, messages the family and writes a case note', async () => {
    expect(request).toBeDefined()
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail(worker.key), 'totp')

    // My work is reached from the support line's queue.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Support line' })
      .click()
    await page.waitForURL('**/support-line/queue')
    await page.getByRole('link', { name: /^My work/ }).click()
    await page.waitForURL('**/support-line/my-work')
    const myWork = new MyWorkPage(page)
    await myWork.request(request!.reference).waitFor()
    await expectNoAxeViolations(page)

    await myWork.request(request!.reference).click()
    await page.waitForURL(`**${request!.path}`)
    const staffRequest = new StaffRequestPage(page, request!.path)
    await staffRequest.heading.filter({ hasText: `Request ${request!.reference}` }).waitFor()
    await staffRequest.sendMessage(
      'Hello Mr Mistry, I am your support worker. I will call you tomorrow morning to arrange a visit.',
    )
    await expect
      .poll(() => staffRequest.region('Messages').textContent())
      .toContain('I will call you tomorrow morning')
    await staffRequest.addCaseNote('Phoned school: meeting on Thursday at 3pm. Will attend.')
    await expect
      .poll(() => staffRequest.region('Case notes').textContent())
      .toContain('Will attend.')
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the queue and a request fit a 320 px wide screen', async () => {
    expect(request).toBeDefined()
    const { context, page } = await openPage(browser, baseURL, { width: 320, height: 700 })
    await signedInAs(page, demoEmail('duty'), 'totp')
    const queue = await new TriageQueuePage(page).open()
    // On a phone the requests are summary cards, not a table.
    await page.getByRole('region', { name: /\d+ requests?/ }).waitFor()
    expect(await page.getByRole('table', { name: /\d+ requests?/ }).isVisible()).toBe(false)
    expect(await queue.scrollsSideways()).toBe(false)
    await expectNoAxeViolations(page)
    await page.goto(request!.path)
    const staffRequest = new StaffRequestPage(page, request!.path)
    await staffRequest.heading.waitFor()
    expect(await staffRequest.scrollsSideways()).toBe(false)
    await context.close()
  })
})
