import { fundingSourceNames, type StaffPlan } from '@asp/bff/contract'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { formatPence } from '../../../../lib/money.ts'

/** The services of a support plan: what, who provides it, how often, when, the cost and who pays. */
export function PlanServicesTable({ services }: { services: StaffPlan['services'] }) {
  return (
    <ScrollContainer label="Services">
      <Table
        head={[
          { text: 'Service' },
          { text: 'Provided by' },
          { text: 'How often' },
          { text: 'When' },
          { text: 'Cost', format: 'numeric' },
          { text: 'Paid by' },
        ]}
        rows={services.map((service) => [
          { text: <span className="app-break-words">{service.description}</span> },
          { text: service.provider },
          { text: service.frequency },
          {
            text:
              service.endsOn === null
                ? `From ${formatDate(service.startsOn)}`
                : `${formatDate(service.startsOn)} to ${formatDate(service.endsOn)}`,
          },
          { text: formatPence(service.costPence), format: 'numeric' },
          { text: fundingSourceNames[service.fundingSource] },
        ])}
      />
    </ScrollContainer>
  )
}
