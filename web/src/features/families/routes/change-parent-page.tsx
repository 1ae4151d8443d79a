import { updateFamilyParentSchema, type FamilyParent } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Radios } from '../../../components/radios.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { familyQueries, getParentById, parseParentParams } from '../api/get-family.ts'
import { useUpdateParent } from '../api/update-parent.ts'

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
  const updateParent = useUpdateParent(familyId, parentId)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const familyHref = pathTo(paths.family, { familyId })
  usePageTitle('Change a parent’s details', { hasError: form.hasErrors })

  async function reloadAfterConflict(message: string) {
    const latest = await queryClient.fetchQuery({ ...familyQueries.detail(familyId), staleTime: 0 })
    const latestParent = getParentById(latest, parentId)
    setValues(valuesOf(latestParent))
    setVersion(latestParent.version)
    form.showErrors({}, [
      `${message}. We have loaded their changes: check the details and make your changes again.`,
    ])
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (updateParent.isPending) {
      return
    }
    const parsed = updateFamilyParentSchema.safeParse({
      version,
      fullName: values.fullName,
      kind: values.kind || undefined,
      email: values.email,
    })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    updateParent.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(familyHref, { state: noticeState('parent-updated') })
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

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={familyHref}>Back to the family record</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{parent.fullName}</span>
        <h1 className="govuk-heading-l">Change a parent’s details</h1>
        <form noValidate onSubmit={submit}>
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
      </div>
    </div>
  )
}
