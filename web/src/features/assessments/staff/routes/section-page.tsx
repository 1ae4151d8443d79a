import {
  assessmentSectionNames,
  maxSectionLength,
  saveSectionSchema,
  type StaffAssessment,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { parseSectionParams } from '../api/assessment-staff-keys.ts'
import { assessmentQueries } from '../api/get-assessment.ts'
import { useSaveAssessmentSection } from '../api/save-assessment-section.ts'
import { assessmentNoticeState } from '../components/assessment-notice.tsx'

const fields = ['content', 'finished'] as const

type Section = StaffAssessment['sections'][number]

/**
 * `/needs-assessments/:assessmentId/sections/:section`: write one section of the assessment and say
 * whether it is finished. It is saved at the version it was read: when someone else saved it since,
 * the API refuses (409) and what was typed stays in the box, to be copied.
 */
export function SectionPage() {
  const { assessmentId, section: name } = parseSectionParams(useParams())
  const { data: assessment } = useSuspenseQuery(assessmentQueries.detail(assessmentId))
  const section = assessment.sections.find((candidate) => candidate.section === name)
  if (section === undefined) {
    throw new Error(`The assessment has no section ${name}`)
  }
  return assessment.allowedActions.includes('edit') ? (
    <SectionForm assessment={assessment} section={section} />
  ) : (
    <SectionText assessment={assessment} section={section} />
  )
}

function SectionForm({ assessment, section }: { assessment: StaffAssessment; section: Section }) {
  const title = assessmentSectionNames[section.section]
  // The version this page read: a later refetch must not make a save overwrite someone else's.
  const [version] = useState(section.version)
  const [content, setContent] = useState(section.content)
  const [finished, setFinished] = useState<string[]>(section.finished ? ['finished'] : [])
  const form = useFormErrors(fields)
  const params = { assessmentId: assessment.id, section: section.section }
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId: assessment.id })

  const { onSubmit } = useFormSubmit(form, {
    schema: saveSectionSchema,
    values: () => ({ version, content, finished: finished.includes('finished') }),
    mutation: useSaveAssessmentSection(assessment.id, section.section),
    navigateTo: () => ({ to: assessmentHref, state: assessmentNoticeState('sectionSaved') }),
  })
  usePageTitle(title, { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Assessment of need: {assessment.subjectName}</span>
        <form noValidate onSubmit={onSubmit}>
          <CharacterCount
            name="content"
            label={title}
            labelClassName="govuk-label--l"
            isPageHeading
            hint="What you found, in plain words. You can save it and come back to it."
            rows={20}
            maxLength={maxSectionLength}
            value={content}
            errorMessage={form.errorFor('content')}
            onChange={(event) => {
              setContent(event.target.value)
            }}
          />
          <Checkboxes
            name="finished"
            values={finished}
            onChange={setFinished}
            errorMessage={form.errorFor('finished')}
            items={[{ value: 'finished', label: 'I have finished this section' }]}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Save and return to the task list</Button>
            <Link to={assessmentHref}>Cancel</Link>
          </div>
        </form>
        {section.version > 0 && (
          <p className="govuk-body">
            <Link to={pathTo(paths.assessmentSectionHistory, params)}>
              See the section’s earlier versions
            </Link>
          </p>
        )}
      </div>
    </div>
  )
}

/** A section once the assessment can no longer be written: its text, and its history. */
function SectionText({ assessment, section }: { assessment: StaffAssessment; section: Section }) {
  const title = assessmentSectionNames[section.section]
  usePageTitle(title)
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId: assessment.id })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <span className="govuk-caption-l">Assessment of need: {assessment.subjectName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {section.content.trim() === '' ? (
          <p className="govuk-body">Nothing was written in this section.</p>
        ) : (
          <MultilineText text={section.content} />
        )}
        {section.version > 0 && (
          <p className="govuk-body">
            <Link
              to={pathTo(paths.assessmentSectionHistory, {
                assessmentId: assessment.id,
                section: section.section,
              })}
            >
              See the section’s earlier versions
            </Link>
          </p>
        )}
      </div>
    </div>
  )
}
