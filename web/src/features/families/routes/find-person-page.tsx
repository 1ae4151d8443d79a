import { peopleQuerySchema, type PersonResult, canStartAssessments } from '@asp/bff/contract'
import { useQuery } from '@tanstack/react-query'
import { Fragment, useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery, type BuiltPath } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { ErrorSummary } from '../../../components/error-summary.tsx'
import { Link } from '../../../components/link.tsx'
import { ScrollContainer } from '../../../components/scroll-container.tsx'
import { Table } from '../../../components/table.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useSignedInSession } from '../../session/index.ts'
import { peopleQueries } from '../api/find-people.ts'
import { canInviteFamilies } from './family-roles.ts'

const kindNames: Record<PersonResult['kind'], string> = {
  adopter: 'Adoptive parent or special guardian',
  birth_relative: 'Birth relative',
  staff: 'Staff',
}

/**
 * `/people?q=`: find adoptive parents, birth relatives and staff by name or email address. The
 * search is in the address, so the back button and a bookmark show the same results.
 */
export function FindPersonPage() {
  const [searchParams] = useSearchParams()
  const q = searchParams.get('q')
  // A search in the address is checked with the contract's rule as a submitted one is.
  const parsedQuery = q === null ? undefined : peopleQuerySchema.safeParse({ q })
  const searchFor = parsedQuery?.success === true ? parsedQuery.data.q : undefined
  const addressErrors =
    parsedQuery === undefined || parsedQuery.success ? {} : fieldErrorsOf(parsedQuery.error)

  return (
    <SearchForm
      key={q ?? ''}
      initial={q ?? ''}
      searchFor={searchFor}
      addressErrors={addressErrors}
    />
  )
}

function SearchForm({
  initial,
  searchFor,
  addressErrors,
}: {
  initial: string
  searchFor: string | undefined
  addressErrors: Record<string, string>
}) {
  const [text, setText] = useState(initial)
  const form = useFormErrors(['q'] as const, { initialErrors: addressErrors })
  const navigate = useNavigate()
  const { user } = useSignedInSession()
  const results = useQuery({
    ...peopleQueries.search(searchFor ?? ''),
    enabled: searchFor !== undefined,
  })
  const searchProblem = problemOf(results.error)
  usePageTitle(searchFor === undefined ? 'Find a person' : `Find a person: ${searchFor}`, {
    hasError: form.hasErrors || searchProblem !== undefined,
  })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = peopleQuerySchema.safeParse({ q: text })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    form.clear()
    void navigate(withQuery(paths.findPerson, { q: parsed.data.q }))
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FormErrorSummary form={form} />
        {searchProblem !== undefined && !form.hasErrors && (
          <ErrorSummary errorList={[]} description={searchProblem} />
        )}
        <h1 className="govuk-heading-l">Find a person</h1>
        <form noValidate onSubmit={submit} role="search" aria-label="People">
          <TextInput
            name="q"
            type="search"
            label="Name or email address"
            labelClassName="govuk-label--s"
            hint="For example, Sarah Philips or sarah.philips@example.com"
            className="govuk-!-width-two-thirds"
            autoComplete="off"
            spellCheck={false}
            value={text}
            errorMessage={form.errorFor('q')}
            onChange={(event) => {
              setText(event.target.value)
            }}
          />
          <Button>Search</Button>
        </form>
        {searchFor !== undefined && !results.isError && (
          <Results
            searchFor={searchFor}
            people={results.data?.people}
            canInvite={canInviteFamilies(user.role)}
            canAssess={canStartAssessments(user.role)}
          />
        )}
      </div>
    </div>
  )
}

/** A refused search (4xx) is explained on the page; anything worse goes to the error page. */
function problemOf(error: unknown): string | undefined {
  if (error === null) {
    return undefined
  }
  if (error instanceof ApiError && error.status < 500) {
    return Object.values(error.fieldErrors)[0] ?? error.message
  }
  throw error
}

function Results({
  searchFor,
  people,
  canInvite,
  canAssess,
}: {
  searchFor: string
  people: PersonResult[] | undefined
  canInvite: boolean
  canAssess: boolean
}) {
  if (people === undefined) {
    return (
      <p className="govuk-body" role="status">
        Searching…
      </p>
    )
  }
  const count = `${String(people.length)} ${people.length === 1 ? 'person' : 'people'}`
  return (
    <>
      <div role="status">
        <h2 className="govuk-heading-m">
          {count} found for ‘{searchFor}’
        </h2>
      </div>
      {people.length === 0 ? (
        <>
          <p className="govuk-body">Improve your results by:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>checking your spelling</li>
            <li>searching for part of the name, or the email address</li>
          </ul>
        </>
      ) : (
        <ScrollContainer label="People found">
          <Table
            caption={`People found for ‘${searchFor}’`}
            captionClassName="govuk-visually-hidden"
            head={[
              { text: 'Name' },
              { text: 'Who they are' },
              { text: 'Details' },
              { text: 'Email address' },
            ]}
            rows={people.map((person) => [
              {
                text: <PersonName person={person} canInvite={canInvite} canAssess={canAssess} />,
              },
              { text: kindNames[person.kind] },
              { text: person.detail },
              {
                text:
                  person.email === null ? (
                    'Not recorded'
                  ) : (
                    <span className="app-break-words">{person.email}</span>
                  ),
              },
            ])}
          />
        </ScrollContainer>
      )}
    </>
  )
}

/**
 * A person's name (a link to their family's record for adoptive parents), and what may be done for
 * them here: an invitation to create an account, and for a birth relative, who has no record page
 * of their own, the start of an assessment of their needs.
 */
function PersonName({
  person,
  canInvite,
  canAssess,
}: {
  person: PersonResult
  canInvite: boolean
  canAssess: boolean
}) {
  const name =
    person.familyId === null ? (
      <>{person.name}</>
    ) : (
      <Link to={pathTo(paths.family, { familyId: person.familyId })}>{person.name}</Link>
    )
  const invite = canInvite && !person.hasAccount ? invitationHref(person) : undefined
  const links = [
    ...(invite === undefined ? [] : [{ href: invite, text: 'Invite to create an account' }]),
    ...(canAssess && person.kind === 'birth_relative'
      ? [
          {
            href: withQuery(paths.newNeedsAssessment, { birthRelativeId: person.id }),
            text: 'Start an assessment of need',
          },
        ]
      : []),
  ]
  return (
    <>
      {name}
      {links.map((link) => (
        <Fragment key={link.text}>
          <br />
          <Link to={link.href}>
            {link.text}
            <span className="govuk-visually-hidden"> ({person.name})</span>
          </Link>
        </Fragment>
      ))}
    </>
  )
}

/** Where to invite a person without an account: adoptive parents with their family, birth relatives. */
function invitationHref(person: PersonResult): BuiltPath | undefined {
  if (person.kind === 'adopter' && person.familyId !== null) {
    return withQuery(paths.invitePerson, { familyId: person.familyId, familyParentId: person.id })
  }
  if (person.kind === 'birth_relative') {
    return withQuery(paths.invitePerson, { birthRelativeId: person.id })
  }
  return undefined
}
