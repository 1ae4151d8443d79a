import { pgTable, text } from 'drizzle-orm/pg-core'
import { instant } from './_columns.ts'

/** Facts about this installation, such as when demo data was seeded. */
export const installationFacts = pgTable('installation_facts', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  recordedAt: instant('recorded_at').notNull().defaultNow(),
})

export type InstallationFactRow = typeof installationFacts.$inferSelect
