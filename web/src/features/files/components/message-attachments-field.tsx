import { Button } from '../../../components/button.tsx'
import { FileUpload } from '../../../components/file-upload.tsx'
import { describeFile } from './file-words.ts'
import type { MessageAttachments } from './use-message-attachments.ts'

export interface MessageAttachmentsFieldProps {
  /** The file input's id, which the error summary links to. */
  id: string
  attachments: MessageAttachments
  errorMessage?: string | undefined
}

/**
 * "Attach a file (optional)" on a message form: a file chosen or dropped on the GOV.UK drop zone
 * uploads at once ("Uploading…" is announced), then is listed under the field with its type, size
 * and a "Remove" button.
 */
export function MessageAttachmentsField({
  id,
  attachments,
  errorMessage,
}: MessageAttachmentsFieldProps) {
  return (
    <FileUpload
      name="file"
      id={id}
      label="Attach a file (optional)"
      labelClassName="govuk-label--s"
      hint="PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files."
      errorMessage={errorMessage}
      onChange={(event) => {
        const file = event.currentTarget.files?.[0]
        // Uploaded files are listed below, so the input is emptied: the next choice starts afresh.
        event.currentTarget.value = ''
        if (file !== undefined) {
          attachments.attach(file)
        }
      }}
      afterInput={
        <>
          <div aria-live="polite" className="govuk-!-margin-top-2">
            {attachments.isUploading ? (
              <p className="govuk-body govuk-!-margin-bottom-0">Uploading…</p>
            ) : (
              <span className="govuk-visually-hidden">{attachments.announcement}</span>
            )}
          </div>
          {attachments.attachments.length > 0 && (
            <dl className="govuk-summary-list govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              {attachments.attachments.map((attachment) => (
                <div key={attachment.id} className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key app-break-words">{attachment.fileName}</dt>
                  <dd className="govuk-summary-list__value">{describeFile(attachment)}</dd>
                  <dd className="govuk-summary-list__actions">
                    <Button
                      type="button"
                      variant="secondary"
                      className="govuk-!-margin-bottom-0"
                      onClick={() => {
                        attachments.remove(attachment.id)
                        // The button goes with the file: focus returns to the field, which is the
                        // file input, or GOV.UK's "Choose file" button once it has taken the id.
                        document.getElementById(id)?.focus()
                      }}
                    >
                      Remove <span className="govuk-visually-hidden">{attachment.fileName}</span>
                    </Button>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      }
    />
  )
}
