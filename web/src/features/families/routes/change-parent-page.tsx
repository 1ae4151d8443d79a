import { updateFamilyParentSchema, type FamilyParent } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { Button } from '../../../components/button.tsx'
import { Radios } from '../../../components/radios.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { familyQueries, getParentById, parseParentParams } from '../api/get-family.ts'
import { useUpdateParent } from '../api/update-parent.ts'
import { FamilyRecordFormPage } from '../components/family-record-form-page.tsx'

const fields = ['fullName', 'kind', 'email'] as const

interface Values {
  fullName: string
  kind: string
  email: string
}

function valuesOf(parent: FamilyParent): Values {
  return { fullName: parent.fullName, kind: parent.kind, email: parent.email ?? '' }
}

/**
 * `/families/:familyId/parents/:parentId`: change an adoptive parent's or special guardian's name,
 * relationship or email address. If someone else changed the parent first, the page says so and
 * loads their version, and the next change is made against it.
 */
export function ChangeParentPage() {
  const { familyId, parentId } = parseParentParams(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const parent = getParentById(family, parentId)
  const [values, setValues] = useState(() => valuesOf(parent))
  const [version, setVersion] = useState(parent.version)
  const form = useFormErrors(fields)
  const queryClient = useQueryClient()
  const familyHref = pathTo(paths.family, { familyId })
  const { onSubmit } = useFormSubmit(form, {
    schema: updateFamilyParentSchema,
    values: () => ({
      version,
      fullName: values.fullName,
      kind: values.kind || undefined,
      email: values.email,
    }),
    mutation: useUpdateParent(familyId, parentId),
    navigateTo: () => ({ to: familyHref, state: noticeState('parent-updated') }),
    reloadAfterConflict: async () => {
      const latest = await queryClient.fetchQuery({
        ...familyQueries.detail(familyId),
        staleTime: 0,
      })
      const latestParent = getParentById(latest, parentId)
      setValues(valuesOf(latestParent))
      setVersion(latestParent.version)
    },
  })

  return (
    <FamilyRecordFormPage
      familyId={familyId}
      form={form}
      caption={parent.fullName}
      title="Change a parent’s details"
    >
      <form noValidate onSubmit={onSubmit}>
        <TextInput
          name="fullName"
          label="Full name"
          autoComplete="off"
          spellCheck={false}
          value={values.fullName}
          errorMessage={form.errorFor('fullName')}
          onChange={(event) => {
            setValues({ ...values, fullName: event.target.value })
          }}
        />
        <Radios
          name="kind"
          legend="Relationship"
          legendClassName="govuk-fieldset__legend--m"
          value={values.kind}
          errorMessage={form.errorFor('kind')}
          onChange={(kind) => {
            setValues({ ...values, kind })
          }}
          items={[
            { value: 'adopter', label: 'Adoptive parent' },
            { value: 'special_guardian', label: 'Special guardian' },
          ]}
        />
        <TextInput
          name="email"
          type="email"
          label="Email address (optional)"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          errorMessage={form.errorFor('email')}
          onChange={(event) => {
            setValues({ ...values, email: event.target.value })
          }}
        />
        <Button>Save changes</Button>
      </form>
    </FamilyRecordFormPage>
  )
}
