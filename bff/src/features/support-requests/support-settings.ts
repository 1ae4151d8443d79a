import { eq, supportSettings, type Db } from '@asp/db'
import type { Urgency } from '../../contract/index.ts'
import {
  defaultDutyHours,
  loadBankHolidays,
  type BankHolidays,
  type DutyHours,
} from '../../platform/working-days/working-days.ts'

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

export async function findSupportSettings(
  db: Pick<Db, 'select'>,
  organisationId: string,
): Promise<SupportLineSettings> {
  const [row] = await db
    .select()
    .from(supportSettings)
    .where(eq(supportSettings.organisationId, organisationId))
  if (!row) return defaultSupportSettings
  return {
    dutyHours: { days: row.dutyDays, opens: row.dutyOpens, closes: row.dutyCloses },
    responseDays: { ...defaultSupportSettings.responseDays, ...row.responseDays },
    crisisAllocationDays: row.crisisAllocationDays,
    tiers: row.tiers,
  }
}
