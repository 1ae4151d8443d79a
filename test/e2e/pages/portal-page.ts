import type { Locator, Page } from 'playwright-core'

/** What every page of the portal has: the GOV.UK template's skip link, header, main and footer. */
export class PortalPage {
  constructor(
    readonly page: Page,
    readonly path: string,
  ) {}

  async open() {
    await this.page.goto(this.path)
    await this.heading.waitFor()
    return this
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  /**
   * Runs a step that leads to another page and waits until that page's heading has replaced this
   * one's: the address changes a moment before the new page is drawn.
   */
  async leadsToAnotherPage(step: () => Promise<void>, url: string) {
    const before = await this.heading.textContent()
    await step()
    await this.page.waitForURL(url)
    await this.page.waitForFunction((previous) => {
      const heading = document.querySelector('main h1')
      return heading !== null && heading.textContent !== previous
    }, before)
  }

  /**
   * Waits before pressing a button again that was pressed a moment ago (to see the error summary,
   * say). GOV.UK Frontend's double-click guard (`data-prevent-double-click`) ignores a second press
   * within a second of the first, and a person correcting the form takes longer than that.
   */
  async waitOutDoubleClickGuard() {
    await this.page.waitForTimeout(1_100)
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: 'Skip to main content' })
  }

  get main(): Locator {
    return this.page.locator('main#main-content')
  }

  get serviceName(): Locator {
    return this.page.getByRole('banner').getByText('Adoption support', { exact: true }).first()
  }

  get phaseBanner(): Locator {
    return this.page.locator('.govuk-phase-banner')
  }

  footerLink(name: 'Accessibility statement' | 'Privacy notice'): Locator {
    return this.page.getByRole('contentinfo').getByRole('link', { name })
  }

  async title() {
    return this.page.title()
  }

  /** Whether anything sticks out sideways, forcing a reader to scroll in two directions. */
  async scrollsSideways() {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    )
  }

  /** The element that has focus, described by its tag and id. */
  async focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement
      return el
        ? { tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent?.trim() ?? '' }
        : null
    })
  }
}
