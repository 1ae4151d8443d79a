import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

/** The staff side of groups and training: the events, the event form, an event, the register. */

/** `/group-programme`: the agency's events. */
export class GroupProgrammePage extends PortalPage {
  constructor(page: Page) {
    super(page, '/group-programme')
  }

  /** The events table, named by its caption ("3 events"). */
  get table(): Locator {
    return this.page.getByRole('table', { name: /\d+ events?/ })
  }

  async createAnEvent() {
    await this.leadsToAnotherPage(
      () => this.page.getByRole('button', { name: 'Create an event' }).click(),
      '**/group-programme/new',
    )
    return new EventFormPage(this.page, '/group-programme/new')
  }
}

export interface SessionAnswers {
  /** `yyyy-mm-dd`, in London. */
  date: string
  /** As the team types it: "14:30", "10am". */
  start: string
  end: string
}

/** `/group-programme/new` and `/group-programme/:eventId/edit`: one form. */
export class EventFormPage extends PortalPage {
  async chooseKind(name: string) {
    await this.page.getByRole('combobox', { name: 'Type of event' }).selectOption({ label: name })
  }

  async fill(label: string, text: string) {
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(text)
  }

  async check(label: string) {
    await this.page.getByLabel(label, { exact: true }).check()
  }

  session(number: number): Locator {
    return this.page.getByRole('group', { name: `Session ${String(number)}`, exact: true })
  }

  async fillSession(number: number, answers: SessionAnswers) {
    const session = this.session(number)
    const [year = '', month = '', day = ''] = answers.date.split('-')
    await session.getByRole('textbox', { name: 'Day' }).fill(String(Number(day)))
    await session.getByRole('textbox', { name: 'Month' }).fill(String(Number(month)))
    await session.getByRole('textbox', { name: 'Year' }).fill(year)
    await session.getByRole('textbox', { name: 'Start time' }).fill(answers.start)
    await session.getByRole('textbox', { name: 'End time' }).fill(answers.end)
  }

  async addSession() {
    await this.page.getByRole('button', { name: 'Add another session' }).click()
  }

  /** Sends the form and waits for the event page it goes on to, with its banner. */
  async save(button: 'Create event' | 'Save changes', banner: string) {
    await this.page.getByRole('button', { name: button }).click()
    await this.page
      .locator('.govuk-notification-banner--success')
      .getByText(banner)
      .waitFor({ timeout: 15_000 })
    return new StaffEventPage(this.page, new URL(this.page.url()).pathname)
  }
}

/** `/group-programme/:eventId`: an event as staff see it. */
export class StaffEventPage extends PortalPage {
  summaryValue(key: string): Locator {
    return this.main
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd')
  }

  /**
   * Follows one of the event's actions ("Register", "Edit", "Cancel event") to its page, and waits
   * for that page's own heading: the event's heading stays until the new page has its data.
   */
  async action(name: 'Register' | 'Edit' | 'Cancel event') {
    const to = {
      Register: { path: 'register', heading: 'Register' },
      Edit: { path: 'edit', heading: 'Change the event' },
      'Cancel event': { path: 'cancel', heading: 'Cancel the event' },
    } as const
    await this.page.getByRole('button', { name, exact: true }).click()
    await this.page.waitForURL(`**${this.path}/${to[name].path}`)
    await this.page
      .getByRole('heading', { level: 1, name: to[name].heading, exact: true })
      .waitFor()
  }
}

/** `/group-programme/:eventId/register`: the register on the day. */
export class RegisterPage extends PortalPage {
  present(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Present ${name}`, exact: true })
  }

  get table(): Locator {
    return this.page.locator('.app-register-print table')
  }

  get successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success')
  }

  async saveAttendance() {
    await this.page.getByRole('button', { name: 'Save attendance' }).click()
    await this.successBanner.getByText(/^Attendance saved/).waitFor()
  }

  async addWalkIn(name: string, isChild: boolean) {
    await this.page.getByRole('textbox', { name: 'Full name' }).fill(name)
    if (isChild) {
      await this.page.getByLabel('This is a child', { exact: true }).check()
    }
    await this.page.getByRole('button', { name: 'Add walk-in' }).click()
    await this.successBanner.getByText(`${name} has been added to the register`).waitFor()
  }

  get csvLink(): Locator {
    return this.page.getByRole('link', { name: 'Download the register (CSV)' })
  }
}

/** `/group-programme/figures`: what the programme offered and who came. */
export class GroupFiguresPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/group-programme/figures')
  }

  /** A row of the totals table: its number. */
  total(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Totals' })
      .locator('tr')
      .filter({ has: this.page.locator('th', { hasText: new RegExp(`^${name}$`) }) })
      .locator('td')
  }

  /** A row of the totals table, read as a number. */
  async totalNumber(name: string): Promise<number> {
    return numberOf((await this.total(name).textContent()) ?? '')
  }

  /** A column of the figures by local authority, by its heading: the number in each row. */
  async byAreaColumn(heading: string): Promise<number[]> {
    const table = this.page.getByRole('table', { name: 'Figures by local authority' })
    const headings = (await table.locator('thead th').allTextContents()).map((text) => text.trim())
    const index = headings.indexOf(heading)
    if (index < 1) throw new Error(`No column "${heading}" in ${headings.join(', ')}`)
    const cells = await table.locator(`tbody > tr > :nth-child(${index + 1})`).allTextContents()
    return cells.map(numberOf)
  }
}

/** "1,234" as 1234. */
const numberOf = (text: string) => Number(text.replace(/,/g, '').trim())
