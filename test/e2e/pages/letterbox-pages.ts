import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

/** The id in a letter's address: `/letterbox/letters/:id/…` or `/letterbox-checks/:id`. */
export function letterIdOf(url: string): string {
  const id = /\/(?:letterbox\/letters|letterbox-checks)\/([0-9a-f-]{36})(?:\/|$)/.exec(
    new URL(url).pathname,
  )?.[1]
  if (id === undefined) throw new Error(`No letter id in ${url}`)
  return id
}

/** What the letterbox pages share: summary lists, the error summary and success banners. */
class LetterboxPage extends PortalPage {
  summaryValue(key: string): Locator {
    return this.main
      .locator('.govuk-summary-list__row', {
        has: this.page.locator('dt', { hasText: key }),
      })
      .locator('dd')
      .first()
  }

  get errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }

  get successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success')
  }

  async mainText() {
    return (await this.main.textContent()) ?? ''
  }
}

// ---- Families and birth relatives ---------------------------------------------------------------

/** `/letterbox`: the reader's agreements in plain words, then the letters received and sent. */
export class MyLetterboxPage extends LetterboxPage {
  constructor(page: Page) {
    super(page, '/letterbox')
  }

  /** An agreement's section, by words in its heading ("Birth mum, Jordan"). */
  agreement(name: string): Locator {
    return this.main.locator('section', {
      has: this.page.getByRole('heading', { level: 2, name }),
    })
  }

  writeButtons(): Locator {
    return this.main.getByRole('button', { name: /^Write a letter/ })
  }

  /** Presses "Write a letter" in an agreement and waits for the draft's "Write your letter". */
  async writeLetter(agreement: string) {
    await this.agreement(agreement)
      .getByRole('button', { name: /^Write a letter/ })
      .click()
    await this.page.waitForURL(/\/letterbox\/letters\/[0-9a-f-]{36}\/edit$/)
    const write = new WriteLetterPage(this.page, new URL(this.page.url()).pathname)
    await write.heading.filter({ hasText: 'Write your letter' }).waitFor()
    return write
  }

  /** The table under "Letters received" or "Letters sent". */
  letters(box: 'Letters received' | 'Letters sent'): Locator {
    return this.main.getByRole('table', { name: box })
  }

  /** A letter's row in a table, by the letter's id (its link). */
  letterRow(box: 'Letters received' | 'Letters sent', letterId: string): Locator {
    return this.letters(box).locator('tbody tr', {
      has: this.page.locator(`a[href="/letterbox/letters/${letterId}"]`),
    })
  }

  async openLetter(box: 'Letters received' | 'Letters sent', letterId: string) {
    await this.letterRow(box, letterId).getByRole('link').click()
    await this.page.waitForURL(`**/letterbox/letters/${letterId}`)
    const letter = new LetterPage(this.page, `/letterbox/letters/${letterId}`)
    await letter.heading.filter({ hasText: /^(Letter from|Your letter to) / }).waitFor()
    return letter
  }
}

/** `/letterbox/letters/:id/edit`: "Write your letter", with photos where the agreement allows. */
export class WriteLetterPage extends LetterboxPage {
  get letter(): Locator {
    return this.page.getByLabel('Your letter', { exact: true })
  }

  get caption(): Locator {
    return this.main.locator('.govuk-caption-l')
  }

  async write(text: string) {
    await this.letter.fill(text)
  }

  /** Chooses a photo in the file input (it uploads at once) and waits for its thumbnail. */
  async addPhoto(file: { name: string; mimeType: string; buffer: Buffer }) {
    const before = await this.thumbnails().count()
    await this.main.locator('input[type="file"]').setInputFiles(file)
    await this.thumbnails().nth(before).waitFor()
    await this.page.getByText('Uploading…').waitFor({ state: 'detached' })
  }

  thumbnails(): Locator {
    return this.main.locator('img.app-letter-photo--thumbnail')
  }

  /** Presses "Continue", and waits for the error summary. */
  async continueWithErrors() {
    await this.page.getByRole('button', { name: 'Continue', exact: true }).click()
    await this.errorSummary.waitFor()
  }

  /** Presses "Continue", and waits for "Check your letter". */
  async continueToCheck() {
    await this.leadsToAnotherPage(
      () => this.page.getByRole('button', { name: 'Continue', exact: true }).click(),
      '**/letterbox/letters/*/preview',
    )
    return new CheckYourLetterPage(this.page, new URL(this.page.url()).pathname)
  }
}

/** `/letterbox/letters/:id/preview`: "Check your letter", then "Send for checking". */
export class CheckYourLetterPage extends LetterboxPage {
  async send() {
    await this.leadsToAnotherPage(
      () => this.page.getByRole('button', { name: 'Send for checking' }).click(),
      '**/letterbox/letters/*/sent',
    )
    await this.panel.waitFor()
  }

  get panel(): Locator {
    return this.main.locator('.govuk-panel')
  }

  async followLetter() {
    await this.main.getByRole('link', { name: 'Follow your letter' }).click()
    await this.page.waitForURL(/\/letterbox\/letters\/[0-9a-f-]{36}$/)
    const letter = new LetterPage(this.page, new URL(this.page.url()).pathname)
    await letter.heading.filter({ hasText: /^Your letter to / }).waitFor()
    return letter
  }
}

/** `/letterbox/letters/:id`: a letter received, or one the reader sent with where it is now. */
export class LetterPage extends LetterboxPage {
  /** A step of "Where your letter is", by its name, e.g. "Received by the agency". */
  step(name: string): Locator {
    return this.main.locator('ol > li', {
      has: this.page.locator('.govuk-\\!-font-weight-bold', { hasText: name }),
    })
  }

  /** The step's status tag: "Done", "Now" or "Not yet". */
  stepStatus(name: string): Locator {
    return this.step(name).locator('.govuk-tag')
  }

  /** The letter's paragraphs, as the reader sees them. */
  paragraphs(): Promise<string[]> {
    return this.main.locator('h2:text-is("The letter") ~ p.app-break-words').allTextContents()
  }

  photos(): Locator {
    return this.main.locator('img.app-letter-photo')
  }

  get pdfLink(): Locator {
    return this.main.getByRole('link', { name: 'Download as a PDF' })
  }

  get replyButton(): Locator {
    return this.page.getByRole('button', { name: 'Reply' })
  }

  async reply() {
    await this.replyButton.click()
    await this.page.waitForURL(/\/letterbox\/letters\/[0-9a-f-]{36}\/edit$/)
    const write = new WriteLetterPage(this.page, new URL(this.page.url()).pathname)
    await write.heading.filter({ hasText: 'Write your letter' }).waitFor()
    return write
  }
}

// ---- Staff ----------------------------------------------------------------------------------------

/** `/letterbox-checks`: the letters waiting to be checked, oldest first, in pages. */
export class LettersToCheckPage extends LetterboxPage {
  constructor(page: Page) {
    super(page, '/letterbox-checks')
  }

  link(letterId: string): Locator {
    return this.main.locator(`a[href="/letterbox-checks/${letterId}"]`)
  }

  rows(): Locator {
    return this.main.locator('table tbody tr')
  }

  /** Pages on until the letter is listed, and gives its row. */
  async findLetter(letterId: string): Promise<Locator> {
    for (let page = 1; page <= 20; page += 1) {
      if ((await this.link(letterId).count()) > 0) {
        return this.main.locator('tbody tr', {
          has: this.page.locator(`a[href="/letterbox-checks/${letterId}"]`),
        })
      }
      const next = this.page
        .getByRole('navigation', { name: /Pagination/ })
        .getByRole('link', { name: /Next/ })
      if ((await next.count()) === 0) throw new Error(`Letter ${letterId} is not listed`)
      const before = this.page.url()
      await next.click()
      await this.page.waitForURL((url) => url.href !== before)
      await this.page.waitForLoadState('networkidle')
    }
    throw new Error(`Letter ${letterId} is not listed`)
  }

  async openLetter(letterId: string) {
    const row = await this.findLetter(letterId)
    await this.leadsToAnotherPage(
      () => row.getByRole('link').click(),
      `**/letterbox-checks/${letterId}`,
    )
    return new CheckLetterPage(this.page, `/letterbox-checks/${letterId}`)
  }
}

/** `/letterbox-checks/:id`: a letter with what the check found, and the reviewer's decision. */
export class CheckLetterPage extends LetterboxPage {
  /** The letter as sent, each possible identifying detail a `<mark>`. */
  get letter(): Locator {
    return this.main.getByRole('region', { name: /^The letter( as sent)?$/ })
  }

  marks(): Locator {
    return this.letter.locator('mark')
  }

  /** Ticks "Take out" for every highlight whose words include `words`. */
  async takeOut(words: string) {
    const boxes = this.main.getByRole('checkbox', { name: new RegExp(`^Take out “[^”]*${words}`) })
    const count = await boxes.count()
    if (count === 0) throw new Error(`No highlight with “${words}” to take out`)
    for (let n = 0; n < count; n += 1) await boxes.nth(n).check()
  }

  /** "What the recipient will read" while deciding; "What the recipient reads" once passed on. */
  recipientText(when: 'will read' | 'reads' = 'will read'): Locator {
    return this.main.getByRole('region', { name: `What the recipient ${when}`, exact: true })
  }

  photos(): Locator {
    return this.main.locator('img.app-letter-photo')
  }

  async passOnPhoto(number: number, choice: 'Pass on' | 'Do not pass on') {
    await this.main
      .getByRole('group', { name: `Pass on photo ${String(number)}?` })
      .getByLabel(choice, { exact: true })
      .check()
  }

  async decide(decision: 'Pass it on' | 'Return it to the writer' | 'Do not pass it on') {
    await this.main
      .getByRole('group', { name: 'What do you want to do with the letter?' })
      .getByLabel(decision, { exact: true })
      .check()
  }

  /** Saves the decision and waits for "Letters to check" with its success banner. */
  async save() {
    await this.page.getByRole('button', { name: 'Save decision' }).click()
    await this.page.waitForURL(/\/letterbox-checks$/)
    await this.successBanner.waitFor()
  }
}

/** `/contact-agreements`: the agreements in the member of staff's councils. */
export class ContactAgreementsPage extends LetterboxPage {
  constructor(page: Page) {
    super(page, '/contact-agreements')
  }

  rows(): Locator {
    return this.main.locator('table tbody tr')
  }
}

/** `/contact-agreements/overdue`: exchanges due and not come, oldest first. */
export class OverdueExchangesPage extends LetterboxPage {
  constructor(page: Page) {
    super(page, '/contact-agreements/overdue')
  }

  rows(): Locator {
    return this.main.getByRole('table').locator('tbody tr')
  }

  /** Opens the agreement of the first overdue exchange listed. */
  async openFirstAgreement() {
    await this.rows().first().getByRole('link').click()
    await this.page.waitForURL(/\/contact-agreements\/[0-9a-f-]{36}$/)
    const agreement = new ContactAgreementPage(this.page, new URL(this.page.url()).pathname)
    await agreement.heading.filter({ hasText: /^Contact agreement for / }).waitFor()
    return agreement
  }
}

/** `/contact-agreements/:id`: an agreement, its schedule and its letters. */
export class ContactAgreementPage extends LetterboxPage {
  /** The "Schedule" table's tags: "Received", "Overdue", "Not due yet". */
  scheduleTags(): Locator {
    return this.main.getByRole('region', { name: 'Schedule' }).locator('.govuk-tag')
  }

  async openChildLetterbox() {
    await this.main.getByRole('link', { name: /^See all of .+’s letterbox$/ }).click()
    await this.page.waitForURL(/\/children\/[0-9a-f-]{36}\/letterbox$/)
    const letterbox = new ChildLetterboxPage(this.page, new URL(this.page.url()).pathname)
    await letterbox.heading.filter({ hasText: /’s letterbox$/ }).waitFor()
    return letterbox
  }
}

/** `/children/:id/letterbox`: a child's agreements, letters and birth relatives. */
export class ChildLetterboxPage extends LetterboxPage {
  async makeAgreement() {
    await this.main.getByRole('button', { name: 'Make a contact agreement' }).click()
    await this.page.waitForURL(/\/children\/[0-9a-f-]{36}\/letterbox\/new-agreement$/)
    const form = new NewAgreementPage(this.page, new URL(this.page.url()).pathname)
    await form.heading.filter({ hasText: 'Make a contact agreement' }).waitFor()
    return form
  }
}

/** `/children/:id/letterbox/new-agreement`: "Make a contact agreement". */
export class NewAgreementPage extends LetterboxPage {
  async submitWithErrors() {
    await this.page.getByRole('button', { name: 'Make agreement' }).click()
    await this.errorSummary.waitFor()
  }

  /** The messages the error summary lists. */
  errorMessages() {
    return this.errorSummary.locator('.govuk-error-summary__list li').allTextContents()
  }
}
