import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

/** "Groups and training": the filters, a summary card for each event, and pagination. */
export class GroupsPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/groups')
  }

  /** Chooses filters by the options' values and applies them. */
  async filter(values: { kind?: string; localAuthorityId?: string; month?: string }) {
    const labels = { kind: 'Type', localAuthorityId: 'Area', month: 'Month' } as const
    for (const [field, value] of Object.entries(values) as [keyof typeof labels, string][]) {
      await this.page.getByLabel(labels[field], { exact: true }).selectOption(value)
    }
    await this.page.getByRole('button', { name: 'Apply filters' }).click()
    await this.page.waitForURL((url) =>
      Object.entries(values).every(([field, value]) => url.searchParams.get(field) === value),
    )
    // The filtered list is fetched by the page's loader before it is drawn.
    await this.page.waitForLoadState('networkidle')
  }

  card(title: string): Locator {
    return this.main.locator('.govuk-summary-card', {
      has: this.page.getByRole('link', { name: title, exact: true }),
    })
  }

  /** The value of a row of an event's card, by its key. */
  cardValue(title: string, key: string): Locator {
    return this.card(title)
      .locator('.govuk-summary-list__row', { has: this.page.locator('dt', { hasText: key }) })
      .locator('dd')
      .first()
  }

  /** Pages on until the event's card shows, and opens it. */
  async openEvent(title: string) {
    for (let page = 1; page <= 50; page += 1) {
      const shown = await this.card(title)
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false)
      if (shown) break
      const next = this.page
        .getByRole('navigation', { name: 'Pagination' })
        .getByRole('link', { name: /Next/ })
      if ((await next.count()) === 0) throw new Error(`No event called ${title} in the list`)
      const before = this.page.url()
      await next.click()
      await this.page.waitForURL((url) => url.href !== before)
      await this.page.waitForLoadState('networkidle')
    }
    await this.card(title).getByRole('link', { name: title, exact: true }).click()
    await this.page.waitForURL(/\/groups\/[0-9a-f-]{36}$/)
    await this.heading.filter({ hasText: title }).waitFor()
    return new GroupEventPage(this.page, new URL(this.page.url()).pathname)
  }
}

/** One event: its details, then the family's booking or the form to book. */
export class GroupEventPage extends PortalPage {
  get whoIsComing(): Locator {
    return this.page.getByRole('group', { name: 'Who is coming?' })
  }

  /** Ticks the first person who may come, and gives their name. */
  async tickFirstEligible() {
    const box = this.whoIsComing.locator('input[type=checkbox]:not([disabled])').first()
    await box.check()
    const id = await box.getAttribute('id')
    return ((await this.page.locator(`label[for="${id}"]`).textContent()) ?? '').trim()
  }

  async book(button: 'Book places' | 'Join the waiting list') {
    await this.page.getByRole('button', { name: button }).click()
    await this.page.waitForURL('**/booked')
    await this.page.locator('.govuk-panel__title').waitFor()
  }

  summaryValue(key: string): Locator {
    return this.main
      .locator('.govuk-summary-list__row', { has: this.page.locator('dt', { hasText: key }) })
      .locator('dd')
      .first()
  }

  get calendarLink(): Locator {
    return this.main.getByRole('link', { name: 'Add to calendar' })
  }
}

/** "Your bookings": upcoming and past, a summary card for each booking. */
export class YourBookingsPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/groups/bookings')
  }

  card(title: string): Locator {
    return this.main.locator('.govuk-summary-card', {
      has: this.page.getByRole('link', { name: title, exact: true }),
    })
  }

  status(title: string): Locator {
    return this.card(title).locator('.govuk-tag')
  }

  /** Follows the card's "Cancel booking" or "Leave the waiting list", and confirms. */
  async cancel(title: string, action: 'Cancel booking' | 'Leave the waiting list') {
    await this.leadsToAnotherPage(
      () =>
        this.card(title)
          .getByRole('link', { name: `${action} for ${title}` })
          .click(),
      '**/cancel',
    )
  }

  async confirmCancel(button: 'Yes, cancel booking' | 'Yes, leave the waiting list') {
    await this.page.getByRole('button', { name: button }).click()
    await this.successBanner.waitFor()
  }

  get successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success')
  }
}
