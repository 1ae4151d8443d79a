import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { paths, pathTo } from '../app/paths.ts'
import { renderWithRouter } from '../test/render.tsx'
import { BackLink } from './back-link.tsx'
import { Footer } from './footer.tsx'
import { Header } from './header.tsx'
import { Link } from './link.tsx'
import { PhaseBanner } from './phase-banner.tsx'
import { ServiceNavigation } from './service-navigation.tsx'
import { SkipLink } from './skip-link.tsx'

describe('SkipLink', () => {
  it('links to the main content with the GOV.UK class and module', () => {
    render(<SkipLink />)
    const link = screen.getByRole('link', { name: 'Skip to main content' })
    expect(link).toHaveAttribute('href', '#main-content')
    expect(link).toHaveClass('govuk-skip-link')
    expect(link).toHaveAttribute('data-module', 'govuk-skip-link')
  })
})

describe('Header', () => {
  it('is the generic header with the service name linking home, and no crown', () => {
    const { container } = renderWithRouter(<Header serviceName="Adoption support" />)
    const header = container.querySelector('.govuk-generic-header')
    expect(header).not.toBeNull()
    expect(header?.querySelector('.govuk-generic-header__container')).toHaveClass(
      'govuk-width-container',
    )
    const link = screen.getByRole('link', { name: 'Adoption support' })
    expect(link).toHaveAttribute('href', '/')
    expect(link).toHaveClass('govuk-generic-header__homepage-link')
    expect(container.querySelector('svg')).toBeNull()
    expect(container.querySelector('.govuk-header')).toBeNull()
  })
})

describe('ServiceNavigation', () => {
  it('is a labelled section with the service name and marks the current page', () => {
    renderWithRouter(
      <ServiceNavigation
        serviceName="Adoption support"
        serviceHref="/"
        items={[
          { href: '/requests', text: 'Your requests', current: true },
          { href: '/letterbox', text: 'Letterbox' },
        ]}
      />,
    )
    const region = screen.getByRole('region', { name: 'Service information' })
    expect(region).toHaveClass('govuk-service-navigation')
    expect(region).toHaveAttribute('data-module', 'govuk-service-navigation')
    const nav = within(region).getByRole('navigation', { name: 'Menu' })
    const current = within(nav).getByRole('link', { name: 'Your requests' })
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(current.parentElement).toHaveClass('govuk-service-navigation__item--active')
    expect(current.querySelector('strong')).toHaveClass('govuk-service-navigation__active-fallback')
    expect(within(nav).getByRole('link', { name: 'Letterbox' })).not.toHaveAttribute('aria-current')
    const toggle = nav.querySelector('button')
    expect(toggle).toHaveAttribute('aria-controls', 'navigation')
    expect(toggle).toHaveAttribute('hidden')
  })
})

describe('PhaseBanner', () => {
  it('shows the phase as a tag beside the feedback sentence', () => {
    const { container } = render(
      <PhaseBanner tag="Beta">
        This is a new service. Help us improve it and{' '}
        <a className="govuk-link" href="mailto:feedback@example.org">
          give your feedback by email
        </a>
        .
      </PhaseBanner>,
    )
    const banner = container.firstElementChild
    expect(banner).toHaveClass('govuk-phase-banner', 'govuk-width-container')
    expect(screen.getByText('Beta')).toHaveClass('govuk-tag', 'govuk-phase-banner__content__tag')
    expect(screen.getByText('Beta').tagName).toBe('STRONG')
    expect(screen.getByRole('link', { name: 'give your feedback by email' })).toHaveAttribute(
      'href',
      'mailto:feedback@example.org',
    )
  })
})

describe('Footer', () => {
  it('lists the support links under a hidden heading, without crown or licence', () => {
    const { container } = renderWithRouter(
      <Footer
        links={[
          { href: paths.accessibility, text: 'Accessibility statement' },
          { href: paths.privacy, text: 'Privacy notice' },
        ]}
      >
        Run by councils.
      </Footer>,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Support links' })).toHaveClass(
      'govuk-visually-hidden',
    )
    const link = screen.getByRole('link', { name: 'Accessibility statement' })
    expect(link).toHaveAttribute('href', '/accessibility')
    expect(link).toHaveClass('govuk-footer__link')
    expect(screen.getByRole('link', { name: 'Privacy notice' })).toHaveAttribute('href', '/privacy')
    expect(screen.getByText('Run by councils.')).toHaveClass('govuk-footer__meta-custom')
    expect(container.querySelector('.govuk-footer__crown')).toBeNull()
    expect(container.querySelector('.govuk-footer__licence-logo')).toBeNull()
    expect(container.querySelector('.govuk-footer__copyright-logo')).toBeNull()
  })
})

describe('BackLink', () => {
  it('renders the GOV.UK back link', () => {
    renderWithRouter(<BackLink href="/" />)
    const link = screen.getByRole('link', { name: 'Back' })
    expect(link).toHaveClass('govuk-back-link')
    expect(link).toHaveAttribute('href', '/')
  })
})

describe('Link', () => {
  it('renders a govuk-link to a path from the table', () => {
    renderWithRouter(
      <Link to={paths.privacy} styles={['no-visited-state']}>
        Privacy notice
      </Link>,
    )
    const link = screen.getByRole('link', { name: 'Privacy notice' })
    expect(link).toHaveAttribute('href', '/privacy')
    expect(link).toHaveClass('govuk-link', 'govuk-link--no-visited-state')
  })

  it('accepts a built path and says when it opens a new tab', () => {
    renderWithRouter(
      <Link to={pathTo('/letters/:letterId', { letterId: 'L 1' })} opensInNewTab>
        Read the letter
      </Link>,
    )
    const link = screen.getByRole('link', { name: 'Read the letter (opens in new tab)' })
    expect(link).toHaveAttribute('href', '/letters/L%201')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noreferrer noopener')
  })
})
