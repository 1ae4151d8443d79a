import {
  logPaperLetterSchema,
  maxAttachmentBytes,
  partyRelationshipNames,
  type attachmentSchema,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DatePart, type DateParts } from '../../../../components/date-input.tsx'
import { FileUpload } from '../../../../components/file-upload.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { contactAgreementQueries } from '../api/get-contact-agreement.ts'
import { parseAgreementId } from '../api/letterbox-staff-keys.ts'
import { useLogPaperLetter } from '../api/log-paper-letter.ts'
import { useUploadScan } from '../api/upload-scan.ts'
import { letterboxStaffNoticeState } from '../components/letterbox-staff-notice.tsx'

type Attachment = z.infer<typeof attachmentSchema>

const fields = ['from', 'paperDate', 'summary', 'scanFileId'] as const
type Field = (typeof fields)[number]

const familyValue = 'adoptive_family'
const relativeValue = (birthRelativeId: string) => `birth_relative:${birthRelativeId}`

/** The BFF's words for a file, so that one refused here reads as one the BFF refused. */
const emptyFile = 'The selected file is empty'
const tooLarge = 'The selected file must be smaller than 10MB'
const notUploaded = 'The selected file could not be uploaded – try again'

/** What a failed upload says on the field: the API's words for the file where it gave some. */
function uploadProblemOf(error: unknown): string {
  if (error instanceof ApiError && error.status < 500) {
    return error.fieldErrors.file ?? (error.status === 413 ? tooLarge : error.message)
  }
  return notUploaded
}

/** The form's field for each of the API's (and the schema's) paths. */
const fieldOf: Record<string, Field | undefined> = {
  fromSide: 'from',
  birthRelativeId: 'from',
  paperDate: 'paperDate',
  summary: 'summary',
  scanFileId: 'scanFileId',
}

function errorsOf(fieldErrors: Record<string, string>) {
  const errors: Partial<Record<Field, string>> = {}
  const problems: string[] = []
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldOf[path]
    if (field === undefined) {
      problems.push(message)
    } else {
      errors[field] ??= message
    }
  }
  return { errors, problems }
}

/**
 * `/contact-agreements/:agreementId/paper-letters/new`: record a letter that went on paper, from
 * the family or a birth relative, with a short summary and a scanned copy. It is kept on the
 * child's file and answers the writer's next letter due; nobody sees it in the portal.
 */
export function LogPaperLetterPage() {
  const agreementId = parseAgreementId(useParams())
  const { data: agreement } = useSuspenseQuery(contactAgreementQueries.detail(agreementId))
  const [from, setFrom] = useState('')
  const [paperDate, setPaperDate] = useState<DateParts>(emptyDateParts)
  const [summary, setSummary] = useState('')
  const [scan, setScan] = useState<Attachment | undefined>()
  const [uploading, setUploading] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[] | undefined>()
  const form = useFormErrors(fields, {
    fieldIds: { paperDate: `paperDate-${dateErrorParts?.[0] ?? 'day'}` },
  })
  const uploadScan = useUploadScan()
  const agreementHref = pathTo(paths.contactAgreement, { agreementId })

  const familyWrites = agreement.direction !== 'to_family'
  const relativesWrite = agreement.direction !== 'from_family'
  const choices = [
    ...(familyWrites
      ? [
          {
            value: familyValue,
            label: 'The adoptive family',
            hint: `${agreement.familyReference}, known in letters as ${agreement.familyExchangeName}`,
          },
        ]
      : []),
    ...(relativesWrite
      ? agreement.partyDetails.map((party) => ({
          value: relativeValue(party.birthRelativeId),
          label: party.fullName,
          hint: `${partyRelationshipNames[party.relationship]}, known in letters as ${party.exchangeName}`,
        }))
      : []),
  ]

  function attach(file: File) {
    const problem =
      file.size === 0 ? emptyFile : file.size > maxAttachmentBytes ? tooLarge : undefined
    if (problem !== undefined) {
      form.showErrors({ scanFileId: problem })
      return
    }
    setUploading(true)
    setAnnouncement('')
    uploadScan.mutate(file, {
      onSuccess: (attachment) => {
        setScan(attachment)
        setAnnouncement(`${attachment.fileName} has been uploaded`)
        if (form.errorFor('scanFileId') !== undefined) {
          form.clear()
        }
      },
      onError: (error) => {
        form.showErrors({ scanFileId: uploadProblemOf(error) })
      },
      onSettled: () => {
        setUploading(false)
      },
    })
  }

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      if (uploading) {
        form.showErrors({ scanFileId: 'Wait for the scanned copy to finish uploading' })
        return undefined
      }
      const date = parseDateParts(paperDate, {
        date: 'The date the letter was received',
        year: 'The year the letter was received',
      })
      const fromRelative = from.startsWith('birth_relative:')
      const parsed = logPaperLetterSchema.safeParse({
        fromSide: from === '' ? undefined : fromRelative ? 'birth_relative' : 'adoptive_family',
        birthRelativeId: fromRelative ? from.slice('birth_relative:'.length) : undefined,
        paperDate: date.kind === 'date' ? date.value : '',
        summary,
        scanFileId: scan?.id,
      })
      const { errors, problems } = parsed.success
        ? { errors: {}, problems: [] }
        : errorsOf(fieldErrorsOf(parsed.error))
      const all: Partial<Record<Field, string>> = { ...errors }
      if (date.kind === 'invalid') {
        all.paperDate = date.message
      }
      setDateErrorParts(date.kind === 'invalid' ? date.fields : undefined)
      if (!parsed.success || Object.keys(all).length > 0) {
        form.showErrors(all, problems)
        return undefined
      }
      return parsed.data
    },
    mutation: useLogPaperLetter(agreementId),
    navigateTo: () => ({
      to: agreementHref,
      state: letterboxStaffNoticeState('paperLetterLogged'),
    }),
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        const { errors, problems } = errorsOf(error.fieldErrors)
        setDateErrorParts(undefined)
        form.showErrors(errors, problems)
        return
      }
      form.showApiError(error)
    },
  })
  usePageTitle('Log a paper letter', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={agreementHref}>Back to the contact agreement</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Contact agreement for {agreement.childName}</span>
        <h1 className="govuk-heading-l">Log a paper letter</h1>
        <p className="govuk-body">
          Record a letter that went on paper. It is kept on {agreement.childName}’s file. Families
          and birth relatives do not see it in the portal.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="from"
            legend="Who is the letter from?"
            legendClassName="govuk-fieldset__legend--m"
            value={from}
            errorMessage={form.errorFor('from')}
            onChange={setFrom}
            items={choices}
          />
          <DateInput
            id="paperDate"
            namePrefix="paperDate"
            legend="Date the letter was received"
            legendClassName="govuk-fieldset__legend--m"
            hint="For example, 27 3 2026"
            value={paperDate}
            errorMessage={form.errorFor('paperDate')}
            errorFields={dateErrorParts}
            onChange={setPaperDate}
          />
          <Textarea
            name="summary"
            label="Summary of the letter"
            labelClassName="govuk-label--m"
            hint="What the letter says, in short, and anything sent with it."
            rows={6}
            value={summary}
            errorMessage={form.errorFor('summary')}
            onChange={(event) => {
              setSummary(event.target.value)
            }}
          />
          <FileUpload
            name="scan"
            id="scanFileId"
            label="Scanned copy of the letter"
            labelClassName="govuk-label--m"
            hint="PDF, JPG or PNG, up to 10MB."
            errorMessage={form.errorFor('scanFileId')}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              // The uploaded copy is listed below, so the input is emptied for another choice.
              event.currentTarget.value = ''
              if (file !== undefined) {
                attach(file)
              }
            }}
            afterInput={
              <>
                <div aria-live="polite" className="govuk-!-margin-top-2">
                  {uploading ? (
                    <p className="govuk-body govuk-!-margin-bottom-0">Uploading…</p>
                  ) : (
                    <span className="govuk-visually-hidden">{announcement}</span>
                  )}
                </div>
                {scan !== undefined && (
                  <dl className="govuk-summary-list govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                    <div className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key app-break-words">{scan.fileName}</dt>
                      <dd className="govuk-summary-list__actions">
                        <Button
                          type="button"
                          variant="secondary"
                          className="govuk-!-margin-bottom-0"
                          onClick={() => {
                            setAnnouncement(`${scan.fileName} has been removed`)
                            setScan(undefined)
                            document.getElementById('scanFileId')?.focus()
                          }}
                        >
                          Remove <span className="govuk-visually-hidden">{scan.fileName}</span>
                        </Button>
                      </dd>
                    </div>
                  </dl>
                )}
              </>
            }
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Log paper letter</Button>
            <Link to={agreementHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
