import type { sectionComparisonSchema } from '@asp/bff/contract'
import type { z } from 'zod'
import './assessments-staff.css'

type Part = z.infer<typeof sectionComparisonSchema>['parts'][number]

/**
 * Two versions of a section compared word by word: words taken out in `<del>`, words put in in
 * `<ins>`, each coloured and also said for screen readers, which do not announce either element.
 */
export function SectionComparison({ parts }: { parts: Part[] }) {
  return (
    <div className="app-comparison govuk-body">
      {parts.map((part, index) => {
        if (part.kind === 'removed') {
          return (
            <del key={index}>
              <span className="govuk-visually-hidden">[removed: </span>
              {part.text}
              <span className="govuk-visually-hidden">]</span>
            </del>
          )
        }
        if (part.kind === 'added') {
          return (
            <ins key={index}>
              <span className="govuk-visually-hidden">[added: </span>
              {part.text}
              <span className="govuk-visually-hidden">]</span>
            </ins>
          )
        }
        return <span key={index}>{part.text}</span>
      })}
    </div>
  )
}
