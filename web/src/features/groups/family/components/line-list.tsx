/** Lines of a summary list value: one line alone, or a list of them. */
export function LineList({ lines }: { lines: string[] }) {
  if (lines.length === 1) {
    return <>{lines[0]}</>
  }
  return (
    <ul className="govuk-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
