import type { Reader } from '@asp/db'
import type { Urgency } from '../../contract/index.ts'
import {
  defaultDutyHours,
  loadBankHolidays,
  type BankHolidays,
  type DutyHours,
} from '../../platform/working-days/working-days.ts'
import { findSupportSettingsRow } from './support-requests.repository.ts'

export interface SupportLineSettings {
  dutyHours: DutyHours
  /** Working days to a first reply, by urgency. */
  responseDays: Record<Urgency, number>
  /** Working days within which a crisis or safeguarding concern must have a named worker. */
  crisisAllocationDays: number
  tiers: { level: number; name: string }[]
}

/** What an agency gets until it sets its own: ACE's duty hours and the product's tiers. */
export const defaultSupportSettings: SupportLineSettings = {
  dutyHours: defaultDutyHours,
  responseDays: { urgent: 1, soon: 3, routine: 5 },
  crisisAllocationDays: 1,
  tiers: [
    { level: 1, name: 'Information and advice' },
    { level: 2, name: 'Duty support' },
    { level: 3, name: 'Allocated case' },
  ],
}

/** England and Wales bank holidays, from the data file shipped with the product. */
export const bankHolidays: BankHolidays = loadBankHolidays()

/** The agency's support-line settings, or the product's defaults while it has set none. */
export async function findSupportSettings(
  db: Reader,
  organisationId: string,
): Promise<SupportLineSettings> {
  const row = await findSupportSettingsRow(db, organisationId)
  if (!row) return defaultSupportSettings
  return {
    dutyHours: { days: row.dutyDays, opens: row.dutyOpens, closes: row.dutyCloses },
    responseDays: { ...defaultSupportSettings.responseDays, ...row.responseDays },
    crisisAllocationDays: row.crisisAllocationDays,
    tiers: row.tiers,
  }
}
