import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { ApplicationPage } from './application-page.tsx'
import { ApplicationsPage } from './applications-page.tsx'
import {
  loadApplication,
  loadApplications,
  loadChangeApplication,
  loadFigures,
  loadNewApplication,
  loadProviders,
  loadRenewApplication,
} from './asf-loaders.ts'
import { ChangeApplicationPage } from './change-application-page.tsx'
import { FiguresPage } from './figures-page.tsx'
import { ProvidersPage } from './providers-page.tsx'
import { InvoicePage } from './invoice-page.tsx'
import { NewApplicationPage } from './new-application-page.tsx'
import { RenewApplicationPage } from './renew-application-page.tsx'
import { StepPageRoute } from './step-page.tsx'

/**
 * Fund applications for staff: the year's list, an application, its changes, steps, renewal and
 * invoices.
 */
export function asfStaffRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.fundApplications, <ApplicationsPage />, ({ request }) =>
      loadApplications(queryClient, request),
    ),
    page(paths.fundProviders, <ProvidersPage />, () => loadProviders(queryClient)),
    page(paths.fundFigures, <FiguresPage />, ({ request }) => loadFigures(queryClient, request)),
    page(paths.newFundApplication, <NewApplicationPage />, ({ request }) =>
      loadNewApplication(queryClient, request),
    ),
    page(paths.fundApplication, <ApplicationPage />, ({ params }) =>
      loadApplication(queryClient, params),
    ),
    page(paths.fundApplicationStep, <StepPageRoute />, ({ params }) =>
      loadApplication(queryClient, params),
    ),
    page(paths.changeFundApplication, <ChangeApplicationPage />, ({ params }) =>
      loadChangeApplication(queryClient, params),
    ),
    page(paths.renewFundApplication, <RenewApplicationPage />, ({ params }) =>
      loadRenewApplication(queryClient, params),
    ),
    page(paths.recordFundInvoice, <InvoicePage />, ({ params }) =>
      loadApplication(queryClient, params),
    ),
  ]
}
