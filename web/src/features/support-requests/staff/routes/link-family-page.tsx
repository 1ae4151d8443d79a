import { linkFamilySchema, peopleQuerySchema } from '@asp/bff/contract'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { Button } from '../../../../components/button.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { fieldErrorsOf, useFormErrors } from '../../../../lib/form-errors.tsx'
import { searchProblemOf } from '../../../../lib/search-problem.ts'
import { peopleQueries } from '../../../families/index.ts'
import { supportRequestQueries } from '../api/get-support-request.ts'
import { useLinkSupportRequestToFamily } from '../api/link-support-request-to-family.ts'
import { familiesOf } from '../components/family-choices.ts'
import { IfActionAllowed, RequestActionLayout, useRequestActionSubmit } from './request-action.tsx'

const fields = ['q', 'familyId'] as const
const title = 'Link this request to a family record'

/**
 * `/support-line/requests/:supportRequestId/link-family?q=`: a request from someone not yet known
 * to the service is linked to their family record, once found. The search is in the address, so
 * the back button shows the same families.
 */
export function LinkFamilyPage() {
  const [searchParams] = useSearchParams()
  const q = searchParams.get('q')
  return (
    <IfActionAllowed
      action="link-family"
      notAllowedTitle="You cannot link this request to a family record"
    >
      {(supportRequestId) => (
        <LinkFamilyForm key={q ?? ''} supportRequestId={supportRequestId} q={q} />
      )}
    </IfActionAllowed>
  )
}

function LinkFamilyForm({ supportRequestId, q }: { supportRequestId: string; q: string | null }) {
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  // A search in the address is checked with the contract's rule as a submitted one is.
  const parsedQuery = q === null ? undefined : peopleQuerySchema.safeParse({ q })
  const searchFor = parsedQuery?.success === true ? parsedQuery.data.q : undefined
  const [text, setText] = useState(q ?? '')
  const [familyId, setFamilyId] = useState('')
  const form = useFormErrors(fields, {
    initialErrors:
      parsedQuery === undefined || parsedQuery.success
        ? {}
        : { q: fieldErrorsOf(parsedQuery.error).q },
  })
  const results = useQuery({
    ...peopleQueries.search(searchFor ?? ''),
    enabled: searchFor !== undefined,
  })
  const searchProblem = searchProblemOf(results.error)
  const { onSubmit } = useRequestActionSubmit(form, supportRequestId, 'linkedToFamily', {
    schema: linkFamilySchema,
    values: () => ({ version: request.version, familyId: familyId || undefined }),
    mutation: useLinkSupportRequestToFamily(supportRequestId),
  })
  const navigate = useNavigate()
  const here = pathTo(paths.supportLineLinkFamily, { supportRequestId })

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = peopleQuerySchema.safeParse({ q: text })
    if (!parsed.success) {
      form.showErrors({ q: fieldErrorsOf(parsed.error).q })
      return
    }
    form.clear()
    void navigate(withQuery(here, { q: parsed.data.q }))
  }

  const contact = request.enquirer?.contact
  const families =
    searchFor === undefined || results.data === undefined
      ? undefined
      : familiesOf(results.data.people)

  return (
    <RequestActionLayout
      request={request}
      form={form}
      title={title}
      caption={`Request ${request.reference}`}
      problem={searchProblem}
    >
      <p className="govuk-body">
        This request came from someone not yet known to us. Find their family, then link the request
        to the family’s record.
      </p>

      <h2 className="govuk-heading-m">Who got in touch</h2>
      <SummaryList
        rows={[
          { key: 'Name', value: request.enquirer?.name ?? 'Not recorded' },
          {
            key: 'Phone number or email address',
            value:
              contact === undefined || contact === null ? (
                'Not recorded'
              ) : (
                <span className="app-break-words">{contact}</span>
              ),
          },
        ]}
      />

      <form noValidate method="get" onSubmit={search} role="search" aria-label="Families">
        <TextInput
          name="q"
          type="search"
          label="Find a family by an adoptive parent’s name or email address"
          labelClassName="govuk-label--m"
          hint="For example, Rowe or Mason Rowe"
          className="govuk-!-width-two-thirds"
          autoComplete="off"
          spellCheck={false}
          value={text}
          errorMessage={form.errorFor('q')}
          onChange={(event) => {
            setText(event.target.value)
          }}
        />
        <Button variant="secondary">Search</Button>
      </form>

      {searchFor !== undefined && !results.isError && (
        <div role="status">
          <p className="govuk-body">
            {families === undefined
              ? 'Searching…'
              : families.length === 1
                ? `1 family found for ‘${searchFor}’`
                : `${String(families.length)} families found for ‘${searchFor}’`}
          </p>
        </div>
      )}
      {families?.length === 0 && (
        <>
          <p className="govuk-body">Improve your results by:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>checking your spelling</li>
            <li>searching for one adoptive parent’s surname, or their email address</li>
          </ul>
        </>
      )}
      {families !== undefined && families.length > 0 && (
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="familyId"
            legend="Choose the family"
            legendClassName="govuk-fieldset__legend--m"
            value={familyId}
            errorMessage={form.errorFor('familyId')}
            onChange={setFamilyId}
            items={families.map((family) => ({
              value: family.familyId,
              label: family.names,
              hint: family.detail,
            }))}
          />
          <Button>Link to this family</Button>
        </form>
      )}
    </RequestActionLayout>
  )
}
