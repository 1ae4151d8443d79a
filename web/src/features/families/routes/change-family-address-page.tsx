import { updateFamilySchema, type Family } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { Button } from '../../../components/button.tsx'
import { Fieldset } from '../../../components/fieldset.tsx'
import { Radios } from '../../../components/radios.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { localAuthorityQueries } from '../../administration/index.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { useUpdateFamily } from '../api/update-family.ts'
import { FamilyRecordFormPage } from '../components/family-record-form-page.tsx'
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
  const queryClient = useQueryClient()
  const familyHref = pathTo(paths.family, { familyId })
  const { onSubmit } = useFormSubmit(form, {
    schema: updateFamilySchema,
    values: () => ({
      ...values,
      localAuthorityId: values.localAuthorityId || undefined,
      version: family.version,
    }),
    mutation: useUpdateFamily(familyId),
    navigateTo: () => ({ to: familyHref, state: noticeState('family-updated') }),
    reloadAfterConflict: async () => {
      const latest = await queryClient.fetchQuery({
        ...familyQueries.detail(familyId),
        staleTime: 0,
      })
      setValues(valuesOf(latest))
    },
  })

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
    <FamilyRecordFormPage
      familyId={familyId}
      form={form}
      caption={familyName(family)}
      title="Change address and contact details"
    >
      <form noValidate onSubmit={onSubmit}>
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
    </FamilyRecordFormPage>
  )
}
