import './styles/app.scss'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { AppProviders } from './app/providers.tsx'
import { createRouter } from './app/router.tsx'
import { createQueryClient } from './lib/query-client.ts'

// GOV.UK Frontend's page template sets these classes with an inline script, which our CSP forbids;
// this module only runs where ES modules do, which is what `govuk-frontend-supported` means.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

const container = document.getElementById('root')
if (!container) {
  throw new Error('index.html has no #root element')
}

// One client for the router's loaders and the pages, so that they share one cache.
const queryClient = createQueryClient()
const router = createRouter(queryClient)

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
)
