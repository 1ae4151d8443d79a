import type { Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

export class AccessibilityStatementPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/accessibility')
  }
}

export class PrivacyNoticePage extends PortalPage {
  constructor(page: Page) {
    super(page, '/privacy')
  }
}

export class NotFoundPage extends PortalPage {
  constructor(page: Page, path = '/no-such-page') {
    super(page, path)
  }
}
