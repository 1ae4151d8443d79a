import { groupEventKindNames, groupEventKinds } from '@asp/bff/contract'
import { Select, type SelectProps } from '../../../components/select.tsx'

/** What a page's `select(field)` gives each filter: its name, value, error and change handler. */
type FilterSelectProps = Omit<SelectProps, 'label' | 'options'>

export interface TypeAndAreaFiltersProps {
  select: (field: 'kind' | 'localAuthorityId') => FilterSelectProps
  areas: { id: string; name: string }[]
  /** The grid column each filter takes, such as `govuk-grid-column-one-third`. */
  columnClassName: string
}

/** The type and area filters that families and staff both have over a list of events. */
export function TypeAndAreaFilters({ select, areas, columnClassName }: TypeAndAreaFiltersProps) {
  return (
    <>
      <div className={columnClassName}>
        <Select
          {...select('kind')}
          label="Type"
          options={[
            { value: '', text: 'All types' },
            ...groupEventKinds.map((kind) => ({ value: kind, text: groupEventKindNames[kind] })),
          ]}
        />
      </div>
      <div className={columnClassName}>
        <Select
          {...select('localAuthorityId')}
          label="Area"
          options={[
            { value: '', text: 'All areas' },
            ...areas.map((area) => ({ value: area.id, text: area.name })),
          ]}
        />
      </div>
    </>
  )
}
