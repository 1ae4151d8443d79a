import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

/** "Ask for support": the start page and its questions, one a page, then "Check your answers". */
export class AskForSupportPages extends PortalPage {
  constructor(page: Page) {
    super(page, '/support/ask')
  }

  /** Starts a new request, whether or not a half-finished one was kept. */
  async startNewRequest() {
    const startAgain = this.page.getByRole('button', { name: 'Start a new request' })
    if (await startAgain.isVisible()) {
      await startAgain.click()
    } else {
      await this.page.getByRole('button', { name: 'Start now' }).click()
    }
    await this.page.waitForURL('**/support/ask/what-about')
    await this.heading.waitFor()
  }

  /** Ticks these checkboxes, by their labels. */
  async tick(labels: string[]) {
    for (const label of labels) {
      await this.page.getByLabel(label, { exact: true }).check()
    }
  }

  async choose(label: string) {
    await this.page.getByLabel(label, { exact: true }).check()
  }

  async fill(label: string, text: string) {
    await this.page.getByLabel(label, { exact: true }).fill(text)
  }

  /** Presses Continue and waits for the page at `path`. */
  async continueTo(path: string) {
    await this.leadsToAnotherPage(
      () => this.page.getByRole('button', { name: 'Continue' }).click(),
      `**${path}`,
    )
  }

  async send() {
    await this.leadsToAnotherPage(
      () => this.page.getByRole('button', { name: 'Send request' }).click(),
      '**/support/ask/request-sent',
    )
  }

  /** The reference in the confirmation panel. */
  async reference() {
    const text = (await this.page.locator('.govuk-panel__body').textContent()) ?? ''
    const reference = /ASR-\d{4}-\d{6}/.exec(text)?.[0]
    if (!reference) throw new Error(`No reference in the confirmation panel: ${text}`)
    return reference
  }
}

/** "Your requests": a summary card for each request. */
export class YourRequestsPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/support/requests')
  }

  card(reference: string): Locator {
    return this.main.locator('.govuk-summary-card', { hasText: reference })
  }

  async openRequest(reference: string) {
    await this.leadsToAnotherPage(
      () => this.card(reference).getByRole('link').first().click(),
      '**/support/requests/*',
    )
    return new SupportRequestPage(this.page, new URL(this.page.url()).pathname)
  }
}

/** One request: summary, what has happened, messages and the form to send one. */
export class SupportRequestPage extends PortalPage {
  /** The value of the summary list row whose key is `key`, if there is one. */
  summaryValue(key: string): Locator {
    return this.main
      .locator('.govuk-summary-list__row', {
        has: this.page.locator('dt', { hasText: key }),
      })
      .locator('dd')
      .first()
  }

  summaryKeys() {
    return this.main.locator('.govuk-summary-list__key').allTextContents()
  }

  /**
   * Chooses a file to send with the next message with GOV.UK's "Choose file" button (the label's
   * field once GOV.UK Frontend has started; the input it hides opens the file chooser), and waits
   * until it is uploaded and listed.
   */
  async attachFile(file: { name: string; mimeType: string; buffer: Buffer }) {
    const fileChooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: /^Attach a file \(optional\)/ }).click()
    await (await fileChooser).setFiles(file)
    await this.page.getByRole('button', { name: `Remove ${file.name}` }).waitFor()
  }

  async sendMessage(text: string) {
    await this.page.getByLabel('Send a message').fill(text)
    await this.page.getByRole('button', { name: 'Send message' }).click()
    await this.page.getByText('Your message has been sent').waitFor()
  }

  messages(): Locator {
    return this.main.locator('li.govuk-summary-card')
  }
}
