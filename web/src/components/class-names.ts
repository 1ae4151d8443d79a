/** Joins the class names that are set: `classNames('govuk-input', hasError && 'govuk-input--error')`. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
