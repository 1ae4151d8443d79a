import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  CreateAccountPage,
  HomePage,
  MailboxPage,
  SecurityCodePage,
  SetUpSecurityPage,
  SignInPage,
} from './pages/account-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signInThroughPages } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('an invitation', () => {
  it('leads from the mailbox to a new account, a second factor and a first sign-in', async () => {
    // A support worker invites an adoptive parent of a family in their local authority.
    const staff = await openPage(browser, baseURL)
    await signInThroughPages(staff.page, demoEmail('worker'), 'totp')
    const found = await staff.page.request.get('/api/people?q=family-')
    const parent = (
      (await found.json()).people as { kind: string; id: string; hasAccount?: boolean }[]
    ).find((p) => p.kind === 'adopter' && p.hasAccount !== true)
    expect(parent).toBeTruthy()
    const invited = await staff.page.request.post('/api/invitations', {
      data: {
        name: 'Robin Ellis',
        email: 'robin.ellis@example.invalid',
        role: 'adopter',
        familyParentId: parent!.id,
      },
    })
    expect(invited.status()).toBe(201)
    await staff.context.close()

    const { context, page } = await openPage(browser, baseURL)
    const mailbox = await new MailboxPage(page).open()
    await expectNoAxeViolations(page)
    const link = await mailbox.linkFor(
      'robin.ellis@example.invalid',
      /https?:\/\/\S+\/create-account\/[\w-]+/,
    )
    const create = await new CreateAccountPage(page, link).open()
    await expectNoAxeViolations(page)
    await create.createAccount('Orchard-lantern-kestrel-5')

    await page.waitForURL('**/sign-in**')
    await new SignInPage(page).signIn('robin.ellis@example.invalid', 'Orchard-lantern-kestrel-5')
    await page.waitForURL('**/account/security/set-up')
    const setUp = new SetUpSecurityPage(page)
    await expectNoAxeViolations(page)
    await setUp.chooseEmailCodes('Orchard-lantern-kestrel-5')
    await page.waitForURL('**/home')
    await expect.poll(() => new HomePage(page).heading.textContent()).toBe('Robin Ellis')

    // The link works once.
    await page.goto(link)
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/expired/i)
    void SecurityCodePage
    await context.close()
  })
})
