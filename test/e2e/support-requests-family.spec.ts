// Adoptive parents and birth relatives ask for support and follow their requests, with axe on
// every page of the journey.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { AskForSupportPages, YourRequestsPage } from './pages/support-request-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** What identifies the demo adopter's family: the demo birth relative's child lives there. */
interface AdoptiveFamily {
  reference: string
  address: { line1: string; postcode: string }
  parents: { fullName: string }[]
  children: { firstName: string; lastName: string }[]
}
let adoptiveFamily: AdoptiveFamily | undefined

async function mainText(page: Page) {
  return (await page.locator('main').textContent()) ?? ''
}

// Whole journeys with axe on each page: longer than the suite's default minute on a busy machine.
describe('support requests: families and birth relatives', { timeout: 240_000 }, () => {
  it('an adoptive parent asks for support, finds it in their requests and sends a message', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter'), 'email')
    adoptiveFamily = (await (await page.request.get('/api/my/family')).json()) as AdoptiveFamily
    const child = adoptiveFamily.children[0]
    expect(child).toBeDefined()

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Ask for support' })
      .click()
    const ask = new AskForSupportPages(page)
    await page.waitForURL('**/support/ask')
    await ask.heading.filter({ hasText: 'Ask for support' }).waitFor()
    expect(await ask.heading.textContent()).toBe('Ask for support')
    await expectNoAxeViolations(page)
    await ask.startNewRequest()

    // What it is about: an empty answer shows the error summary, which passes axe too.
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    await expectNoAxeViolations(page)
    await ask.tick(['School or education'])
    await ask.continueTo('/support/ask/children')

    await expectNoAxeViolations(page)
    await ask.tick([child?.firstName ?? ''])
    await ask.continueTo('/support/ask/what-is-happening')

    await expectNoAxeViolations(page)
    await ask.fill(
      'What is happening?',
      'Since half term our child has refused to go to school most mornings.\nThe school has asked us to come in next week.',
    )
    await ask.continueTo('/support/ask/how-urgent')

    await expectNoAxeViolations(page)
    expect(await mainText(page)).toContain('If a child is in immediate danger, call 999.')
    await ask.choose('Soon: within the next few days')
    await ask.continueTo('/support/ask/contact')

    await ask.choose('By phone')
    await ask.fill('Telephone number', '07700 900 982')
    await ask.fill('When is a good time to contact you? (optional)', 'Weekday mornings')
    await expectNoAxeViolations(page)
    await ask.continueTo('/support/ask/check-your-answers')

    await expectNoAxeViolations(page)
    expect(await mainText(page)).toContain('School or education')
    expect(await mainText(page)).toContain('07700 900 982')
    await ask.send()

    expect(await ask.heading.textContent()).toBe('Request sent')
    const reference = await ask.reference()
    expect(await mainText(page)).toMatch(/You can expect a reply by \d{1,2} \w+ \d{4}\./)
    await expectNoAxeViolations(page)

    await page.locator('main').getByRole('link', { name: 'Your requests' }).click()
    await page.waitForURL('**/support/requests')
    const requests = new YourRequestsPage(page)
    await requests.card(reference).waitFor()
    expect(await requests.card(reference).textContent()).toContain('School or education')
    await expectNoAxeViolations(page)

    const request = await requests.openRequest(reference)
    expect(await request.heading.textContent()).toBe(`Request ${reference}`)
    expect(await request.summaryValue('Children').textContent()).toBe(child?.firstName)
    expect(await mainText(page)).toContain('You asked for support')
    await expectNoAxeViolations(page)

    // A file uploads as soon as it is chosen, and is listed until the message is sent.
    await request.attachFile({
      name: 'letter.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    })
    await expectNoAxeViolations(page)
    await request.sendMessage('Thank you. Mornings before 11am are best for a call.')
    await expect
      .poll(() => request.messages().first().textContent())
      .toContain('Mornings before 11am are best for a call.')
    expect(await request.messages().first().locator('h3').textContent()).toBe('You')
    const letter = request.messages().first().getByRole('link', { name: 'letter.pdf' })
    expect(await letter.getAttribute('href')).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/)
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0)
    await expectNoAxeViolations(page)

    // The page fits a phone.
    await page.setViewportSize({ width: 320, height: 700 })
    expect(await request.scrollsSideways()).toBe(false)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('a birth relative asks for counselling and sees nothing that identifies the adoptive family', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('birth-relative'), 'email')

    const ask = await new AskForSupportPages(page).open()
    await expectNoAxeViolations(page)
    await ask.startNewRequest()
    const categories = await page.locator('main .govuk-checkboxes__label').allTextContents()
    expect(categories.map((label) => label.trim())).toContain(
      'Counselling and support for you as a birth relative',
    )
    expect(categories.map((label) => label.trim())).not.toContain('School or education')
    await ask.tick(['Counselling and support for you as a birth relative'])
    // Never asked about the children: straight on to what is happening.
    await ask.continueTo('/support/ask/what-is-happening')
    await ask.fill(
      'What is happening?',
      'It is my child’s birthday next month and I am finding it hard. I would like to talk to someone.',
    )
    await ask.continueTo('/support/ask/how-urgent')
    await ask.choose('Not urgent')
    await ask.continueTo('/support/ask/contact')
    await ask.choose('By message in this service')
    await ask.continueTo('/support/ask/check-your-answers')
    expect(await mainText(page)).not.toContain('Which children it is about')
    await expectNoAxeViolations(page)
    await ask.send()
    const reference = await ask.reference()
    await expectNoAxeViolations(page)

    const requests = await new YourRequestsPage(page).open()
    await requests.card(reference).waitFor()
    await expectNoAxeViolations(page)
    const request = await requests.openRequest(reference)
    expect(await request.summaryValue('What it is about').textContent()).toBe(
      'Counselling and support for you as a birth relative',
    )
    await expectNoAxeViolations(page)

    // Nothing about the adoptive family: no address or family rows, none of its details.
    const keys = await request.summaryKeys()
    expect(keys).not.toContain('Address')
    expect(keys).not.toContain('Family reference')
    expect(keys).not.toContain('Children')
    const text = await mainText(page)
    expect(adoptiveFamily).toBeDefined()
    if (adoptiveFamily) {
      const surnames = adoptiveFamily.parents.map((parent) => parent.fullName.split(' ').at(-1))
      for (const identifying of [
        adoptiveFamily.reference,
        adoptiveFamily.address.line1,
        adoptiveFamily.address.postcode,
        ...surnames,
        ...adoptiveFamily.children.map((c) => c.lastName),
      ]) {
        expect(text).not.toContain(identifying)
      }
    }
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
