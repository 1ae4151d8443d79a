import {
  contactChannels,
  contactClassificationNames,
  contactClassifications,
  logContactSchema,
  peopleQuerySchema,
  referralSources,
  referralSourceNames,
  supportCategories,
  supportCategoryNames,
  supportStatusNames,
  urgencies,
  urgencyNames,
  type QueueItem,
} from '@asp/bff/contract'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type KeyboardEvent } from 'react'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { Link } from '../../../../components/link.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { Radios, type RadiosItem } from '../../../../components/radios.tsx'
import { Select } from '../../../../components/select.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { formatDateTime } from '../../../../lib/dates.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { localAuthorityQueries } from '../../../administration/index.ts'
import { peopleQueries } from '../../../families/index.ts'
import { supportRequestQueries } from '../api/get-support-request.ts'
import { useLogContact } from '../api/log-contact.ts'
import { familiesOf, type FamilyChoice } from '../components/family-choices.ts'
import { urgencyStaffHints } from '../components/support-request-words.ts'

const fields = [
  'channel',
  'referralSource',
  'classification',
  'requestSearch',
  'supportRequestId',
  'familySearch',
  'who',
  'familyId',
  'enquirerName',
  'enquirerContact',
  'localAuthorityId',
  'categories',
  'urgency',
  'summary',
] as const

const channelNames: Record<(typeof contactChannels)[number], string> = {
  phone: 'Phone call',
  email: 'Email',
  letter: 'Letter',
  referral: 'Referral',
}

/** The "who" radio for someone who is not a family on the service's records. */
const someoneElse = 'someone-else'

interface Logged {
  supportRequest: { id: string; reference: string } | null
  /** Counts contacts logged on this page, so that each banner is announced. */
  count: number
}

/**
 * `/support-line/contacts/new`: log a phone call, email, letter or referral on one page, as the duty
 * team takes it. A new request is made from it, or it updates an open one. After each, the page is
 * ready for the next contact, with a banner linking to the request.
 */
export function LogContactPage() {
  const [logged, setLogged] = useState<Logged | undefined>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.supportLineQueue}>Back to the triage queue</BackLink>
        {logged !== undefined && (
          <NotificationBanner key={`banner-${String(logged.count)}`} type="success">
            <h3 className="govuk-notification-banner__heading">Contact logged</h3>
            {logged.supportRequest !== null && (
              <p className="govuk-body">
                <Link
                  className="govuk-notification-banner__link"
                  to={pathTo(paths.supportLineRequest, {
                    supportRequestId: logged.supportRequest.id,
                  })}
                >
                  Go to request {logged.supportRequest.reference}
                </Link>
              </p>
            )}
          </NotificationBanner>
        )}
        <ContactForm
          key={`form-${String(logged?.count ?? 0)}`}
          onLogged={(supportRequest) => {
            setLogged((previous) => ({ supportRequest, count: (previous?.count ?? 0) + 1 }))
          }}
        />
      </div>
    </div>
  )
}

function ContactForm({ onLogged }: { onLogged: (request: Logged['supportRequest']) => void }) {
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const [values, setValues] = useState({
    channel: '',
    referralSource: '',
    classification: '',
    requestSearch: '',
    supportRequestId: '',
    familySearch: '',
    who: '',
    enquirerName: '',
    enquirerContact: '',
    localAuthorityId: '',
    categories: [] as string[],
    urgency: '',
    summary: '',
  })
  type Values = typeof values
  const [familyQuery, setFamilyQuery] = useState<string | undefined>()
  const [chosenFamily, setChosenFamily] = useState<FamilyChoice | undefined>()
  const [requestQuery, setRequestQuery] = useState<string | undefined>()
  const {
    data: { localAuthorities },
  } = useSuspenseQuery(localAuthorityQueries.list())
  const people = useQuery({
    ...peopleQueries.search(familyQuery ?? ''),
    enabled: familyQuery !== undefined,
  })
  const openRequests = useQuery({
    ...supportRequestQueries.list({ q: requestQuery ?? '', status: 'open' }),
    enabled: requestQuery !== undefined,
  })
  const isUpdate = values.classification === 'update_on_open_request'
  const requestChoices = isUpdate ? (openRequests.data?.items ?? []) : []
  const form = useFormErrors(fields, {
    fieldIds: {
      referralSource: 'referralSource',
      supportRequestId: requestChoices.length > 0 ? 'supportRequestId' : 'requestSearch',
      familyId: 'who',
    },
  })
  usePageTitle('Log a contact', { hasError: form.hasErrors })

  function set<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((previous) => ({ ...previous, [field]: value }))
  }

  /** Errors about who got in touch go on the question that is on show. */
  function placeWhoErrors(errors: Record<string, string>): Record<string, string> {
    if (values.who === someoneElse) {
      return errors
    }
    const { enquirerName, localAuthorityId, enquirerContact, ...others } = errors
    const message = enquirerName ?? localAuthorityId ?? enquirerContact
    return message === undefined || others.who !== undefined ? others : { ...others, who: message }
  }

  function searchFamilies() {
    const parsed = peopleQuerySchema.safeParse({ q: values.familySearch })
    if (!parsed.success) {
      form.showErrors({ familySearch: fieldErrorsOf(parsed.error).q })
      return
    }
    if (form.errorFor('familySearch') !== undefined) {
      form.clear()
    }
    setFamilyQuery(parsed.data.q)
  }

  function searchRequests() {
    const q = values.requestSearch.trim()
    if (q === '') {
      form.showErrors({ requestSearch: 'Enter a reference or a name to search for' })
      return
    }
    if (form.errorFor('requestSearch') !== undefined) {
      form.clear()
    }
    setRequestQuery(q)
  }

  /** Enter in a search box searches, rather than sending the whole form. */
  function searchOnEnter(search: () => void) {
    return (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault()
        search()
      }
    }
  }

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const isSomeoneElse = values.who === someoneElse
      const parsed = logContactSchema.safeParse({
        idempotencyKey,
        channel: values.channel || undefined,
        referralSource:
          values.channel === 'referral' ? values.referralSource || undefined : undefined,
        classification: values.classification || undefined,
        familyId: values.who !== '' && !isSomeoneElse ? values.who : undefined,
        enquirerName: isSomeoneElse ? values.enquirerName : undefined,
        enquirerContact: isSomeoneElse ? values.enquirerContact : undefined,
        localAuthorityId: isSomeoneElse ? values.localAuthorityId || undefined : undefined,
        supportRequestId: isUpdate ? values.supportRequestId || undefined : undefined,
        categories: values.categories,
        urgency: values.urgency || undefined,
        summary: values.summary,
      })
      if (!parsed.success) {
        form.showErrors(placeWhoErrors(fieldErrorsOf(parsed.error)))
        return undefined
      }
      return parsed.data
    },
    mutation: useLogContact(),
    onSuccess: (contact) => {
      onLogged(contact.supportRequest)
    },
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        form.showApiError(
          new ApiError({
            status: error.status,
            code: error.code,
            message: error.message,
            fieldErrors: placeWhoErrors(error.fieldErrors),
            requestId: error.requestId,
          }),
        )
      } else {
        form.showApiError(error)
      }
    },
  })

  const found = familyQuery === undefined ? [] : familiesOf(people.data?.people ?? [])
  const families =
    chosenFamily !== undefined && !found.some((family) => family.familyId === chosenFamily.familyId)
      ? [chosenFamily, ...found]
      : found
  const whoItems: RadiosItem[] = [
    ...families.map((family) => ({
      value: family.familyId,
      label: family.names,
      hint: family.detail,
    })),
    ...(families.length > 0 ? [{ divider: 'or' }] : []),
    {
      value: someoneElse,
      label: 'Someone not yet known to us',
      conditional: (
        <>
          <TextInput
            name="enquirerName"
            label="Their name"
            autoComplete="off"
            spellCheck={false}
            value={values.enquirerName}
            errorMessage={form.errorFor('enquirerName')}
            onChange={(event) => {
              set('enquirerName', event.target.value)
            }}
          />
          <TextInput
            name="enquirerContact"
            label="Phone number or email address (optional)"
            autoComplete="off"
            spellCheck={false}
            value={values.enquirerContact}
            errorMessage={form.errorFor('enquirerContact')}
            onChange={(event) => {
              set('enquirerContact', event.target.value)
            }}
          />
          <Select
            name="localAuthorityId"
            label="Local authority responsible"
            value={values.localAuthorityId}
            errorMessage={form.errorFor('localAuthorityId')}
            onChange={(event) => {
              set('localAuthorityId', event.target.value)
            }}
            options={[
              { value: '', text: 'Select a local authority' },
              ...localAuthorities
                .filter((localAuthority) => localAuthority.worksFor)
                .map((localAuthority) => ({
                  value: localAuthority.id,
                  text: localAuthority.name,
                })),
            ]}
          />
        </>
      ),
    },
  ]

  return (
    <>
      <FormErrorSummary form={form} />
      <span className="govuk-caption-l">Support line</span>
      <h1 className="govuk-heading-l">Log a contact</h1>
      <form noValidate onSubmit={onSubmit}>
        <Radios
          name="channel"
          legend="How did it come in?"
          legendClassName="govuk-fieldset__legend--m"
          value={values.channel}
          errorMessage={form.errorFor('channel')}
          onChange={(channel) => {
            set('channel', channel)
          }}
          items={contactChannels.map((channel) => ({
            value: channel,
            label: channelNames[channel],
            conditional:
              channel === 'referral' ? (
                <Radios
                  name="referralSource"
                  legend="Who made the referral?"
                  legendClassName="govuk-fieldset__legend--s"
                  value={values.referralSource}
                  errorMessage={form.errorFor('referralSource')}
                  onChange={(referralSource) => {
                    set('referralSource', referralSource)
                  }}
                  items={referralSources.map((source) => ({
                    value: source,
                    label: referralSourceNames[source],
                  }))}
                />
              ) : undefined,
          }))}
        />

        <Radios
          name="classification"
          legend="What kind of contact was it?"
          legendClassName="govuk-fieldset__legend--m"
          hint="Every contact is counted, including wrong numbers."
          value={values.classification}
          errorMessage={form.errorFor('classification')}
          onChange={(classification) => {
            set('classification', classification)
          }}
          items={contactClassifications.map((classification) => ({
            value: classification,
            label: contactClassificationNames[classification],
          }))}
        />

        {isUpdate && (
          <OpenRequestChoice
            search={values.requestSearch}
            onSearchChange={(requestSearch) => {
              set('requestSearch', requestSearch)
            }}
            onSearch={searchRequests}
            onEnter={searchOnEnter(searchRequests)}
            searched={requestQuery}
            isSearching={requestQuery !== undefined && openRequests.isFetching}
            choices={requestChoices}
            value={values.supportRequestId}
            onChange={(supportRequestId) => {
              set('supportRequestId', supportRequestId)
            }}
            searchError={form.errorFor('requestSearch')}
            choiceError={form.errorFor('supportRequestId')}
          />
        )}

        <h2 className="govuk-heading-m">Who got in touch</h2>
        <TextInput
          name="familySearch"
          type="search"
          label="Find a family by an adoptive parent’s name"
          labelClassName="govuk-label--s"
          hint="For example, Rowe or Mason Rowe"
          className="govuk-!-width-two-thirds"
          autoComplete="off"
          spellCheck={false}
          value={values.familySearch}
          errorMessage={form.errorFor('familySearch')}
          onChange={(event) => {
            set('familySearch', event.target.value)
          }}
          onKeyDown={searchOnEnter(searchFamilies)}
        />
        <Button type="button" variant="secondary" onClick={searchFamilies}>
          Search
        </Button>
        <div role="status">
          {familyQuery !== undefined && (
            <p className="govuk-body">
              {people.isFetching
                ? 'Searching…'
                : found.length === 1
                  ? `1 family found for ‘${familyQuery}’`
                  : `${String(found.length)} families found for ‘${familyQuery}’`}
            </p>
          )}
        </div>
        <Radios
          name="who"
          legend="Choose who got in touch"
          legendClassName="govuk-fieldset__legend--s"
          hint="Search for a family first. A new family or enquirer is someone not yet known to us."
          value={values.who}
          errorMessage={form.errorFor('who') ?? form.errorFor('familyId')}
          onChange={(who) => {
            set('who', who)
            setChosenFamily(families.find((family) => family.familyId === who))
          }}
          items={whoItems}
        />

        <Checkboxes
          name="categories"
          legend="What do they need help with?"
          legendClassName="govuk-fieldset__legend--m"
          hint="Select all that apply. Needed for a new request."
          values={values.categories}
          errorMessage={form.errorFor('categories')}
          onChange={(categories) => {
            set('categories', categories)
          }}
          items={supportCategories.map((category) => ({
            value: category,
            label: supportCategoryNames[category],
          }))}
        />

        <Radios
          name="urgency"
          legend="How urgent is it?"
          legendClassName="govuk-fieldset__legend--m"
          hint="If you do not choose, it is routine."
          value={values.urgency}
          errorMessage={form.errorFor('urgency')}
          onChange={(urgency) => {
            set('urgency', urgency)
          }}
          items={urgencies.map((urgency) => ({
            value: urgency,
            label: urgencyNames[urgency],
            hint: urgencyStaffHints[urgency],
          }))}
        />

        <Textarea
          name="summary"
          label="Summary of the contact"
          labelClassName="govuk-label--m"
          hint="What they said and what they asked for. The team will see this on the request."
          rows={8}
          value={values.summary}
          errorMessage={form.errorFor('summary')}
          onChange={(event) => {
            set('summary', event.target.value)
          }}
        />

        <Button>Log contact</Button>
      </form>
    </>
  )
}

/** For an update: find the open request by its reference or a name, and choose it. */
function OpenRequestChoice({
  search,
  onSearchChange,
  onSearch,
  onEnter,
  searched,
  isSearching,
  choices,
  value,
  onChange,
  searchError,
  choiceError,
}: {
  search: string
  onSearchChange: (value: string) => void
  onSearch: () => void
  onEnter: (event: KeyboardEvent<HTMLInputElement>) => void
  searched: string | undefined
  isSearching: boolean
  choices: QueueItem[]
  value: string
  onChange: (value: string) => void
  searchError: string | undefined
  choiceError: string | undefined
}) {
  return (
    <div className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m">Which open request is it about?</h2>
      <TextInput
        name="requestSearch"
        type="search"
        label="Request reference or name"
        labelClassName="govuk-label--s"
        hint="The reference is on the family’s messages from us"
        className="govuk-!-width-two-thirds"
        autoComplete="off"
        spellCheck={false}
        value={search}
        errorMessage={searchError ?? (choices.length === 0 ? choiceError : undefined)}
        onChange={(event) => {
          onSearchChange(event.target.value)
        }}
        onKeyDown={onEnter}
      />
      <Button type="button" variant="secondary" onClick={onSearch}>
        Find open requests
      </Button>
      <div role="status">
        {searched !== undefined && (
          <p className="govuk-body">
            {isSearching
              ? 'Searching…'
              : choices.length === 1
                ? `1 open request found for ‘${searched}’`
                : `${String(choices.length)} open requests found for ‘${searched}’`}
          </p>
        )}
      </div>
      {choices.length > 0 && (
        <Radios
          name="supportRequestId"
          legend="Choose the request"
          legendClassName="govuk-fieldset__legend--s"
          value={value}
          errorMessage={choiceError}
          onChange={onChange}
          items={choices.map((item) => ({
            value: item.id,
            label: `${item.reference}: ${item.name}`,
            hint: `${supportStatusNames[item.status]}. Received ${formatDateTime(item.receivedAt)}`,
          }))}
        />
      )}
    </div>
  )
}
