import { WarningText } from '../../../../components/warning-text.tsx'

/** What to do in an emergency: this service is not watched around the clock. */
export function EmergencyWarning() {
  return (
    <WarningText>
      If a child is in immediate danger, call 999. Outside office hours, call your council’s
      emergency duty team.
    </WarningText>
  )
}
