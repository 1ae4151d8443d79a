import { assessmentSectionNames, type AssessmentSection } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Fieldset } from '../../../../components/fieldset.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Select } from '../../../../components/select.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { parseSectionParams } from '../api/assessment-staff-keys.ts'
import { assessmentQueries } from '../api/get-assessment.ts'
import { sectionHistoryQueries } from '../api/get-section-history.ts'
import { SectionComparison } from '../components/section-comparison.tsx'
import { comparedVersionsOf } from './assessment-staff-loaders.ts'

/**
 * `/needs-assessments/:assessmentId/sections/:section/history`: every saved version of a section,
 * who saved it and when, and two versions compared word by word (the last two unless the reader
 * chooses others: `?from=1&to=3`).
 */
export function SectionHistoryPage() {
  const { assessmentId, section } = parseSectionParams(useParams())
  const [searchParams] = useSearchParams()
  const { data: assessment } = useSuspenseQuery(assessmentQueries.detail(assessmentId))
  const { data: history } = useSuspenseQuery(sectionHistoryQueries.versions(assessmentId, section))
  const numbers = history.versions.map((version) => version.number)
  const compared = comparedVersionsOf(searchParams, numbers)
  const title = `${assessmentSectionNames[section]}: earlier versions`
  usePageTitle(title)
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <span className="govuk-caption-l">Assessment of need: {assessment.subjectName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {history.versions.length === 0 ? (
          <p className="govuk-body">This section has not been saved yet.</p>
        ) : (
          <ScrollContainer label="Versions">
            <Table
              caption="Versions"
              captionClassName="govuk-table__caption--m"
              head={[
                { text: 'Version', format: 'numeric' },
                { text: 'Saved by' },
                { text: 'When' },
                { text: 'Finished' },
              ]}
              rows={history.versions.map((version) => [
                { text: String(version.number), format: 'numeric' },
                { text: version.changedByName ?? 'Not known' },
                { text: formatDateTime(version.changedAt) },
                { text: version.finished ? 'Yes' : 'No' },
              ])}
            />
          </ScrollContainer>
        )}
        {compared !== undefined && (
          <Comparison
            key={searchParams.toString()}
            assessmentId={assessmentId}
            section={section}
            numbers={numbers}
            initial={compared}
          />
        )}
      </div>
    </div>
  )
}

function Comparison({
  assessmentId,
  section,
  numbers,
  initial,
}: {
  assessmentId: string
  section: AssessmentSection
  numbers: number[]
  initial: { from: number; to: number }
}) {
  const navigate = useNavigate()
  const [from, setFrom] = useState(String(initial.from))
  const [to, setTo] = useState(String(initial.to))
  const { data: comparison } = useSuspenseQuery(
    sectionHistoryQueries.comparison(assessmentId, section, initial.from, initial.to),
  )
  const options = numbers.map((number) => ({
    value: String(number),
    text: `Version ${String(number)}`,
  }))

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void navigate(
      withQuery(pathTo(paths.assessmentSectionHistory, { assessmentId, section }), { from, to }),
    )
  }

  return (
    <>
      <h2 className="govuk-heading-m">Compare two versions</h2>
      <form noValidate onSubmit={submit} method="get" aria-label="Compare two versions">
        <Fieldset legend="Which versions to compare" legendClassName="govuk-visually-hidden">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-quarter">
              <Select
                name="from"
                label="From version"
                value={from}
                onChange={(event) => {
                  setFrom(event.target.value)
                }}
                options={options}
              />
            </div>
            <div className="govuk-grid-column-one-quarter">
              <Select
                name="to"
                label="To version"
                value={to}
                onChange={(event) => {
                  setTo(event.target.value)
                }}
                options={options}
              />
            </div>
          </div>
        </Fieldset>
        <Button variant="secondary">Compare</Button>
      </form>
      <h3 className="govuk-heading-s">
        Version {String(comparison.from.number)} ({formatDateTime(comparison.from.changedAt)}) to
        version {String(comparison.to.number)} ({formatDateTime(comparison.to.changedAt)})
      </h3>
      <p className="govuk-body-s">
        Words taken out are struck through in red. Words put in are underlined in green.
      </p>
      <SectionComparison parts={comparison.parts} />
    </>
  )
}
