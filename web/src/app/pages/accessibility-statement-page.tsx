import { usePageTitle } from '../use-page-title.ts'

// Placeholders are clearly fictional (example.org, a drama-reserved phone number) until an agency
// that adopts the service replaces them with its own details.
const contactEmail = 'adoption.support@example.org'

/** Accessibility statement, following the GOV.UK model statement for public sector websites. */
export function AccessibilityStatementPage() {
  usePageTitle('Accessibility statement')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Accessibility statement for Adoption support</h1>

        <p className="govuk-body">
          This accessibility statement applies to the Adoption support service, which regional
          adoption agencies and their councils use to provide support after adoption.
        </p>
        <p className="govuk-body">
          We want as many people as possible to be able to use this service. For example, that means
          you should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate most of the service using just a keyboard or speech recognition software</li>
          <li>
            listen to most of the service using a screen reader (including the most recent versions
            of JAWS, NVDA and VoiceOver)
          </li>
        </ul>
        <p className="govuk-body">
          We’ve also made the text in the service as simple as possible to understand.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="https://mcmw.abilitynet.org.uk/">
            AbilityNet
          </a>{' '}
          has advice on making your device easier to use if you have a disability.
        </p>

        <h2 className="govuk-heading-l">How accessible this service is</h2>
        <p className="govuk-body">
          This service is new and is being tested. We have built it with the GOV.UK Design System,
          whose components are tested with users of assistive technologies, and we check every page
          with automated accessibility tests. We know of no parts that are not accessible, but the
          service has not yet had a full accessibility audit.
        </p>

        <h2 className="govuk-heading-l">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information in this service in a different format, such as accessible PDF,
          large print, easy read, audio recording or braille, contact your adoption support team:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            email{' '}
            <a className="govuk-link app-break-words" href={`mailto:${contactEmail}`}>
              {contactEmail}
            </a>
          </li>
          <li>call 0808 157 0192 (example number)</li>
        </ul>
        <p className="govuk-body">
          We’ll consider your request and get back to you in 10 working days.
        </p>

        <h2 className="govuk-heading-l">Reporting accessibility problems with this service</h2>
        <p className="govuk-body">
          We’re always looking to improve the accessibility of this service. If you find any
          problems not listed on this page or think we’re not meeting accessibility requirements,
          email{' '}
          <a className="govuk-link app-break-words" href={`mailto:${contactEmail}`}>
            {contactEmail}
          </a>
          .
        </p>

        <h2 className="govuk-heading-l">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          (the ‘accessibility regulations’). If you’re not happy with how we respond to your
          complaint,{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            contact the Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-l">
          Technical information about this service’s accessibility
        </h2>
        <p className="govuk-body">
          The regional adoption agency that runs this service is committed to making it accessible,
          in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018.
        </p>
        <h3 className="govuk-heading-m">Compliance status</h3>
        <p className="govuk-body">
          This service has not yet been audited against the Web Content Accessibility Guidelines
          version 2.2 AA standard. Until it has, we cannot say that it fully complies.
        </p>

        <h2 className="govuk-heading-l">What we’re doing to improve accessibility</h2>
        <p className="govuk-body">
          We test each page with automated tools and by hand with a keyboard and screen readers
          before it is released, and we will arrange a full audit before the service leaves beta.
        </p>

        <h2 className="govuk-heading-l">Preparation of this accessibility statement</h2>
        <p className="govuk-body">
          This is an example statement, prepared while the service is in beta. The agency that runs
          the service will add the date it was prepared and last reviewed.
        </p>
      </div>
    </div>
  )
}
