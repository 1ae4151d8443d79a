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
}

/**
 * The GOV.UK page template without the GOV.UK parts: skip link, generic header, phase banner,
 * `<main id="main-content">`, footer with the support links.
 */
export function PageChrome({ children, mainRef }: PageChromeProps) {
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header serviceName={service.name} homeHref={paths.start} />
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
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" ref={mainRef}>
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer">
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
