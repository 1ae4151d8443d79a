// An application to the Adoption Support Fund, through the pages: a support worker applies for a
// child from the family's record (one over the fund's limit is refused first), the team manager
// approves it, the finance officer records its submission and the fund's approval in part, the
// worker starts the therapy, the finance officer records an invoice (one over what is left is
// refused), the worker renews it for next year, and the family sees where it is. A draft made
// before April 2025 is changed to over that year's £5,000 limit and asks for match funding. Axe
// runs on every page visited.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ApplicationPage, ChangeApplicationPage, NewApplicationPage } from './pages/asf-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** Today in London, and the end of this financial year's therapy: 15 March next. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
const yearStarts =
  Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1
const therapyEnds = `${String(yearStarts + 1)}-03-15`

let applicationPath = ''

async function as(email: string, method: 'totp' | 'email') {
  const { context, page, problems } = await openPage(browser, baseURL)
  await signedInAs(page, email, method)
  return { context, page, problems }
}

async function openApplication(page: Page) {
  await page.goto(applicationPath)
  const application = new ApplicationPage(page)
  await application.heading.filter({ hasText: 'Adoption Support Fund application' }).waitFor()
  return application
}

describe('an application to the Adoption Support Fund', { timeout: 300_000 }, () => {
  it('a support worker applies for a child from the family’s record, within the limit', async () => {
    const { context, page, problems } = await as(demoEmail('worker'), 'totp')
    const people = (await (
      await page.request.get(`/api/people?q=${encodeURIComponent(demoEmail('adopter-b'))}`)
    ).json()) as { people: { kind: string; familyId?: string }[] }
    const familyId = people.people.find((person) => person.kind === 'adopter')?.familyId
    expect(familyId).toBeTruthy()
    await page.goto(`/families/${familyId ?? ''}`)
    const apply = page
      .getByRole('link', { name: /^Apply to the Adoption Support Fund for / })
      .first()
    await apply.click()
    await page.waitForURL(/\/fund-applications\/new\?childId=/)
    const form = new NewApplicationPage(page)
    await form.heading.filter({ hasText: 'Apply to the Adoption Support Fund' }).waitFor()
    // What is left for the child this year, under the rules from April 2025: no match funding.
    await form.main.getByText(/^Left for this child in /).waitFor()
    expect(await form.main.getByLabel('Match funding from the council').count()).toBe(0)
    await expectNoAxeViolations(page)

    await form.fill({
      eligibility: 'Adopted from care in England',
      assessedOn: today,
      why: 'Big feelings at transitions. Theraplay with both parents is recommended.',
      therapy: {
        therapy: 'Theraplay',
        provider: 'Ridgeway Theraplay',
        sessions: '12',
        cost: '3,100',
        measure: 'Brief Assessment Checklist (BAC)',
        baseline: '24',
        endsOn: therapyEnds,
      },
    })
    await form.submitWithErrors('Save as a draft')
    expect((await form.errorMessages())[0]).toMatch(
      /^The total must be £[\d,.]+ or less: what is left of the fund’s £3,000 limit/,
    )
    await expectNoAxeViolations(page)

    await form.waitOutDoubleClickGuard()
    await form.setCost('1,500')
    const application = await form.save()
    applicationPath = new URL(page.url()).pathname
    expect(await application.status().textContent()).toBe('Draft')
    expect(await application.summaryValue('Asked of the fund').textContent()).toBe('£1,500.00')
    await expectNoAxeViolations(page)
    await application.take('Send for manager approval', 'Waiting for manager approval')
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the team manager approves it, and the finance officer records the fund’s approval in part', async () => {
    const manager = await as(demoEmail('manager'), 'totp')
    const forApproval = await openApplication(manager.page)
    await forApproval.take('Approve for submission', 'Approved by manager, ready to submit')
    await manager.context.close()

    const { context, page } = await as(demoEmail('finance'), 'totp')
    let application = await openApplication(page)
    let step = await application.openStep('Record the submission to the fund')
    await step.main.getByLabel('The fund’s reference').fill('ASGSF-88120')
    await step.fillDate('Date it was submitted', today)
    await expectNoAxeViolations(page)
    application = await step.submit('Record the submission')
    await application.status().filter({ hasText: 'Submitted to the fund' }).waitFor()

    step = await application.openStep('Record the fund’s decision')
    await step.main.getByRole('radio', { name: 'Approved, in full or in part' }).check()
    await step.main.getByLabel('Amount approved').fill('1200')
    await step.fillDate('Date of the decision', today)
    await expectNoAxeViolations(page)
    application = await step.submit('Record the decision')
    await application.status().filter({ hasText: 'Approved in part by the fund' }).waitFor()
    expect(await application.summaryValue('Approved').textContent()).toBe('£1,200.00 (in part)')
    await context.close()
  })

  it('the worker starts the therapy; the finance officer records invoices, never over what was approved', async () => {
    const worker = await as(demoEmail('worker'), 'totp')
    const approved = await openApplication(worker.page)
    const start = await approved.openStep('Record that the therapy started')
    await start.fillDate('Date the therapy started', today)
    const started = await start.submit('Record the start')
    await started.status().filter({ hasText: 'Therapy in progress' }).waitFor()
    await worker.context.close()

    const { context, page } = await as(demoEmail('finance'), 'totp')
    const application = await openApplication(page)
    const invoice = await application.openInvoice()
    await invoice.fill('RT-2201', today, '1,300')
    await invoice.submitWithErrors('Record the invoice')
    expect(await invoice.errorMessages()).toEqual([
      'The amount must be £1,200 or less: what is left of the approved amount',
    ])
    await expectNoAxeViolations(page)
    await invoice.waitOutDoubleClickGuard()
    await invoice.main.getByLabel('Amount').fill('700')
    const paid = await invoice.record()
    expect(await paid.invoiceRows().count()).toBe(1)
    expect(await paid.summaryValue('Left to invoice').textContent()).toBe('£500.00')
    await expectNoAxeViolations(page)

    // The year's list: the demo's applications and this one.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Fund applications' })
      .click()
    await page.waitForURL(/\/fund-applications$/)
    await page
      .getByRole('heading', { level: 1, name: 'Adoption Support Fund applications' })
      .waitFor()
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(1)
    await expectNoAxeViolations(page)

    // The register and the year's figures, which count this application's invoice too.
    await page.getByRole('link', { name: 'Therapy providers' }).click()
    await page.getByRole('heading', { level: 1, name: 'Therapy providers' }).waitFor()
    expect(await page.locator('main table').textContent()).toContain('Ridgeway Theraplay')
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Back to fund applications' }).click()
    await page.getByRole('link', { name: 'The year’s figures' }).click()
    await page.getByRole('heading', { level: 1, name: 'Adoption Support Fund figures' }).waitFor()
    expect(await page.getByRole('table', { name: 'By type of therapy' }).textContent()).toContain(
      'Theraplay',
    )
    await expectNoAxeViolations(page)
    await context.close()
  })

  it('the worker renews the therapy for next year, from the application', async () => {
    const { context, page, problems } = await as(demoEmail('worker'), 'totp')
    const application = await openApplication(page)
    const renew = `Renew for ${String(yearStarts + 1)} to ${String(yearStarts + 2)}`
    await application.goesTo(
      () => application.main.getByRole('button', { name: renew }).click(),
      /\/renew$/,
    )
    await page
      .getByRole('heading', {
        level: 1,
        name: `Renew the application for ${String(yearStarts + 1)} to ${String(yearStarts + 2)}`,
      })
      .waitFor()
    await expectNoAxeViolations(page)
    await application.goesTo(
      () => page.getByRole('button', { name: 'Start the renewal' }).click(),
      /^\/fund-applications\/[0-9a-f-]{36}$/,
    )
    const renewal = new ApplicationPage(page)
    await renewal.status().filter({ hasText: 'Draft' }).waitFor()
    expect(page.url()).not.toContain(applicationPath)
    expect(await renewal.summaryValue('Financial year').textContent()).toBe(
      `${String(yearStarts + 1)} to ${String(yearStarts + 2)}`,
    )
    expect(await page.locator('main').textContent()).toContain('Ridgeway Theraplay')
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('a draft made before April 2025 asks for match funding over that year’s £5,000 limit', async () => {
    const { context, page, problems } = await as(demoEmail('worker'), 'totp')
    await page.goto('/fund-applications?financialYear=2024')
    await page.locator('main table').getByRole('link').first().click()
    await page.waitForURL(/^.*\/fund-applications\/[0-9a-f-]{36}$/)
    const draft = new ApplicationPage(page)
    await draft.status().filter({ hasText: 'Draft' }).waitFor()
    expect(await draft.summaryValue('The fund’s rules').textContent()).toMatch(/to March 2025/)
    await draft.goesTo(
      () => draft.main.getByRole('link', { name: 'Change the application' }).click(),
      /\/change$/,
    )
    const form = new ChangeApplicationPage(page)
    await form.heading.filter({ hasText: 'Change the application' }).waitFor()
    // The rules it was made under: £5,000 for therapy, and match funding over it.
    await form.main.getByText(/^Left for this child in 2024 to 2025: £5,000/).waitFor()
    expect(await form.matchFunding().count()).toBe(1)
    await expectNoAxeViolations(page)

    const therapy = form.main.getByRole('group', { name: 'Therapy 1' })
    await therapy.getByLabel('Type of therapy').selectOption({ label: 'Theraplay' })
    await therapy.getByLabel('Provider').selectOption({ label: 'Ridgeway Theraplay' })
    await form.setCost('6,000')
    await form.submitWithErrors('Save changes')
    const [message = ''] = await form.errorMessages()
    const least = /^Enter match funding of at least £([\d,.]+)/.exec(message)?.[1]
    expect(least).toBeTruthy()
    await expectNoAxeViolations(page)
    await form.matchFunding().fill(least ?? '')
    const saved = await form.saveChanges()
    await saved.status().filter({ hasText: 'Draft' }).waitFor()
    // The page writes whole pounds with their pence (£2,080.00), the BFF's message without.
    const matched = await saved.summaryValue('Match funding from the council').textContent()
    expect(matched?.replace(/\.00$/, '')).toBe(`£${least ?? ''}`)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the family sees the therapy applied for, where it is, and no money', async () => {
    const { context, page } = await as(demoEmail('adopter-b'), 'email')
    await page.goto('/my-family')
    const section = page.locator('main')
    await page
      .getByRole('heading', { level: 2, name: 'Therapy funded by the Adoption Support Fund' })
      .waitFor()
    expect(await section.textContent()).toContain('Theraplay with Ridgeway Theraplay')
    expect(await section.textContent()).toContain('Therapy in progress')
    expect(await page.locator('main').textContent()).not.toContain('£')
    await expectNoAxeViolations(page)
    await context.close()
  })
})
