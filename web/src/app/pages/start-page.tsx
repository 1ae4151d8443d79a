import { Button } from '../../components/button.tsx'
import { ServiceProviders } from '../../features/service-info/index.ts'
import { paths } from '../paths.ts'
import { usePageTitle } from '../use-page-title.ts'

/** The GOV.UK start page of the service. */
export function StartPage() {
  usePageTitle('Get support after adoption')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Get support after adoption</h1>

        <p className="govuk-body">
          Use this service to get help from your regional adoption agency if you:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>have adopted a child</li>
          <li>are a special guardian</li>
          <li>
            are a birth parent, grandparent, brother, sister or other relative of a child who has
            been adopted
          </li>
        </ul>
        <p className="govuk-body">
          Social workers and other staff of the agency and its councils also use this service.
        </p>

        <h2 className="govuk-heading-m">What you can do</h2>
        <p className="govuk-body">If you are an adoptive parent or a special guardian, you can:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>ask for support, such as advice, therapy, training or help with school</li>
          <li>follow your request, and read your assessment and support plan</li>
          <li>send messages to your support worker</li>
          <li>book places at support groups and training</li>
          <li>write and read letterbox contact letters</li>
        </ul>
        <p className="govuk-body">If you are a birth relative, you can:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>write and read letterbox contact letters</li>
          <li>ask for support for yourself, such as counselling or help writing a letter</li>
        </ul>
        <div className="govuk-inset-text">
          Birth relatives never see the adoptive family’s names, address or anything else that could
          identify them. Staff read every letterbox letter before it is passed on.
        </div>

        <h2 className="govuk-heading-m">Before you start</h2>
        <p className="govuk-body">
          You need an invitation from your adoption support team to create an account. They send it
          by email. If you work for the agency or one of its councils, sign in with your work
          account.
        </p>

        <Button href={paths.signIn} isStartButton>
          Start now
        </Button>

        <h2 className="govuk-heading-m">Who provides this service</h2>
        <ServiceProviders headingLevel={3} />

        <h2 className="govuk-heading-m">If a child is in danger</h2>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This service is not for emergencies. If a child is in immediate danger, call 999.
          </strong>
        </div>
        <p className="govuk-body">
          If you need urgent help outside office hours, contact the emergency duty team of the
          council where you live.
        </p>
      </div>
    </div>
  )
}
