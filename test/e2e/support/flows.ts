import type { Page } from 'playwright-core'
import { HomePage, MailboxPage, SecurityCodePage, SignInPage } from '../pages/account-pages.ts'
import { authenticatorCode, demoPassword } from './accounts.ts'

/** Signs a demo account in through the pages, with both factors, and waits for the home page. */
export async function signInThroughPages(page: Page, email: string, method: 'totp' | 'email') {
  const signIn = await new SignInPage(page).open()
  await signIn.signIn(email, demoPassword)
  await page.waitForURL('**/sign-in/security-code')
  const security = new SecurityCodePage(page)
  if (method === 'totp') {
    await security.enterCode(await authenticatorCode(email))
  } else {
    await security.sendSecurityCode()
    const mailbox = new MailboxPage(await page.context().newPage())
    await mailbox.open()
    const code = await mailbox.securityCodeFor(email)
    await mailbox.page.close()
    await security.enterCode(code)
  }
  await page.waitForURL('**/home')
  return new HomePage(page)
}
