import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

export class SignInPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/sign-in')
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel('Email address').fill(email)
    await this.page.getByLabel('Password', { exact: true }).fill(password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }

  get errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }

  forgottenPasswordLink(): Locator {
    return this.page.getByRole('link', { name: /forgotten your password/i })
  }
}

export class SecurityCodePage extends PortalPage {
  constructor(page: Page) {
    super(page, '/sign-in/security-code')
  }

  async sendSecurityCode() {
    await this.page.getByRole('button', { name: /send (a|another) code/i }).click()
  }

  /** For a code sent by text message: "Problem with the code?", then "Send the code again". */
  async sendCodeAgain() {
    await this.page.getByText('Problem with the code?').click()
    await this.page.getByRole('button', { name: 'Send the code again' }).click()
  }

  async enterCode(code: string) {
    await this.page.getByLabel('Security code').fill(code)
    await this.page.getByRole('button', { name: 'Continue' }).click()
  }
}

export class HomePage extends PortalPage {
  constructor(page: Page) {
    super(page, '/home')
  }

  signOutLink(): Locator {
    return this.page.getByRole('link', { name: 'Sign out', exact: true })
  }
}

export class MailboxPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/dev/mailbox')
  }

  /** The newest message to this address, as its text. */
  async latestTo(email: string) {
    await this.page.reload()
    await this.heading.waitFor()
    const message = this.main.locator(
      'article, section, li, .app-mailbox-message, .govuk-summary-card',
      {
        hasText: email,
      },
    )
    await message.first().waitFor()
    return (await message.first().textContent()) ?? ''
  }

  async securityCodeFor(email: string) {
    const text = await this.latestTo(email)
    const code = /security code is (\d{6})/.exec(text)?.[1]
    if (!code) throw new Error(`No security code for ${email} in: ${text}`)
    return code
  }

  async linkFor(email: string, pattern: RegExp) {
    const text = await this.latestTo(email)
    const match = pattern.exec(text)
    if (!match) throw new Error(`No link matching ${pattern} for ${email} in: ${text}`)
    return new URL(match[0]).pathname + new URL(match[0]).search
  }
}

export class SetUpSecurityPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/account/security/set-up')
  }

  async chooseEmailCodes(password: string) {
    await this.page.getByLabel('Email', { exact: true }).check()
    await this.page.getByRole('button', { name: 'Continue' }).click()
    await this.page.getByLabel('Password', { exact: true }).fill(password)
    await this.page.getByRole('button', { name: 'Continue' }).click()
  }

  async chooseTextMessages() {
    await this.page.getByLabel('Text message', { exact: true }).check()
    await this.page.getByRole('button', { name: 'Continue' }).click()
  }

  /** "Enter your mobile phone number": the number, and the password to confirm it is you. */
  async enterMobileNumber(mobileNumber: string, password: string) {
    await this.page.getByLabel('Mobile phone number').fill(mobileNumber)
    await this.page.getByLabel('Password', { exact: true }).fill(password)
    await this.page.getByRole('button', { name: 'Continue' }).click()
  }

  /** "Check your phone": the code texted to the number. */
  async enterCode(code: string) {
    await this.page.getByLabel('Security code').fill(code)
    await this.page.getByRole('button', { name: 'Continue' }).click()
  }

  get errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }
}

export class CreateAccountPage extends PortalPage {
  async createAccount(password: string) {
    await this.page.getByLabel('Create a password').fill(password)
    await this.page.getByRole('button', { name: 'Create account' }).click()
  }
}

export class ForgottenPasswordPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/forgotten-password')
  }

  async requestLink(email: string) {
    await this.page.getByLabel('Email address').fill(email)
    await this.page.getByRole('button', { name: 'Send link' }).click()
  }
}

export class ResetPasswordPage extends PortalPage {
  async choose(password: string) {
    await this.page.getByLabel('New password').fill(password)
    await this.page.getByRole('button', { name: 'Reset password' }).click()
  }
}
