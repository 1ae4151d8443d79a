import { TextInput } from './text-input.tsx'

/** The field for a 6-digit security code, from an authenticator app or sent by email or text. */
export function SecurityCodeInput({
  hint,
  value,
  errorMessage,
  onChange,
}: {
  hint: string
  value: string
  errorMessage: string | undefined
  onChange: (code: string) => void
}) {
  return (
    <TextInput
      name="code"
      label="Security code"
      labelClassName="govuk-label--s"
      hint={hint}
      className="govuk-input--width-10"
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck={false}
      value={value}
      errorMessage={errorMessage}
      onChange={(event) => {
        onChange(event.target.value)
      }}
    />
  )
}
