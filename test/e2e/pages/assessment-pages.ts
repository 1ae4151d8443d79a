import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

/** The id in an assessment's path: `/needs-assessments/:id…` or `/assessments/:id…`. */
export function assessmentIdOf(path: string): string {
  const id = /^\/(?:needs-assessments|assessments)\/([0-9a-f-]{36})(?:\/|$)/.exec(path)?.[1]
  if (id === undefined) throw new Error(`No assessment id in ${path}`)
  return id
}

/** A day's parts as the GOV.UK date input takes them: `2027-03-09` is 9, 3 and 2027. */
export function dateParts(isoDate: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = isoDate.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}

/** Where a step leads: a glob of the whole address, or a pattern of its path. */
type AddressMatch = string | RegExp | ((address: URL) => boolean)

/** What the assessment pages share: summary lists, the error summary, banners and date inputs. */
class AssessmentPortalPage extends PortalPage {
  /** A summary list row's value, by its key ("Status", not "Status of…"). */
  summaryValue(key: string, within: Locator = this.main): Locator {
    const exactly = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
    return within
      .locator('.govuk-summary-list__row', {
        has: this.page.locator('dt', { hasText: exactly }),
      })
      .locator('dd')
      .first()
  }

  get errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }

  /** The messages the error summary lists. */
  errorMessages() {
    return this.errorSummary.locator('.govuk-error-summary__list li').allTextContents()
  }

  get successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success')
  }

  /** Waits for the success banner with these words. */
  async waitForBanner(words: string) {
    await this.successBanner.filter({ hasText: words }).waitFor()
  }

  async mainText() {
    return (await this.main.textContent()) ?? ''
  }

  /** Fills a GOV.UK date input, found by its legend. */
  async fillDate(legend: string, isoDate: string, within: Locator = this.main) {
    const group = within.getByRole('group', { name: legend, exact: true })
    const { day, month, year } = dateParts(isoDate)
    await group.getByLabel('Day', { exact: true }).fill(day)
    await group.getByLabel('Month', { exact: true }).fill(month)
    await group.getByLabel('Year', { exact: true }).fill(year)
  }

  /** Presses a button (or a link drawn as one) that leads to another page, and waits for it. */
  async press(name: string, url: AddressMatch) {
    await this.leadsToAnotherPage(
      () => this.main.getByRole('button', { name, exact: true }).click(),
      url,
    )
  }

  /** As the portal's, with the address also matched by a pattern of its path. */
  override async leadsToAnotherPage(step: () => Promise<void>, url: AddressMatch) {
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
}

// ---- Staff: finding the family --------------------------------------------------------------------

/** `/people`: "Find a person", by name or email address. */
export class FindPersonPage extends AssessmentPortalPage {
  constructor(page: Page) {
    super(page, '/people')
  }

  async search(text: string) {
    await this.main.getByRole('searchbox', { name: 'Name or email address' }).fill(text)
    await this.main.getByRole('button', { name: 'Search', exact: true }).click()
    await this.page.waitForURL((url) => url.pathname === '/people' && url.searchParams.has('q'))
    await this.main.getByRole('heading', { level: 2, name: /found for/ }).waitFor()
  }

  /** The row of the person with this email address. */
  person(email: string): Locator {
    return this.main.locator('tbody tr', {
      has: this.page.locator('td').getByText(email, { exact: true }),
    })
  }

  /** Opens the family record of the person with this email address. */
  async openFamily(email: string) {
    await this.leadsToAnotherPage(
      () => this.person(email).getByRole('link').first().click(),
      (url) => /^\/families\/[0-9a-f-]{36}$/.test(url.pathname),
    )
    return new FamilyRecordPage(this.page, new URL(this.page.url()).pathname)
  }

  /** Starts an assessment of the needs of the birth relative with this email address. */
  async startAssessmentOf(email: string) {
    await this.leadsToAnotherPage(
      () =>
        this.person(email)
          .getByRole('link', { name: /^Start an assessment of need/ })
          .click(),
      (url) => url.pathname === '/needs-assessments/new' && url.searchParams.has('birthRelativeId'),
    )
    return new StartAssessmentPage(this.page, '/needs-assessments/new')
  }
}

/** `/families/:familyId`: a family's record, from which an assessment of need is started. */
export class FamilyRecordPage extends AssessmentPortalPage {
  get familyId(): string {
    const id = /^\/families\/([0-9a-f-]{36})$/.exec(this.path)?.[1]
    if (id === undefined) throw new Error(`No family id in ${this.path}`)
    return id
  }

  async startAssessment() {
    await this.leadsToAnotherPage(
      () => this.main.getByRole('link', { name: 'Start an assessment of need' }).click(),
      (url) => url.pathname === '/needs-assessments/new',
    )
    return new StartAssessmentPage(this.page, '/needs-assessments/new')
  }
}

/** `/needs-assessments/new?familyId=…`: "Start an assessment of need". */
export class StartAssessmentPage extends AssessmentPortalPage {
  get caption(): Locator {
    return this.main.locator('.govuk-caption-l')
  }

  /** Presses "Record the request" with something missing, and waits for the error summary. */
  async recordWithErrors() {
    await this.main.getByRole('button', { name: 'Record the request' }).click()
    await this.errorSummary.waitFor()
  }

  async tickChild(name: string) {
    await this.main
      .getByRole('group', { name: 'Which children are being assessed?' })
      .getByLabel(name, { exact: true })
      .check()
  }

  async tickAdopter(name: string) {
    await this.main
      .getByRole('group', { name: 'Which adopters are being assessed?' })
      .getByLabel(name, { exact: true })
      .check()
  }

  async writeReason(text: string) {
    await this.main.getByRole('textbox', { name: 'Why was the assessment asked for?' }).fill(text)
  }

  /** Presses "Record the request" and waits for the new assessment's page. */
  async record() {
    await this.press('Record the request', /^\/needs-assessments\/[0-9a-f-]{36}$/)
    const assessment = new AssessmentPage(this.page, new URL(this.page.url()).pathname)
    await assessment.waitForBanner('Assessment recorded')
    return assessment
  }
}

// ---- Staff: the assessment ------------------------------------------------------------------------

/** `/needs-assessments`: the assessments in the member of staff's scope, with filters. */
export class AssessmentsPage extends AssessmentPortalPage {
  constructor(page: Page) {
    super(page, '/needs-assessments')
  }

  /** "Mine", "All" or "Late": the link, or the current view's bold text. */
  view(name: 'Mine' | 'All' | 'Late'): Locator {
    return this.main.getByRole('navigation', { name: 'Which assessments' }).getByText(name, {
      exact: true,
    })
  }

  rows(): Locator {
    return this.main.locator('table tbody tr')
  }

  link(assessmentId: string): Locator {
    return this.main.locator(`a[href="/needs-assessments/${assessmentId}"]`)
  }

  /** Chooses a status and presses "Apply filter". */
  async filterByStatus(status: string) {
    await this.main.getByRole('combobox', { name: 'Status' }).selectOption({ label: status })
    await this.changesList(() => this.main.getByRole('button', { name: 'Apply filter' }).click())
  }

  /**
   * Runs a step that shows other assessments (a filter, the next page) and waits until the table
   * holds them: the address changes a moment before the list is drawn again.
   */
  private async changesList(step: () => Promise<void>) {
    const before = this.page.url()
    const listed = await this.page.evaluate(
      () => document.querySelector('main tbody')?.textContent ?? '',
    )
    await step()
    await this.page.waitForURL((url) => url.href !== before)
    await this.page.waitForFunction(
      (previous) => (document.querySelector('main tbody')?.textContent ?? '') !== previous,
      listed,
    )
  }

  /** Pages on until the assessment is listed, and gives its row. */
  async findAssessment(assessmentId: string): Promise<Locator> {
    for (let page = 1; page <= 30; page += 1) {
      if ((await this.link(assessmentId).count()) > 0) {
        return this.main.locator('tbody tr', {
          has: this.page.locator(`a[href="/needs-assessments/${assessmentId}"]`),
        })
      }
      const next = this.page
        .getByRole('navigation', { name: 'Pagination' })
        .getByRole('link', { name: /Next/ })
      if ((await next.count()) === 0) throw new Error(`Assessment ${assessmentId} is not listed`)
      await this.changesList(() => next.click())
    }
    throw new Error(`Assessment ${assessmentId} is not listed`)
  }

  async openAssessment(assessmentId: string) {
    await this.leadsToAnotherPage(
      async () => (await this.findAssessment(assessmentId)).getByRole('link').first().click(),
      `**/needs-assessments/${assessmentId}`,
    )
    return new AssessmentPage(this.page, `/needs-assessments/${assessmentId}`)
  }
}

/** `/needs-assessments/:assessmentId`: the assessment, its task list and what may be done next. */
export class AssessmentPage extends AssessmentPortalPage {
  get assessmentId(): string {
    return assessmentIdOf(this.path)
  }

  get caption(): Locator {
    return this.main.locator('.govuk-caption-l')
  }

  /** The task list of the twelve sections. */
  get taskList(): Locator {
    return this.main.locator('.govuk-task-list')
  }

  /** A section's item in the task list, by its name. */
  task(name: string): Locator {
    return this.taskList.locator('.govuk-task-list__item', {
      has: this.page.getByRole('link', { name, exact: true }),
    })
  }

  /** Every section's status in the task list, in its order: "Completed", "Not yet started"… */
  async taskStatuses(): Promise<string[]> {
    return (await this.taskList.locator('.govuk-task-list__status').allTextContents()).map((text) =>
      text.trim(),
    )
  }

  async taskNames(): Promise<string[]> {
    return (
      await this.taskList
        .locator('.govuk-task-list__name-and-hint > :first-child')
        .allTextContents()
    ).map((text) => text.trim())
  }

  /** The buttons under "What you can do next", as their words. */
  async nextSteps(): Promise<string[]> {
    return (await this.main.locator('.govuk-button-group .govuk-button').allTextContents()).map(
      (text) => text.trim(),
    )
  }

  /**
   * Presses a button that posts the assessment's version ("Start the assessment", "Send for
   * sign-off", "Sign off"): the page comes back with the banner that says it was done.
   */
  async act(button: 'Start the assessment' | 'Send for sign-off' | 'Sign off', banner: string) {
    await this.main.getByRole('button', { name: button, exact: true }).click()
    await this.waitForBanner(banner)
  }

  /** Opens a section from the task list. */
  async openSection(name: string) {
    await this.leadsToAnotherPage(
      () => this.taskList.getByRole('link', { name, exact: true }).click(),
      `**/needs-assessments/${this.assessmentId}/sections/*`,
    )
    return new SectionPage(this.page, new URL(this.page.url()).pathname, name, this)
  }

  /** Follows one of the links under "What you can do next" to its form. */
  async openForm(link: 'Send the proposed decision' | 'Record the decision') {
    const end = link === 'Send the proposed decision' ? 'proposal' : 'decision'
    await this.press(link, new RegExp(`/needs-assessments/${this.assessmentId}/${end}$`))
    return new AssessmentTextFormPage(this.page, new URL(this.page.url()).pathname, this)
  }

  async writeSupportPlan() {
    await this.press(
      'Write the support plan',
      new RegExp(`/needs-assessments/${this.assessmentId}/plan/new$`),
    )
    return new NewPlanPage(this.page, new URL(this.page.url()).pathname)
  }
}

/** `/needs-assessments/:assessmentId/sections/:section`: one section, written and finished. */
export class SectionPage extends AssessmentPortalPage {
  constructor(
    page: Page,
    path: string,
    readonly name: string,
    private readonly assessment: AssessmentPage,
  ) {
    super(page, path)
  }

  get text(): Locator {
    return this.main.getByRole('textbox', { name: this.name, exact: true })
  }

  get finished(): Locator {
    return this.main.getByRole('checkbox', { name: 'I have finished this section' })
  }

  /** Writes the section, ticks "I have finished this section", saves and returns to the list. */
  async writeAndFinish(text: string) {
    await this.text.fill(text)
    await this.finished.check()
    await this.press(
      'Save and return to the task list',
      new RegExp(`/needs-assessments/${this.assessment.assessmentId}$`),
    )
    await this.assessment.waitForBanner('Section saved')
    return this.assessment
  }
}

/** A form of one textarea that changes the assessment: the proposed decision, the decision. */
export class AssessmentTextFormPage extends AssessmentPortalPage {
  constructor(
    page: Page,
    path: string,
    private readonly assessment: AssessmentPage,
  ) {
    super(page, path)
  }

  async write(label: string, text: string) {
    await this.main.getByRole('textbox', { name: label, exact: true }).fill(text)
  }

  /** Presses the form's button and waits for the assessment with the banner that says it was done. */
  async submit(button: string, banner: string) {
    await this.press(button, new RegExp(`/needs-assessments/${this.assessment.assessmentId}$`))
    await this.assessment.waitForBanner(banner)
    return this.assessment
  }
}

// ---- Staff: the support plan ----------------------------------------------------------------------

export interface ServiceInput {
  description: string
  provider: string
  frequency: string
  startsOn: string
  cost: string
  paidBy: string
}

/** `/needs-assessments/:assessmentId/plan/new`: "Write the support plan". */
export class NewPlanPage extends AssessmentPortalPage {
  get namedWorker(): Locator {
    return this.main.getByRole('combobox', { name: 'Named worker' })
  }

  service(number: number): Locator {
    return this.main.getByRole('group', { name: `Service ${String(number)}`, exact: true })
  }

  async fillService(number: number, service: ServiceInput) {
    const fieldset = this.service(number)
    await fieldset
      .getByRole('textbox', { name: 'What is the service?', exact: true })
      .fill(service.description)
    await fieldset
      .getByRole('textbox', { name: 'Who provides it?', exact: true })
      .fill(service.provider)
    await fieldset.getByRole('textbox', { name: 'How often?', exact: true }).fill(service.frequency)
    await this.fillDate('Start date', service.startsOn, fieldset)
    await fieldset.getByRole('textbox', { name: 'Cost in pounds', exact: true }).fill(service.cost)
    await fieldset
      .getByRole('group', { name: 'Who pays?' })
      .getByLabel(service.paidBy, { exact: true })
      .check()
  }

  /** Presses "Save the plan" and waits for the plan's page with "Support plan written". */
  async save() {
    await this.press('Save the plan', /^\/support-plans\/[0-9a-f-]{36}$/)
    const plan = new PlanPage(this.page, new URL(this.page.url()).pathname)
    await plan.waitForBanner('Support plan written')
    return plan
  }
}

/** `/support-plans/:planId`: the plan as staff keep it. */
export class PlanPage extends AssessmentPortalPage {
  get status(): Locator {
    return this.main.locator('.govuk-tag').first()
  }

  /** Presses "Share with the family" and waits for the banner that says it was shared. */
  async share() {
    await this.main.getByRole('button', { name: 'Share with the family' }).click()
    await this.waitForBanner('Support plan shared with the family')
  }

  services(): Locator {
    return this.main.getByRole('region', { name: 'Services' }).locator('tbody tr')
  }

  /** The services table's rows, as the text of each cell. */
  serviceCells(): Promise<(string | null)[][]> {
    return this.services().evaluateAll((rows) =>
      rows.map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent)),
    )
  }

  async recordReview() {
    await this.press('Record a review', new RegExp(`^${this.path}/review$`))
    return new PlanReviewPage(this.page, new URL(this.page.url()).pathname, this)
  }

  /** A review's summary card, by its title ("Review on 3 October 2026"). */
  review(title: string): Locator {
    return this.main.locator('.govuk-summary-card', {
      has: this.page.getByRole('heading', { level: 3, name: title, exact: true }),
    })
  }
}

/** `/support-plans/:planId/review`: "Record a review". */
export class PlanReviewPage extends AssessmentPortalPage {
  constructor(
    page: Page,
    path: string,
    private readonly plan: PlanPage,
  ) {
    super(page, path)
  }

  async writeWhatChanged(text: string) {
    await this.main.getByRole('textbox', { name: 'What changed?', exact: true }).fill(text)
  }

  /** Presses "Record the review" and waits for the plan with "Review recorded". */
  async record() {
    await this.press('Record the review', new RegExp(`^${this.plan.path}$`))
    await this.plan.waitForBanner('Review recorded')
    return this.plan
  }
}

// ---- Families and birth relatives -----------------------------------------------------------------

/** `/assessments`: "Your assessment and plan", each assessment a section under its heading. */
export class MyAssessmentsPage extends AssessmentPortalPage {
  constructor(page: Page) {
    super(page, '/assessments')
  }

  sections(): Locator {
    return this.main.locator('section')
  }

  /** The assessment whose section has these words (what we proposed, say). */
  assessmentWith(words: string): Locator {
    return this.main.locator('section', { hasText: words })
  }

  /** Presses "Respond to what we propose" in the assessment with these words. */
  async respond(words: string) {
    await this.leadsToAnotherPage(
      () =>
        this.assessmentWith(words)
          .getByRole('button', { name: 'Respond to what we propose' })
          .click(),
      (url) => /^\/assessments\/[0-9a-f-]{36}\/respond$/.test(url.pathname),
    )
    return new RespondToProposalPage(this.page, new URL(this.page.url()).pathname)
  }
}

/** `/assessments/:assessmentId/respond`: "Respond to what we propose". */
export class RespondToProposalPage extends AssessmentPortalPage {
  async disagree(representations: string) {
    await this.main
      .getByRole('group', { name: 'Do you agree with what we propose?' })
      .getByLabel('No, I want to tell you something', { exact: true })
      .check()
    await this.main
      .getByRole('textbox', { name: 'What do you want to tell us?', exact: true })
      .fill(representations)
  }

  /** Presses "Send your response" and waits for their assessments with the success banner. */
  async send() {
    await this.press('Send your response', /^\/assessments$/)
    const mine = new MyAssessmentsPage(this.page)
    await mine.waitForBanner('Your response has been sent')
    return mine
  }
}
