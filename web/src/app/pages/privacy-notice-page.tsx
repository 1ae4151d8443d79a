import { Table } from '../../components/table.tsx'
import { usePageTitle } from '../use-page-title.ts'

// Every name, address and number of the agency here is a clearly fictional example until an agency
// that adopts the service puts in its own. The ICO's details are real.
const controller = 'Exampleshire County Council'
const dpoEmail = 'data.protection@example.org'

/** Privacy notice for a council-run adoption support service under UK GDPR. */
export function PrivacyNoticePage() {
  usePageTitle('Privacy notice')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Privacy notice</h1>

        <div className="govuk-inset-text">
          This notice uses example names, such as {controller}, until the regional adoption agency
          that runs this service adds its own details.
        </div>

        <h2 className="govuk-heading-l">Who is responsible for your information</h2>
        <p className="govuk-body">
          Adoption support is run by a regional adoption agency on behalf of the councils it works
          for. The agency’s lead council, {controller}, is the data controller for the information
          in this service. The council that placed a child for adoption may also be a controller for
          the records it holds about that child.
        </p>
        <p className="govuk-body">
          You can contact the data protection officer by emailing{' '}
          <a className="govuk-link app-break-words" href={`mailto:${dpoEmail}`}>
            {dpoEmail}
          </a>
          .
        </p>

        <h2 className="govuk-heading-l">What information we collect</h2>
        <p className="govuk-body">Depending on who you are, we collect and keep:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name, contact details and date of birth</li>
          <li>
            details of the children in your family and of their adoption or special guardianship
          </li>
          <li>the support you ask for, our assessment of your needs and your support plan</li>
          <li>messages between you and the adoption support team</li>
          <li>letterbox contact letters and anything sent with them</li>
          <li>your bookings and attendance at support groups and training</li>
          <li>
            applications to the Adoption and Special Guardianship Support Fund (ASF), including the
            therapy a child receives and its cost
          </li>
          <li>when you sign in and what you do in the service, to keep it secure</li>
        </ul>
        <p className="govuk-body">
          Some of this is special category information, which the law protects more strongly: in
          particular, information about physical and mental health, racial or ethnic origin, and
          religious beliefs. Adoption records can also include information about criminal
          convictions.
        </p>

        <h2 className="govuk-heading-l">Why we use it and our lawful basis</h2>
        <p className="govuk-body">
          We use your information to assess and provide adoption support, to arrange letterbox
          contact, to run groups and training, to apply for funding for therapy, and to meet our
          duties to keep records and to keep children safe.
        </p>
        <p className="govuk-body">
          Our lawful basis under the UK General Data Protection Regulation is:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            Article 6(1)(e), a task in the public interest: our duties under the Adoption and
            Children Act 2002, the Adoption Support Services Regulations 2005, the Special
            Guardianship Regulations 2005 and the Children Act 1989
          </li>
          <li>
            Article 6(1)(c), a legal obligation: for example, to keep adoption case records under
            the Adoption Agencies Regulations 2005
          </li>
        </ul>
        <p className="govuk-body">For special category information, we rely on:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            Article 9(2)(g), substantial public interest, with the conditions for statutory purposes
            and for safeguarding children and individuals at risk in Schedule 1 of the Data
            Protection Act 2018
          </li>
          <li>
            Article 9(2)(h), the provision of health or social care, with the condition in Schedule
            1 of the Data Protection Act 2018
          </li>
        </ul>
        <p className="govuk-body">
          We use information about criminal convictions only where Schedule 1 of the Data Protection
          Act 2018 allows it, such as to safeguard children.
        </p>

        <h2 className="govuk-heading-l">Who we share it with</h2>
        <p className="govuk-body">We only share what each of them needs:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>the councils the agency works for, including the council that placed the child</li>
          <li>therapists and other providers who give support we have arranged</li>
          <li>the Department for Education, when we apply to the ASF</li>
          <li>
            courts, the police and other agencies, where the law requires it or to protect a child
            from harm
          </li>
          <li>Ofsted, when it inspects the agency</li>
        </ul>
        <p className="govuk-body">
          We never give birth relatives the adoptive family’s names, address or anything else that
          could identify them. Staff read every letterbox letter before it is passed on.
        </p>
        <p className="govuk-body">
          We store your information in the UK. We do not sell it or use it for marketing.
        </p>

        <h2 className="govuk-heading-l">How long we keep it</h2>
        <Table
          caption="How long we keep each kind of record"
          captionClassName="govuk-table__caption--s"
          firstCellIsHeader
          head={[{ text: 'Record' }, { text: 'How long we keep it' }]}
          rows={[
            [
              { text: 'Adoption case records, including support and letterbox contact' },
              { text: '100 years from the date of the adoption order, as the law requires' },
            ],
            [
              { text: 'Support for special guardians and birth relatives' },
              { text: 'As set out in the lead council’s retention schedule' },
            ],
            [
              { text: 'Your account and when you signed in' },
              { text: '2 years after your account is closed' },
            ],
          ]}
        />

        <h2 className="govuk-heading-l">Your rights</h2>
        <p className="govuk-body">You have the right to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>ask for a copy of the information we hold about you</li>
          <li>ask us to correct information that is wrong</li>
          <li>ask us to restrict how we use your information, or object to how we use it</li>
          <li>
            ask us to delete your information, although we cannot delete adoption records that the
            law requires us to keep
          </li>
        </ul>
        <p className="govuk-body">
          We do not make decisions about you by automated means alone. If you were adopted, you have
          separate rights to information from your adoption records once you are 18: ask your
          adoption support team.
        </p>

        <h2 className="govuk-heading-l">Cookies</h2>
        <p className="govuk-body">
          This service uses one essential cookie to keep you signed in. It is deleted when you sign
          out. We do not use cookies to measure how you use the service.
        </p>

        <h2 className="govuk-heading-l">How to complain</h2>
        <p className="govuk-body">
          If you are unhappy with how we have used your information, contact the data protection
          officer first. You can also complain to the Information Commissioner’s Office (ICO):
        </p>
        <p className="govuk-body">
          Information Commissioner’s Office
          <br />
          Wycliffe House
          <br />
          Water Lane
          <br />
          Wilmslow
          <br />
          SK9 5AF
        </p>
        <p className="govuk-body">
          Helpline: 0303 123 1113
          <br />
          <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
            Make a complaint on the ICO website
          </a>
        </p>

        <h2 className="govuk-heading-l">Changes to this notice</h2>
        <p className="govuk-body">
          We will update this notice when we change how we use your information. The agency adds the
          date of the last update here.
        </p>
      </div>
    </div>
  )
}
