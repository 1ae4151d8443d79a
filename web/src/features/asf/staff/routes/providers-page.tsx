import {
  asfProviderInputSchema,
  asfTherapyTypeNames,
  asfTherapyTypes,
  type AsfTherapyType,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Table } from '../../../../components/table.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { formatPence, parsePounds } from '../../../../lib/money.ts'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { asfQueries, useCreateAsfProvider } from '../../api/asf-queries.ts'

const fields = [
  'name',
  'registrationBody',
  'registrationNumber',
  'therapies',
  'sessionRatePence',
  'contactEmail',
  'contactPhone',
] as const

/** Who keeps the register: the BFF's rule. */
const keepers = ['team_manager', 'finance_officer']

/**
 * `/fund-applications/providers`: the therapy providers the agency commissions, their registration
 * and usual rate; the finance officer and team managers add to it.
 */
export function ProvidersPage() {
  const { data } = useSuspenseQuery(asfQueries.providers())
  const { user } = useSignedInSession()
  const form = useFormErrors(fields, { fieldIds: { therapies: 'therapies' } })
  usePageTitle('Therapy providers', { hasError: form.hasErrors })
  const [values, setValues] = useState({
    name: '',
    registrationBody: '',
    registrationNumber: '',
    therapies: [] as string[],
    rate: '',
    contactEmail: '',
    contactPhone: '',
  })
  const [added, setAdded] = useState<string | undefined>()

  const { onSubmit } = useFormSubmit(form, {
    schema: asfProviderInputSchema,
    values: () => {
      const rate = parsePounds(values.rate)
      return {
        name: values.name,
        registrationBody: values.registrationBody,
        registrationNumber: values.registrationNumber,
        therapies: values.therapies,
        sessionRatePence: rate === undefined || Number.isNaN(rate) ? undefined : rate,
        contactEmail: values.contactEmail,
        contactPhone: values.contactPhone,
      }
    },
    mutation: useCreateAsfProvider(),
    onSuccess: (provider) => {
      setAdded(provider.name)
      setValues({
        name: '',
        registrationBody: '',
        registrationNumber: '',
        therapies: [],
        rate: '',
        contactEmail: '',
        contactPhone: '',
      })
    },
  })

  const text = (field: Exclude<(typeof fields)[number], 'therapies' | 'sessionRatePence'>) => ({
    name: field,
    value: values[field],
    errorMessage: form.errorFor(field),
    onChange: (event: { target: { value: string } }) => {
      setValues({ ...values, [field]: event.target.value })
    },
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.fundApplications}>Back to fund applications</BackLink>
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Therapy providers</h1>
        {added && (
          <div className="govuk-inset-text" role="status">
            {added} is in the register.
          </div>
        )}
        <ScrollContainer label="Therapy providers">
          <Table
            caption="The providers the agency commissions"
            captionClassName="govuk-visually-hidden"
            head={[
              { text: 'Provider' },
              { text: 'Registration' },
              { text: 'Therapies' },
              { text: 'Rate a session', format: 'numeric' },
              { text: 'Contact' },
            ]}
            rows={data.providers.map((provider) => [
              { text: provider.name },
              { text: `${provider.registrationBody} ${provider.registrationNumber}` },
              { text: provider.therapies.map((t) => asfTherapyTypeNames[t]).join(', ') },
              { text: formatPence(provider.sessionRatePence), format: 'numeric' },
              { text: [provider.contactEmail, provider.contactPhone].filter(Boolean).join(', ') },
            ])}
          />
        </ScrollContainer>
        {keepers.includes(user.role) && (
          <>
            <h2 className="govuk-heading-m">Add a provider</h2>
            <form noValidate onSubmit={onSubmit}>
              <TextInput label="Name" {...text('name')} />
              <TextInput
                label="Registration body"
                hint="For example, HCPC or UKCP"
                {...text('registrationBody')}
              />
              <TextInput
                label="Registration number"
                className="govuk-input--width-20"
                {...text('registrationNumber')}
              />
              <Checkboxes
                name="therapies"
                legend="Therapies they provide"
                legendClassName="govuk-fieldset__legend--s"
                values={values.therapies}
                onChange={(therapies) => {
                  setValues({ ...values, therapies })
                }}
                errorMessage={form.errorFor('therapies')}
                items={asfTherapyTypes.map((value: AsfTherapyType) => ({
                  value,
                  label: asfTherapyTypeNames[value],
                }))}
              />
              <TextInput
                name="sessionRatePence"
                label="Usual rate for a session"
                prefix="£"
                className="govuk-input--width-10"
                inputMode="decimal"
                value={values.rate}
                errorMessage={form.errorFor('sessionRatePence')}
                onChange={(event) => {
                  setValues({ ...values, rate: event.target.value })
                }}
              />
              <TextInput label="Email address (optional)" type="email" {...text('contactEmail')} />
              <TextInput label="Phone number (optional)" type="tel" {...text('contactPhone')} />
              <Button preventDoubleClick>Add the provider</Button>
            </form>
          </>
        )}
      </div>
    </div>
  )
}
