// axe over the pages the journey specs do not reach: administration and the family record's forms.
import type { Browser, Page } from 'playwright-core'
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

async function visit(page: Page, path: string, heading: RegExp) {
  await page.goto(path)
  await expect
    .poll(() => page.locator('h1').first().textContent(), { timeout: 15_000 })
    .toMatch(heading)
  await expectNoAxeViolations(page)
}

describe('every page passes axe', () => {
  it('administration pages', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('administrator'), 'totp')
    await visit(page, '/staff', /staff accounts/i)
    const change = page
      .locator('main')
      .getByRole('link', { name: /change/i })
      .first()
    await change.click()
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/change a staff account/i)
    await expectNoAxeViolations(page)
    await visit(page, '/local-authorities', /local authorities/i)
    await visit(page, '/invitations/new', /invite/i)
    await visit(page, '/account/password', /change (your )?password/i)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the family record and its forms', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('worker-adopter'), 'totp')
    const res = await page.request.get('/api/people?q=family-')
    const familyId = ((await res.json()).people as { familyId: string | null }[]).find(
      (p) => p.familyId,
    )?.familyId
    expect(familyId).toBeTruthy()
    const family = await (await page.request.get(`/api/families/${familyId}`)).json()
    await visit(page, `/families/${familyId}`, /./)
    await visit(page, `/families/${familyId}/address`, /address/i)
    await visit(page, `/families/${familyId}/children/new`, /add a child/i)
    await visit(page, `/families/${familyId}/parents/${family.parents[0].id}`, /change a parent/i)
    await visit(page, `/families/${familyId}/children/${family.children[0].id}`, /change a child/i)
    // A form with errors passes axe too.
    await page.getByRole('textbox', { name: 'First name' }).fill('')
    await page.getByRole('button', { name: /save|continue/i }).click()
    await page.locator('.govuk-error-summary').waitFor()
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
