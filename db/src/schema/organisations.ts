import { uniqueIndex, text, uuid, pgTable } from 'drizzle-orm/pg-core'
import { id, timestamps, version } from './_columns.ts'

/**
 * An adoption agency (a Regional Adoption Agency). Every record hangs off one, so that several
 * agencies can share an installation with no data crossing between them.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    ...timestamps,
    version: version(),
  },
  (table) => [uniqueIndex('organisations_slug_key').on(table.slug)],
)

/** A council the agency serves; children's case decisions stay with it. */
export const localAuthorities = pgTable(
  'local_authorities',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The ONS code, e.g. E08000026: stable where names change. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    ...timestamps,
    version: version(),
  },
  (table) => [uniqueIndex('local_authorities_code_key').on(table.code)],
)

export type OrganisationRow = typeof organisations.$inferSelect
export type NewOrganisationRow = typeof organisations.$inferInsert
export type LocalAuthorityRow = typeof localAuthorities.$inferSelect
export type NewLocalAuthorityRow = typeof localAuthorities.$inferInsert
