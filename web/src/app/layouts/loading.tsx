/** What a page shows while its data loads: announced politely, and brief. */
export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  )
}
