import { useEffect, useRef, type ComponentPropsWithRef, type ReactNode } from 'react'
import { createAll, FileUpload as GovukFileUpload } from 'govuk-frontend'
import { ignoreExpectedErrors } from '../app/govuk-frontend.ts'
import { classNames } from './class-names.ts'
import {
  describedBy,
  fieldMessageIds,
  QuestionField,
  splitQuestionProps,
  type FieldProps,
} from './form-parts.tsx'

/**
 * Starts GOV.UK Frontend's file upload in `scope`: a drop zone with a "Choose file" button and a
 * "No file chosen" status in place of the native input, which it hides. The field calls it when it
 * mounts, because a file input can appear after the layout has started a page: on a page opened by
 * its address, the page renders when its loader's data arrives, after the layout's last call to
 * `startGovukFrontend`.
 */
function startFileUploads(scope: Element): void {
  createAll(GovukFileUpload, undefined, { scope, onError: ignoreExpectedErrors })
}

export interface FileUploadProps
  extends
    Omit<ComponentPropsWithRef<'input'>, 'id' | 'name' | 'className' | 'type' | 'children'>,
    FieldProps {
  /** Shown in the form group under the input, such as the files uploaded so far. */
  afterInput?: ReactNode
}

/**
 * GOV.UK file upload, as the Nunjucks macro renders it with `javascript: true`: the input in a
 * `govuk-file-upload-wrapper`, which GOV.UK Frontend's JavaScript, started when the field mounts,
 * turns into a drop zone with a "Choose file" button and a "No file chosen" status. Without the
 * JavaScript it is the native file input. What happens to a chosen file (an upload at once, say) is
 * the page's `onChange`, whether the file was chosen or dropped.
 *
 * GOV.UK's JavaScript leaves the input where React put it: it hides it, gives its id to the button
 * it adds at the start of the wrapper (so the label and the error summary's link lead there), and
 * adds a live region after the wrapper. React never has to reconcile those nodes, as it only inserts
 * and removes its own, and it leaves the input's id alone while the `id` prop stays the same.
 */
export function FileUpload({
  className,
  afterInput,
  onChange,
  'aria-describedby': ownDescribedBy,
  ...props
}: FileUploadProps) {
  const [question, inputProps] = splitQuestionProps(props)
  // Wanted outside the control too, for GOV.UK's button below.
  const inputDescribedBy = describedBy(
    ownDescribedBy,
    fieldMessageIds(question.id, question.hint, question.errorMessage).describedBy,
  )
  const wrapper = useRef<HTMLDivElement>(null)

  // Started here rather than by the layout, which may have started the page before this field was
  // rendered.
  useEffect(() => {
    const formGroup = wrapper.current?.parentElement
    if (formGroup) {
      startFileUploads(formGroup)
    }
  }, [])

  // A dropped file: GOV.UK puts it in the input and fires a `change` that does not bubble, which
  // React, listening at the root, never hears. Fire the bubbling one that a file picker fires.
  useEffect(() => {
    const element = wrapper.current
    function passOnDroppedFiles(event: Event) {
      const input = event.target
      if (!event.bubbles && input instanceof HTMLInputElement && (input.files?.length ?? 0) > 0) {
        input.dispatchEvent(new Event('change', { bubbles: true }))
      }
    }
    element?.addEventListener('change', passOnDroppedFiles, { capture: true })
    return () => {
      element?.removeEventListener('change', passOnDroppedFiles, { capture: true })
    }
  }, [])

  // GOV.UK's button copies the input's `aria-describedby` once, when it is made: keep it in step
  // as an error message comes and goes.
  useEffect(() => {
    const button = wrapper.current?.querySelector(':scope > .govuk-file-upload-button')
    if (!button) {
      return
    }
    if (inputDescribedBy === undefined) {
      button.removeAttribute('aria-describedby')
    } else {
      button.setAttribute('aria-describedby', inputDescribedBy)
    }
  }, [inputDescribedBy])

  return (
    <QuestionField {...question}>
      {(control) => (
        <>
          <div ref={wrapper} className="govuk-file-upload-wrapper" data-module="govuk-file-upload">
            <input
              {...inputProps}
              className={classNames(
                'govuk-file-upload',
                className,
                control.hasError && 'govuk-file-upload--error',
              )}
              id={control.id}
              name={control.name}
              type="file"
              aria-describedby={inputDescribedBy}
              onChange={(event) => {
                const input = event.currentTarget
                onChange?.(event)
                // The page emptied the input (it has uploaded the file, say): a `change` that does
                // not bubble tells GOV.UK's status, and not React, that no file is chosen now.
                if (input.files?.length === 0) {
                  input.dispatchEvent(new Event('change'))
                }
              }}
            />
          </div>
          {afterInput}
        </>
      )}
    </QuestionField>
  )
}
