import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

// The Adoption Support Fund pages: a new application, an application and its steps, an invoice.

type AddressMatch = string | RegExp

/** What the fund's pages share: summary values, the error summary, dates and buttons. */
class AsfPortalPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/fund-applications')
  }

  /** A summary list row's value, by its key. */
  summaryValue(key: string): Locator {
    const exactly = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
    return this.main
      .locator('.govuk-summary-list__row', { has: this.page.locator('dt', { hasText: exactly }) })
      .locator('dd')
      .first()
  }

  errorMessages() {
    return this.page.locator('.govuk-error-summary__list li').allTextContents()
  }

  /** Fills a GOV.UK date input, found by its legend. */
  async fillDate(legend: string, isoDate: string, within: Locator = this.main) {
    const group = within.getByRole('group', { name: legend, exact: true })
    const [year = '', month = '', day = ''] = isoDate.split('-')
    await group.getByLabel('Day', { exact: true }).fill(String(Number(day)))
    await group.getByLabel('Month', { exact: true }).fill(String(Number(month)))
    await group.getByLabel('Year', { exact: true }).fill(year)
  }

  /** Runs a step that leads to another page, and waits for it (the address by its path). */
  async goesTo(step: () => Promise<void>, url: AddressMatch) {
    const before = await this.heading.textContent()
    await step()
    await this.page.waitForURL(
      url instanceof RegExp ? (address: URL) => url.test(address.pathname) : url,
    )
    await this.page.waitForFunction((previous) => {
      const heading = document.querySelector('main h1')
      return heading !== null && heading.textContent !== previous
    }, before)
  }

  /** Presses the form's button and waits for the error summary. */
  async submitWithErrors(button: string) {
    await this.main.getByRole('button', { name: button, exact: true }).click()
    await this.page.locator('.govuk-error-summary').waitFor()
  }
}

export interface TherapyInput {
  therapy: string
  provider: string
  sessions: string
  cost: string
  measure: string
  baseline: string
  endsOn: string
}

/** `/fund-applications/new`: apply for a child. */
export class NewApplicationPage extends AsfPortalPage {
  async fill(input: {
    eligibility: string
    assessedOn: string
    why: string
    therapy: TherapyInput
  }) {
    await this.main.getByRole('radio', { name: input.eligibility, exact: true }).check()
    await this.fillDate('When was the needs assessment finished?', input.assessedOn)
    await this.main.getByLabel('Why is the therapy needed?').fill(input.why)
    const therapy = this.main.getByRole('group', { name: 'Therapy 1' })
    await therapy.getByLabel('Type of therapy').selectOption({ label: input.therapy.therapy })
    await therapy.getByLabel('Provider').selectOption({ label: input.therapy.provider })
    await therapy.getByLabel('Number of sessions').fill(input.therapy.sessions)
    await therapy.getByLabel('Cost').fill(input.therapy.cost)
    await therapy.getByLabel('Outcome measure').selectOption({ label: input.therapy.measure })
    await therapy.getByLabel('Baseline score (optional)').fill(input.therapy.baseline)
    await this.fillDate('When does the therapy end?', input.therapy.endsOn, therapy)
  }

  async setCost(cost: string) {
    await this.main.getByRole('group', { name: 'Therapy 1' }).getByLabel('Cost').fill(cost)
  }

  async save() {
    await this.goesTo(
      () => this.main.getByRole('button', { name: 'Save as a draft' }).click(),
      /^\/fund-applications\/[0-9a-f-]{36}$/,
    )
    return new ApplicationPage(this.page)
  }
}

/** `/fund-applications/:applicationId/change`: a draft's details and therapies, as when new. */
export class ChangeApplicationPage extends NewApplicationPage {
  matchFunding(): Locator {
    return this.main.getByLabel('Match funding from the council')
  }

  async saveChanges() {
    await this.goesTo(
      () => this.main.getByRole('button', { name: 'Save changes', exact: true }).click(),
      /^\/fund-applications\/[0-9a-f-]{36}$/,
    )
    return new ApplicationPage(this.page)
  }
}

/** `/fund-applications/:applicationId`: where it is, its money and the steps to take. */
export class ApplicationPage extends AsfPortalPage {
  status(): Locator {
    return this.main.locator('.govuk-tag').first()
  }

  /** Presses a step's button, and waits for the status it leads to. */
  async take(button: string, status: string) {
    await this.main.getByRole('button', { name: button, exact: true }).click()
    await this.status().filter({ hasText: status }).waitFor()
  }

  /** Follows a step's link to its page. */
  async openStep(link: string) {
    await this.goesTo(
      () => this.main.getByRole('link', { name: link, exact: true }).click(),
      /\/steps\/[a-z_]+$/,
    )
    return new StepPage(this.page)
  }

  async openInvoice() {
    await this.goesTo(
      () => this.main.getByRole('button', { name: 'Record an invoice', exact: true }).click(),
      /\/invoices\/new$/,
    )
    return new InvoicePage(this.page)
  }

  invoiceRows(): Locator {
    return this.main.getByRole('table', { name: 'Invoices' }).locator('tbody tr')
  }
}

/** A step that asks for something: the fund's reference, its decision, a date. */
export class StepPage extends AsfPortalPage {
  async submit(button: string) {
    await this.goesTo(
      () => this.main.getByRole('button', { name: button, exact: true }).click(),
      /^\/fund-applications\/[0-9a-f-]{36}$/,
    )
    return new ApplicationPage(this.page)
  }
}

/** `/fund-applications/:applicationId/invoices/new`: the finance officer's invoice. */
export class InvoicePage extends AsfPortalPage {
  async fill(number: string, date: string, amount: string) {
    await this.main.getByLabel('Invoice number').fill(number)
    await this.fillDate('Date of the invoice', date)
    await this.main.getByLabel('Amount').fill(amount)
  }

  async record() {
    await this.goesTo(
      () => this.main.getByRole('button', { name: 'Record the invoice', exact: true }).click(),
      /^\/fund-applications\/[0-9a-f-]{36}$/,
    )
    return new ApplicationPage(this.page)
  }
}
