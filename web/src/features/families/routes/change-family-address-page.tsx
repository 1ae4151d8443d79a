import { updateFamilySchema, type Family } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Fieldset } from '../../../components/fieldset.tsx'
import { Radios } from '../../../components/radios.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { localAuthorityQueries } from '../../administration/api/find-local-authorities.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { useUpdateFamily } from '../api/update-family.ts'
import { familyName } from '../components/family-summary.tsx'

const fields = [
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'phone',
  'localAuthorityId',
] as const
type Field = (typeof fields)[number]

function valuesOf(family: Family): Record<Field, string> {
  return {
    addressLine1: family.address.line1,
    addressLine2: family.address.line2 ?? '',
    town: family.address.town,
    postcode: family.address.postcode,
    phone: family.phone ?? '',
    localAuthorityId: family.localAuthority.id,
  }
}

/**
 * `/families/:familyId/address`: change a family's address, telephone number and responsible
 * local authority. The record's version goes with the change; if someone else changed it first,
 * the page says so and shows their version to start again from. No autocomplete: the browser
 * would offer the address of the member of staff, not the family's.
 *
 * The local authorities offered are those the member of staff works for, and the family's own.
 */
export function ChangeFamilyAddressPage() {
  const familyId = parseFamilyId(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const {
    data: { localAuthorities },
  } = useSuspenseQuery(localAuthorityQueries.list())
  const [values, setValues] = useState(() => valuesOf(family))
  const form = useFormErrors(fields)
  const updateFamily = useUpdateFamily(familyId)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const familyHref = pathTo(paths.family, { familyId })
  usePageTitle('Change address and contact details', { hasError: form.hasErrors })

  async function reloadAfterConflict(message: string) {
    const latest = await queryClient.fetchQuery({ ...familyQueries.detail(familyId), staleTime: 0 })
    setValues(valuesOf(latest))
    form.showErrors({}, [
      `${message}. We have loaded their changes: check the details and make your changes again.`,
    ])
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (updateFamily.isPending) {
      return
    }
    const parsed = updateFamilySchema.safeParse({
      ...values,
      localAuthorityId: values.localAuthorityId || undefined,
      version: family.version,
    })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    updateFamily.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(familyHref, { state: noticeState('family-updated') })
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          reloadAfterConflict(error.message.replace(/\.$/, '')).catch((reloadError: unknown) => {
            form.showApiError(reloadError)
          })
        } else {
          form.showApiError(error)
        }
      },
    })
  }

  function input(field: Field) {
    return {
      name: field,
      value: values[field],
      errorMessage: form.errorFor(field),
      onChange: (event: { target: { value: string } }) => {
        setValues({ ...values, [field]: event.target.value })
      },
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={familyHref}>Back to the family record</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{familyName(family)}</span>
        <h1 className="govuk-heading-l">Change address and contact details</h1>
        <form noValidate onSubmit={submit}>
          <Fieldset legend="Address" legendClassName="govuk-fieldset__legend--m">
            <TextInput {...input('addressLine1')} label="Address line 1" autoComplete="off" />
            <TextInput
              {...input('addressLine2')}
              label="Address line 2 (optional)"
              autoComplete="off"
            />
            <TextInput
              {...input('town')}
              label="Town or city"
              autoComplete="off"
              className="govuk-!-width-two-thirds"
            />
            <TextInput
              {...input('postcode')}
              label="Postcode"
              autoComplete="off"
              className="govuk-input--width-10"
            />
          </Fieldset>
          <TextInput
            {...input('phone')}
            label="Telephone number (optional)"
            labelClassName="govuk-label--m"
            hint="For international numbers include the country code"
            type="tel"
            autoComplete="off"
            className="govuk-input--width-20"
          />
          <Radios
            name="localAuthorityId"
            legend="Responsible local authority"
            legendClassName="govuk-fieldset__legend--m"
            hint="Choose a local authority you work for."
            value={values.localAuthorityId}
            errorMessage={form.errorFor('localAuthorityId')}
            onChange={(localAuthorityId) => {
              setValues({ ...values, localAuthorityId })
            }}
            items={localAuthorities
              .filter((la) => la.worksFor || la.id === family.localAuthority.id)
              .map((localAuthority) => ({
                value: localAuthority.id,
                label: localAuthority.name,
              }))}
          />
          <Button>Save changes</Button>
        </form>
      </div>
    </div>
  )
}
