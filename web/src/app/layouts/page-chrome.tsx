import type { ReactNode, Ref } from 'react'
import { Footer } from '../../components/footer.tsx'
import { Header } from '../../components/header.tsx'
import { PhaseBanner } from '../../components/phase-banner.tsx'
import { SkipLink } from '../../components/skip-link.tsx'
import { paths } from '../paths.ts'
import { service } from '../service.ts'

export interface PageChromeProps {
  children: ReactNode
  mainRef?: Ref<HTMLElement>
  /** The service navigation, shown under the header while someone is signed in. */
  navigation?: ReactNode
  /** While a modal dialog is open, nothing else on the page can be reached or read. */
  inert?: boolean
}

/**
 * The GOV.UK page template without the GOV.UK parts: skip link, generic header, phase banner,
 * `<main id="main-content">`, footer with the support links.
 */
export function PageChrome({ children, mainRef, navigation, inert = false }: PageChromeProps) {
  return (
    <>
      <SkipLink inert={inert} />
      <header className="govuk-template__header" inert={inert}>
        <Header serviceName={service.name} homeHref={paths.start} />
        {navigation}
        {/* Inside the banner landmark, so that every part of the page is in a landmark. */}
        <div className="govuk-width-container">
          <PhaseBanner tag={service.phase}>
            This is a new service. Help us improve it and{' '}
            <a className="govuk-link" href={`mailto:${service.feedbackEmail}`}>
              give your feedback by email
            </a>
            .
          </PhaseBanner>
        </div>
      </header>
      <div className="govuk-width-container" inert={inert}>
        <main className="govuk-main-wrapper" id="main-content" ref={mainRef}>
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer" inert={inert}>
        <Footer
          links={[
            { href: paths.accessibility, text: 'Accessibility statement' },
            { href: paths.privacy, text: 'Privacy notice' },
          ]}
        >
          Adoption support is provided by regional adoption agencies and the councils they work for.
        </Footer>
      </footer>
    </>
  )
}
