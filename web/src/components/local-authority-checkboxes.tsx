import { Checkboxes } from './checkboxes.tsx'

export interface LocalAuthorityCheckboxesProps {
  /** The local authorities to choose from. */
  localAuthorities: { id: string; name: string }[]
  values: string[]
  errorMessage?: string | undefined
  onChange: (localAuthorityIds: string[]) => void
}

/** The `localAuthorityIds` question of a staff account: which local authorities they work for. */
export function LocalAuthorityCheckboxes({
  localAuthorities,
  values,
  errorMessage,
  onChange,
}: LocalAuthorityCheckboxesProps) {
  return (
    <Checkboxes
      name="localAuthorityIds"
      legend="Local authorities they work for"
      legendClassName="govuk-fieldset__legend--m"
      hint="Select all that apply. They will only see the records of families and birth relatives in these local authorities."
      values={values}
      errorMessage={errorMessage}
      onChange={onChange}
      items={localAuthorities.map((localAuthority) => ({
        value: localAuthority.id,
        label: localAuthority.name,
      }))}
    />
  )
}
