import './styles/app.scss'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { AppProviders } from './app/providers.tsx'
import { createRouter } from './app/router.tsx'

// GOV.UK Frontend's page template sets these classes with an inline script, which our CSP forbids;
// this module only runs where ES modules do, which is what `govuk-frontend-supported` means.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

const container = document.getElementById('root')
if (!container) {
  throw new Error('index.html has no #root element')
}

const router = createRouter()

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
)
