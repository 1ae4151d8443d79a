import { assessmentSectionNames, type StaffAssessment } from '@asp/bff/contract'
import { paths, pathTo } from '../../../../app/paths.ts'
import { TaskList, type TaskStatus } from '../../../../components/task-list.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'

type Section = StaffAssessment['sections'][number]

/** "Completed" once finished, "In progress" once written in, else "Not yet started". */
export function sectionStatusOf(section: Section): TaskStatus {
  if (section.finished) {
    return { text: 'Completed' }
  }
  return section.content.trim() === ''
    ? { text: 'Not yet started', kind: 'tag', colour: 'grey' }
    : { text: 'In progress', kind: 'tag' }
}

/**
 * The twelve sections as a GOV.UK task list. While the assessment may be written, each links to
 * its page; otherwise a saved section links to its history, and one never saved has no link.
 */
export function SectionTaskList({ assessment }: { assessment: StaffAssessment }) {
  const canEdit = assessment.allowedActions.includes('edit')
  return (
    <TaskList
      idPrefix="sections"
      items={assessment.sections.map((section) => {
        const params = { assessmentId: assessment.id, section: section.section }
        const href = canEdit
          ? pathTo(paths.assessmentSection, params)
          : section.version > 0
            ? pathTo(paths.assessmentSectionHistory, params)
            : undefined
        return {
          title: assessmentSectionNames[section.section],
          ...(href === undefined ? {} : { href }),
          ...(section.updatedAt === null
            ? {}
            : {
                hint: `Saved ${formatDateTime(section.updatedAt)}${section.updatedByName === null ? '' : ` by ${section.updatedByName}`}`,
              }),
          status: sectionStatusOf(section),
        }
      })}
    />
  )
}
