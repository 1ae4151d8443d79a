// The demo seed lives in the db workspace, which imports nothing of the BFF's: this hands it what
// only the BFF has, how sign-in hashes passwords and reads secrets, and its working days.
import {
  seedDemoGroups as seedGroups,
  seedDemoPeople,
  type Db,
  type DemoGroupsInput,
  type DemoSeedPlatform,
  type Tx,
} from '@asp/db'
import { symmetricEncrypt } from 'better-auth/crypto'
import { hashPassword } from './platform/auth/password-hashing.ts'
import {
  addWorkingDays,
  loadBankHolidays,
  workingDaysBetween,
} from './platform/working-days/working-days.ts'

const bankHolidays = loadBankHolidays()

const workingDays: DemoSeedPlatform['workingDays'] = {
  add: (from, days) => addWorkingDays(from, days, bankHolidays),
  between: (from, to) => workingDaysBetween(from, to, bankHolidays),
  isBankHoliday: (date) => bankHolidays.dates.has(date),
}

/**
 * Seeds the demo agency's people, support requests and groups once (see `seedDemoPeople`), with
 * authenticator secrets encrypted by the auth secret the app signs in with.
 */
export function seedDemoAccounts(db: Db, authSecret: string) {
  return seedDemoPeople(db, {
    hashPassword,
    encryptSecret: (data) => symmetricEncrypt({ key: authSecret, data }),
    workingDays,
  })
}

/** The demo programme of groups alone, for a test that seeds it again. */
export function seedDemoGroups(tx: Tx, input: DemoGroupsInput) {
  return seedGroups(tx, input, workingDays)
}
