import type { Browser, Page } from 'playwright-core'
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

const email = 'alex.morgan@example.invalid'
const password = 'Heron-quarry-lamplight-8'
/** As typed, and as the service keeps it (and the mailbox shows it). */
const mobileNumber = '07700 900 123'
const mobileNumberAsSent = '07700900123'

/** The newest security code texted to the number, from the development mailbox in another tab. */
async function codeTextedTo(page: Page, { axe = false } = {}) {
  const mailbox = new MailboxPage(await page.context().newPage())
  await mailbox.open()
  const code = await mailbox.securityCodeFor(mobileNumberAsSent)
  expect(
    await mailbox.page
      .getByRole('heading', { level: 2, name: `Text message to ${mobileNumberAsSent}` })
      .first()
      .isVisible(),
  ).toBe(true)
  if (axe) await expectNoAxeViolations(mailbox.page)
  await mailbox.page.close()
  return code
}

describe('security codes by text message', () => {
  it('a new adoptive parent sets them up, then signs in with a code sent to their phone', async () => {
    // A support worker invites an adoptive parent who has no account yet.
    const staff = await openPage(browser, baseURL)
    await signInThroughPages(staff.page, demoEmail('worker'), 'totp')
    const found = await staff.page.request.get('/api/people?q=family-')
    const parent = (
      (await found.json()).people as { kind: string; id: string; hasAccount?: boolean }[]
    ).find((p) => p.kind === 'adopter' && p.hasAccount !== true)
    expect(parent).toBeTruthy()
    const invited = await staff.page.request.post('/api/invitations', {
      data: { name: 'Alex Morgan', email, role: 'adopter', familyParentId: parent!.id },
    })
    expect(invited.status()).toBe(201)
    await staff.context.close()

    const { context, page, problems } = await openPage(browser, baseURL)
    const mailbox = await new MailboxPage(page).open()
    const link = await mailbox.linkFor(email, /https?:\/\/\S+\/create-account\/[\w-]+/)
    await (await new CreateAccountPage(page, link).open()).createAccount(password)
    await page.waitForURL('**/sign-in**')

    // Set-up: text message, a mobile number, then the code texted to it.
    await new SignInPage(page).signIn(email, password)
    await page.waitForURL('**/account/security/set-up')
    const setUp = new SetUpSecurityPage(page)
    await expect
      .poll(() => setUp.heading.textContent())
      .toBe('How do you want to get security codes?')
    await expectNoAxeViolations(page)
    await setUp.chooseTextMessages()
    await expect.poll(() => setUp.heading.textContent()).toBe('Enter your mobile phone number')
    const mobileNumberInput = page.getByLabel('Mobile phone number')
    expect(await mobileNumberInput.getAttribute('type')).toBe('tel')
    expect(await mobileNumberInput.getAttribute('autocomplete')).toBe('tel')
    await expectNoAxeViolations(page)

    await setUp.enterMobileNumber('01632 960 001', password)
    await setUp.errorSummary.waitFor()
    expect(await setUp.errorSummary.textContent()).toContain(
      'Enter a UK mobile phone number, like 07700 900 982',
    )
    expect(await page.title()).toMatch(/^Error: Enter your mobile phone number/)
    await expectNoAxeViolations(page)

    await setUp.enterMobileNumber(mobileNumber, password)
    await expect.poll(() => setUp.heading.textContent()).toBe('Check your phone')
    expect(await setUp.main.textContent()).toContain(
      'We have sent a code to your phone number ending 123.',
    )
    await expectNoAxeViolations(page)
    const setUpCode = await codeTextedTo(page, { axe: true })
    await setUp.enterCode(setUpCode)

    await page.waitForURL('**/home')
    const home = new HomePage(page)
    await expect.poll(() => home.heading.textContent()).toBe('Alex Morgan')
    expect(await home.main.textContent()).toMatch(/Security codes\s*Text message/)

    // Signing in again asks for a code texted to the same phone.
    await home.signOutLink().click()
    await page.waitForURL('**/sign-in')
    await new SignInPage(page).signIn(email, password)
    await page.waitForURL('**/sign-in/security-code')
    const security = new SecurityCodePage(page)
    await expect
      .poll(() => security.heading.textContent())
      .toBe('Get a security code by text message')
    await expectNoAxeViolations(page)
    await security.sendSecurityCode()
    await expect.poll(() => security.heading.textContent()).toBe('Check your phone')
    expect(await security.main.textContent()).toContain(
      'We have sent a code to your phone number ending 123.',
    )
    await expectNoAxeViolations(page)
    const firstSignInCode = await codeTextedTo(page)
    expect(firstSignInCode).not.toBe(setUpCode)
    await security.sendCodeAgain()
    await page.getByText('We have sent you another code').waitFor()
    const signInCode = await codeTextedTo(page)
    expect(signInCode).not.toBe(firstSignInCode)
    await security.enterCode(signInCode)

    await page.waitForURL('**/home')
    await expect.poll(() => home.heading.textContent()).toBe('Alex Morgan')
    expect(problems.pageErrors).toEqual([])
    await context.close()
  }, 120_000) // the whole journey, with axe on every new page: longer than one page's test
})
