import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

/** The staff side of support requests: the triage queue, a contact, a request and its actions. */

/** `/support-line/queue`. */
export class TriageQueuePage extends PortalPage {
  constructor(page: Page) {
    super(page, '/support-line/queue')
  }

  async logAContact() {
    await this.page.getByRole('button', { name: 'Log a contact' }).click()
    await this.page.waitForURL('**/support-line/contacts/new')
    await this.heading.waitFor()
    return new LogContactPage(this.page)
  }
}

/** `/support-line/contacts/new`: one form, as the duty team takes a call. */
export class LogContactPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/support-line/contacts/new')
  }

  async choose(label: string) {
    await this.page.getByLabel(label, { exact: true }).check()
  }

  /** Searches for a family and chooses the one whose record has this reference. */
  async chooseFamily(search: string, familyReference: string) {
    await this.page
      .getByRole('searchbox', { name: 'Find a family by an adoptive parent’s name' })
      .fill(search)
    await this.page.getByRole('button', { name: 'Search', exact: true }).click()
    const family = this.page
      .getByRole('group', { name: 'Choose who got in touch' })
      .locator('.govuk-radios__item', { hasText: familyReference })
    await family.waitFor()
    await family.getByRole('radio').check()
    return (await family.locator('label').textContent()) ?? ''
  }

  async fillSummary(text: string) {
    await this.page.getByRole('textbox', { name: 'Summary of the contact' }).fill(text)
  }

  /** Logs the contact and waits for the "Contact logged" banner. */
  async logContact(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Log contact' }).click()
    const banner = this.page.locator('.govuk-notification-banner--success')
    await banner.getByText('Contact logged').waitFor()
    return banner
  }
}

const actionPaths = {
  'Record triage decision': 'triage',
  Allocate: 'allocate',
  'Change worker': 'allocate',
  'Close request': 'close',
} as const

/** `/support-line/requests/:supportRequestId`: a request as staff see it. */
export class StaffRequestPage extends PortalPage {
  /** The value of a row of the request's summary list. */
  summaryValue(key: string): Locator {
    return this.main
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd')
  }

  get successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success')
  }

  /** Follows one of the request's actions and waits for its page. */
  async action(name: keyof typeof actionPaths) {
    await this.leadsToAnotherPage(
      () => this.page.getByRole('button', { name, exact: true }).click(),
      `**${this.path}/${actionPaths[name]}`,
    )
  }

  /** The form that sends a message to the family (or the birth relative). */
  get messageForm(): Locator {
    return this.page.getByRole('form', { name: /^Send a message to the / })
  }

  /** The form that adds a case note, which the family never sees. */
  get caseNoteForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a case note' })
  }

  async sendMessage(text: string) {
    await this.messageForm.getByRole('textbox', { name: /^Message to the / }).fill(text)
    await this.messageForm.getByRole('button', { name: /^Send message to the / }).click()
    await this.successBanner.getByText('Your message has been sent').waitFor()
  }

  async addCaseNote(text: string) {
    await this.caseNoteForm.getByRole('textbox', { name: 'Case note' }).fill(text)
    await this.caseNoteForm.getByRole('button', { name: 'Add case note' }).click()
    await this.successBanner.getByText('The case note has been added').waitFor()
  }

  region(name: 'Messages' | 'Case notes' | 'Timeline'): Locator {
    return this.page.getByRole('region', { name })
  }
}

/** `/support-line/requests/:supportRequestId/triage`. */
export class TriagePage extends PortalPage {
  async recordDecision(decision: string, reason: string) {
    await this.page.getByLabel(decision, { exact: true }).check()
    await this.page.getByRole('textbox', { name: 'Reason for the decision' }).fill(reason)
    await this.page.getByRole('button', { name: 'Record decision' }).click()
    await this.page
      .locator('.govuk-notification-banner--success')
      .getByText('The triage decision has been recorded')
      .waitFor()
  }
}

/** `/support-line/requests/:supportRequestId/allocate`: workers with their caseloads. */
export class AllocatePage extends PortalPage {
  /** The worker's radio, whose label reads "Sam Okafor — 12 open cases". */
  worker(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name} — \\d+ open cases?$`) })
  }

  async allocateTo(name: string) {
    await this.worker(name).check()
    await this.page.getByRole('button', { name: 'Allocate', exact: true }).click()
    await this.page
      .locator('.govuk-notification-banner--success')
      .getByText('The request has been allocated')
      .waitFor()
  }
}

/** `/support-line/my-work`. */
export class MyWorkPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/support-line/my-work')
  }

  request(reference: string): Locator {
    return this.page.getByRole('table', { name: /^Your requests/ }).getByRole('link', {
      name: reference,
      exact: true,
    })
  }
}
