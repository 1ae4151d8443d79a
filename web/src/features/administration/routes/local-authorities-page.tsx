import { createLocalAuthoritySchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { NotificationBanner } from '../../../components/notification-banner.tsx'
import { ScrollContainer } from '../../../components/scroll-container.tsx'
import { Table } from '../../../components/table.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useSignedInSession } from '../../session/index.ts'
import { useCreateLocalAuthority } from '../api/create-local-authority.ts'
import { localAuthorityQueries } from '../api/find-local-authorities.ts'

const fields = ['name', 'code'] as const
const emptyValues = { name: '', code: '' }

/** `/local-authorities`: the local authorities the agency serves, and a form to add one. */
export function LocalAuthoritiesPage() {
  const {
    data: { localAuthorities },
  } = useSuspenseQuery(localAuthorityQueries.list())
  const { user } = useSignedInSession()
  const [values, setValues] = useState(emptyValues)
  const form = useFormErrors(fields)
  const createLocalAuthority = useCreateLocalAuthority()
  const { onSubmit } = useFormSubmit(form, {
    schema: createLocalAuthoritySchema,
    values: () => values,
    mutation: createLocalAuthority,
    onSuccess: () => {
      setValues(emptyValues)
    },
  })
  const added = form.hasErrors ? undefined : createLocalAuthority.data
  usePageTitle('Local authorities', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <FormErrorSummary form={form} />
        {added && (
          <NotificationBanner key={added.id} type="success">
            {`${added.name} has been added`}
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{user.organisationName}</span>
        <h1 className="govuk-heading-l">Local authorities</h1>
        <p className="govuk-body">
          The local authorities the agency serves. Staff work for one or more of them, and every
          family and birth relative belongs to one.
        </p>
        {localAuthorities.length === 0 ? (
          <p className="govuk-body">No local authorities have been added yet.</p>
        ) : (
          <ScrollContainer label="Local authorities">
            <Table
              caption={`${String(localAuthorities.length)} ${localAuthorities.length === 1 ? 'local authority' : 'local authorities'}`}
              captionClassName="govuk-table__caption--m"
              head={[{ text: 'Name' }, { text: 'ONS code' }]}
              rows={localAuthorities.map((localAuthority) => [
                { text: localAuthority.name },
                { text: localAuthority.code },
              ])}
            />
          </ScrollContainer>
        )}

        <h2 className="govuk-heading-m">Add a local authority</h2>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            name="name"
            label="Name"
            hint="For example, Coventry City Council"
            autoComplete="off"
            value={values.name}
            errorMessage={form.errorFor('name')}
            onChange={(event) => {
              setValues({ ...values, name: event.target.value })
            }}
          />
          <TextInput
            name="code"
            label="ONS code"
            hint="The 9-character code the Office for National Statistics gives the local authority, like E08000026"
            className="govuk-input--width-10"
            autoComplete="off"
            spellCheck={false}
            value={values.code}
            errorMessage={form.errorFor('code')}
            onChange={(event) => {
              setValues({ ...values, code: event.target.value })
            }}
          />
          <Button>Add local authority</Button>
        </form>
      </div>
    </div>
  )
}
