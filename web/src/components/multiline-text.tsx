/**
 * Text someone typed, with its line breaks kept: a paragraph for each blank-line-separated part and
 * a line break for each single newline. Long words wrap rather than push the page sideways.
 */
export function MultilineText({
  text,
  className = 'govuk-body',
}: {
  text: string
  className?: string
}) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className={`${className} app-break-words`}>
          {paragraph.split('\n').map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  )
}
