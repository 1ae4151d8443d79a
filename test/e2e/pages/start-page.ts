import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

export class StartPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/')
  }

  get startButton(): Locator {
    return this.page.locator('.govuk-button--start')
  }

  /** The part of the page that names who provides the service, filled from the database. */
  providers(): Locator {
    return this.main.getByText(/Adoption Partnership/)
  }
}
