import {
  and,
  asc,
  asfApplicationEvents,
  asfApplicationLines,
  asfApplications,
  asfFigureTallies,
  asfInvoices,
  asfProviders,
  asfRuleSets,
  children,
  desc,
  eq,
  families,
  familyParents,
  inArray,
  localAuthorities,
  needsAssessments,
  not,
  planServices,
  sql,
  supportPlans,
  users,
  type Reader,
  type SQL,
  type Tx,
  type Writer,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { versioned } from '../../platform/versioned-update.ts'
import { liveStatuses } from './asf-states.ts'

// Every query of fund applications, their lines, history and invoices, the provider register and
// the rule sets. Staff reach an application on the terms of its family (`staffAsfScope`): the
// application carries the family's organisation and council for that.

export type AsfApplicationRow = typeof asfApplications.$inferSelect
export type NewAsfApplicationRow = typeof asfApplications.$inferInsert
export type AsfRuleSetRow = typeof asfRuleSets.$inferSelect
export type AsfProviderRow = typeof asfProviders.$inferSelect

export const updateApplicationAtVersion = versioned(asfApplications)
export const updateProviderAtVersion = versioned(asfProviders)

/** The applications a member of staff may reach: as the family, and never a conflicted one. */
export function staffAsfScope(actor: Actor): SQL {
  const conditions = [
    eq(asfApplications.organisationId, actor.organisationId),
    inArray(asfApplications.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedFamilyIds.length > 0) {
    conditions.push(not(inArray(asfApplications.familyId, actor.conflictedFamilyIds)))
  }
  return and(...conditions) as SQL
}

// ---- Rules -------------------------------------------------------------------------------------

/** Every rule set, oldest first: a handful of rows. */
export async function findRuleSets(db: Reader) {
  return db.select().from(asfRuleSets).orderBy(asc(asfRuleSets.effectiveFrom))
}

/**
 * What a child's live applications in a year hold, but `exceptId`'s: the approved amount once
 * decided, else what is asked; and the specialist assessments' lines within it.
 */
export async function findCommitted(
  db: Reader,
  childId: string,
  financialYear: number,
  exceptId?: string,
) {
  const [row] = await db
    .select({
      totalPence: sql<number>`coalesce(sum(coalesce(${asfApplications.approvedPence}, ${asfApplications.requestedPence})), 0)::int`,
      assessmentPence: sql<number>`coalesce(sum(least(coalesce(${asfApplications.approvedPence}, ${asfApplications.requestedPence}), (select coalesce(sum(lines.cost_pence), 0) from asf_application_lines lines where lines.application_id = asf_applications.id and lines.therapy_type = 'specialist_assessment'))), 0)::int`,
    })
    .from(asfApplications)
    .where(
      and(
        eq(asfApplications.childId, childId),
        eq(asfApplications.financialYear, financialYear),
        inArray(asfApplications.status, [...liveStatuses]),
        exceptId ? not(eq(asfApplications.id, exceptId)) : undefined,
      ),
    )
  return row ?? { totalPence: 0, assessmentPence: 0 }
}

// ---- Children and plan services ----------------------------------------------------------------

/** A child in the caller's scope (`familyScope` is the families feature's), with their family. */
export async function findChildInScope(db: Reader, childId: string, familyScope: SQL) {
  const [row] = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      familyId: families.id,
      familyReference: families.reference,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .where(and(eq(children.id, childId), familyScope))
  return row
}

/** The children of a family in scope, in the order they were recorded. */
export async function findChildrenOfFamily(db: Reader, familyId: string, familyScope: SQL) {
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      familyReference: families.reference,
    })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .where(and(eq(children.familyId, familyId), familyScope))
    .orderBy(asc(children.dateOfBirth), asc(children.id))
}

/** A family's support plan service in scope, with the day its assessment was decided. */
export async function findPlanService(db: Reader, planServiceId: string, familyScope: SQL) {
  const [row] = await db
    .select({
      id: planServices.id,
      description: planServices.description,
      provider: planServices.provider,
      costPence: planServices.costPence,
      endsOn: planServices.endsOn,
      familyId: families.id,
      localAuthorityId: families.localAuthorityId,
      assessmentId: supportPlans.assessmentId,
      decidedAt: needsAssessments.decidedAt,
    })
    .from(planServices)
    .innerJoin(supportPlans, eq(supportPlans.id, planServices.planId))
    .innerJoin(needsAssessments, eq(needsAssessments.id, supportPlans.assessmentId))
    .innerJoin(families, eq(families.id, supportPlans.familyId))
    .where(and(eq(planServices.id, planServiceId), familyScope))
  return row
}

// ---- Applications ------------------------------------------------------------------------------

export async function insertApplication(tx: Tx, values: NewAsfApplicationRow) {
  const [row] = await tx.insert(asfApplications).values(values).returning()
  return row!
}

/** An application's row in scope, locked for a change. */
export async function lockApplication(tx: Tx, applicationId: string, scope: SQL) {
  const [row] = await tx
    .select()
    .from(asfApplications)
    .where(and(eq(asfApplications.id, applicationId), scope))
    .for('update')
  return row
}

/** One application in scope, with the child, the family's reference, its worker and its rules. */
export async function findApplication(db: Reader, applicationId: string, scope: SQL) {
  const [row] = await db
    .select({
      application: asfApplications,
      rules: asfRuleSets,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      childDateOfBirth: children.dateOfBirth,
      familyReference: families.reference,
      workerName: users.name,
    })
    .from(asfApplications)
    .innerJoin(asfRuleSets, eq(asfRuleSets.id, asfApplications.ruleSetId))
    .innerJoin(children, eq(children.id, asfApplications.childId))
    .innerJoin(families, eq(families.id, asfApplications.familyId))
    .leftJoin(users, eq(users.id, asfApplications.workerUserId))
    .where(and(eq(asfApplications.id, applicationId), scope))
  return row
}
export type AsfApplicationDetailRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>

export interface NewAsfLine {
  therapyType: string
  providerId: string
  sessions: number
  costPence: number
  outcomeTool: string
  baselineScore?: number | undefined
  endsOn: string
}

export async function insertLines(tx: Tx, applicationId: string, lines: readonly NewAsfLine[]) {
  await tx.insert(asfApplicationLines).values(
    lines.map((line, position) => ({
      applicationId,
      position,
      therapyType: line.therapyType,
      providerId: line.providerId,
      sessions: line.sessions,
      costPence: line.costPence,
      outcomeTool: line.outcomeTool,
      baselineScore: line.baselineScore ?? null,
      endsOn: line.endsOn,
    })),
  )
}

export async function deleteLines(tx: Tx, applicationId: string) {
  await tx.delete(asfApplicationLines).where(eq(asfApplicationLines.applicationId, applicationId))
}

export async function setEndScore(tx: Tx, applicationId: string, lineId: string, endScore: number) {
  await tx
    .update(asfApplicationLines)
    .set({ endScore })
    .where(
      and(eq(asfApplicationLines.id, lineId), eq(asfApplicationLines.applicationId, applicationId)),
    )
}

/** An application's lines in order, with their provider and what has been invoiced on each. */
export async function findLines(db: Reader, applicationId: string) {
  return db
    .select({
      line: asfApplicationLines,
      providerName: asfProviders.name,
      invoicedPence: sql<number>`(select coalesce(sum(${asfInvoices.amountPence}), 0)::int from ${asfInvoices} where ${asfInvoices.lineId} = ${asfApplicationLines.id})`,
    })
    .from(asfApplicationLines)
    .innerJoin(asfProviders, eq(asfProviders.id, asfApplicationLines.providerId))
    .where(eq(asfApplicationLines.applicationId, applicationId))
    .orderBy(asc(asfApplicationLines.position), asc(asfApplicationLines.id))
}
export type AsfLineRow = Awaited<ReturnType<typeof findLines>>[number]

export async function insertEvent(tx: Tx, values: typeof asfApplicationEvents.$inferInsert) {
  await tx.insert(asfApplicationEvents).values(values)
}

/** An application's history, oldest first, with who took each step. */
export async function findEvents(db: Reader, applicationId: string) {
  return db
    .select({ event: asfApplicationEvents, byName: users.name })
    .from(asfApplicationEvents)
    .leftJoin(users, eq(users.id, asfApplicationEvents.byUserId))
    .where(eq(asfApplicationEvents.applicationId, applicationId))
    .orderBy(asc(asfApplicationEvents.createdAt), asc(asfApplicationEvents.id))
}
export type AsfEventRow = Awaited<ReturnType<typeof findEvents>>[number]

const summaryColumns = {
  id: asfApplications.id,
  childFirstName: children.firstName,
  childLastName: children.lastName,
  familyReference: families.reference,
  financialYear: asfApplications.financialYear,
  status: asfApplications.status,
  therapyTypes: sql<
    string[]
  >`to_json(array(select distinct ${asfApplicationLines.therapyType} from ${asfApplicationLines} where ${asfApplicationLines.applicationId} = ${asfApplications.id} order by 1))`,
  requestedPence: asfApplications.requestedPence,
  approvedPence: asfApplications.approvedPence,
  invoicedPence: asfApplications.invoicedPence,
  dueOn: asfApplications.dueOn,
  updatedAt: asfApplications.updatedAt,
}

export interface AsfListFilters {
  financialYear?: number | undefined
  localAuthorityId?: string | undefined
  status?: string | undefined
  childId?: string | undefined
}

/** A page of applications in scope, most recently changed first, and how many there are. */
export async function findApplications(
  db: Reader,
  scope: SQL,
  filters: AsfListFilters,
  page: { limit: number; offset: number },
) {
  const where = and(
    scope,
    filters.financialYear !== undefined
      ? eq(asfApplications.financialYear, filters.financialYear)
      : undefined,
    filters.localAuthorityId
      ? eq(asfApplications.localAuthorityId, filters.localAuthorityId)
      : undefined,
    filters.status ? eq(asfApplications.status, filters.status) : undefined,
    filters.childId ? eq(asfApplications.childId, filters.childId) : undefined,
  )
  const [rows, [count]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(asfApplications)
      .innerJoin(children, eq(children.id, asfApplications.childId))
      .innerJoin(families, eq(families.id, asfApplications.familyId))
      .where(where)
      .orderBy(desc(asfApplications.updatedAt), desc(asfApplications.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(asfApplications)
      .where(where),
  ])
  return { rows, total: count?.total ?? 0 }
}
export type AsfSummaryRow = Awaited<ReturnType<typeof findApplications>>['rows'][number]

// A subquery naming the outer row writes it out in full: Drizzle leaves columns unqualified in a
// one-table select, where `id` would be the subquery's own.

/**
 * What names or places the family: its children's and parents' names, its address and postcode.
 * The summary for the fund's portal takes each of them out of what the worker wrote.
 */
export async function findIdentifyingWords(db: Reader, familyId: string) {
  const [family] = await db
    .select({
      addressLine1: families.addressLine1,
      addressLine2: families.addressLine2,
      town: families.town,
      postcode: families.postcode,
      reference: families.reference,
      childNames: sql<
        string[]
      >`to_json(array(select first_name || ' ' || last_name from children where children.family_id = families.id))`,
      parentNames: sql<
        string[]
      >`to_json(array(select full_name from family_parents where family_parents.family_id = families.id))`,
    })
    .from(families)
    .where(eq(families.id, familyId))
  return family
}

// ---- Invoices ----------------------------------------------------------------------------------

/** A new invoice, unless the application has one of that number (the caller's 409). */
export async function insertInvoice(tx: Tx, values: typeof asfInvoices.$inferInsert) {
  const [row] = await tx
    .insert(asfInvoices)
    .values(values)
    .onConflictDoNothing({ target: [asfInvoices.applicationId, asfInvoices.invoiceNumber] })
    .returning({ id: asfInvoices.id })
  return row
}

/** An application's invoices, oldest first, with who recorded each. */
export async function findInvoices(db: Reader, applicationId: string) {
  return db
    .select({ invoice: asfInvoices, recordedByName: users.name })
    .from(asfInvoices)
    .leftJoin(users, eq(users.id, asfInvoices.recordedByUserId))
    .where(eq(asfInvoices.applicationId, applicationId))
    .orderBy(asc(asfInvoices.invoicedOn), asc(asfInvoices.createdAt), asc(asfInvoices.id))
}
export type AsfInvoiceRow = Awaited<ReturnType<typeof findInvoices>>[number]

// ---- Providers ---------------------------------------------------------------------------------

export async function findProviders(db: Reader, organisationId: string) {
  return db
    .select()
    .from(asfProviders)
    .where(eq(asfProviders.organisationId, organisationId))
    .orderBy(asc(sql`lower(${asfProviders.name})`), asc(asfProviders.id))
}

/** Which of `providerIds` are in the organisation's register. */
export async function findProviderIds(db: Reader, organisationId: string, providerIds: string[]) {
  if (providerIds.length === 0) return new Set<string>()
  const rows = await db
    .select({ id: asfProviders.id })
    .from(asfProviders)
    .where(
      and(eq(asfProviders.organisationId, organisationId), inArray(asfProviders.id, providerIds)),
    )
  return new Set(rows.map((row) => row.id))
}

/** A new provider, unless the register has one of that name (the caller's 409). */
export async function insertProvider(tx: Writer, values: typeof asfProviders.$inferInsert) {
  const [row] = await tx.insert(asfProviders).values(values).onConflictDoNothing().returning()
  return row
}

export async function findProvider(db: Reader, providerId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(asfProviders)
    .where(and(eq(asfProviders.id, providerId), eq(asfProviders.organisationId, organisationId)))
  return row
}

// ---- Figures -----------------------------------------------------------------------------------

// Sums of money are read as float8, not int: a whole agency's year can pass the £21.47m an int
// holds in pence, and a float8 holds every whole number of pence up to 2^53 exactly.

/**
 * A year's figures in scope: applications and children, how many were approved and declined, and
 * the money asked, approved and invoiced. Approved money counts once the fund has decided.
 */
export async function findFigureTotals(db: Reader, scope: SQL, financialYear: number) {
  const [row] = await db
    .select({
      applications: sql<number>`count(*)::int`,
      children: sql<number>`count(distinct ${asfApplications.childId})::int`,
      approved: sql<number>`(count(*) filter (where ${asfApplications.approvedPence} is not null))::int`,
      declined: sql<number>`(count(*) filter (where ${asfApplications.status} = 'declined'))::int`,
      requestedPence: sql<number>`coalesce(sum(${asfApplications.requestedPence}), 0)::float8`,
      approvedPence: sql<number>`coalesce(sum(${asfApplications.approvedPence}), 0)::float8`,
      invoicedPence: sql<number>`coalesce(sum(${asfApplications.invoicedPence}), 0)::float8`,
    })
    .from(asfApplications)
    .where(and(scope, eq(asfApplications.financialYear, financialYear)))
  return row!
}

/**
 * The year's money by therapy type or by provider, from the lines. An application approved in
 * part shares its approved amount among its lines by their cost; invoices are each line's own.
 */
export async function findFiguresByLine(
  db: Reader,
  scope: SQL,
  financialYear: number,
  by: 'therapy' | 'provider',
) {
  const key = by === 'therapy' ? asfApplicationLines.therapyType : asfApplicationLines.providerId
  return db
    .select({
      key: sql<string>`${key}::text`,
      providerName: sql<string | null>`min(${asfProviders.name})`,
      applications: sql<number>`count(distinct ${asfApplications.id})::int`,
      requestedPence: sql<number>`coalesce(sum(${asfApplicationLines.costPence}), 0)::float8`,
      approvedPence: sql<number>`coalesce(sum(case when ${asfApplications.approvedPence} is null or ${asfApplications.totalPence} = 0 then 0 else round(${asfApplicationLines.costPence}::numeric * ${asfApplications.approvedPence} / ${asfApplications.totalPence}) end), 0)::float8`,
      invoicedPence: sql<number>`coalesce(sum((select coalesce(sum(${asfInvoices.amountPence}), 0) from ${asfInvoices} where ${asfInvoices.lineId} = ${asfApplicationLines.id})), 0)::float8`,
    })
    .from(asfApplicationLines)
    .innerJoin(asfApplications, eq(asfApplications.id, asfApplicationLines.applicationId))
    .innerJoin(asfProviders, eq(asfProviders.id, asfApplicationLines.providerId))
    .where(and(scope, eq(asfApplications.financialYear, financialYear)))
    .groupBy(key)
    .orderBy(desc(sql`coalesce(sum(${asfApplicationLines.costPence}), 0)`), asc(key))
}

/**
 * A year's figures for whole councils, from the tallies the database keeps (migration 0019):
 * one row for the totals (`all`), one for the children, and one for each therapy type and
 * provider. A few dozen rows, whatever the number of applications. Rows whose applications have
 * all gone are left out.
 */
export async function findFiguresFromTallies(
  db: Reader,
  organisationId: string,
  localAuthorityIds: string[],
  financialYear: number,
) {
  if (localAuthorityIds.length === 0) return []
  const t = asfFigureTallies
  const key = sql<string>`case when ${t.dimension} = 'child' then '' else ${t.key} end`
  return db
    .select({
      dimension: t.dimension,
      key,
      providerName: sql<string | null>`min(${asfProviders.name})`,
      applications: sql<number>`sum(${t.applications})::int`,
      children: sql<number>`(count(distinct ${t.key}) filter (where ${t.dimension} = 'child'))::int`,
      approved: sql<number>`sum(${t.approved})::int`,
      declined: sql<number>`sum(${t.declined})::int`,
      requestedPence: sql<number>`sum(${t.requestedPence})::float8`,
      approvedPence: sql<number>`sum(${t.approvedPence})::float8`,
      invoicedPence: sql<number>`sum(${t.invoicedPence})::float8`,
    })
    .from(t)
    .leftJoin(
      asfProviders,
      and(eq(t.dimension, 'provider'), sql`${asfProviders.id}::text = ${t.key}`),
    )
    .where(
      and(
        eq(t.organisationId, organisationId),
        inArray(t.localAuthorityId, localAuthorityIds),
        eq(t.financialYear, financialYear),
        sql`${t.applications} > 0`,
      ),
    )
    .groupBy(t.dimension, key)
}

/** The names of the organisation's councils, by id. */
export async function findCouncilNames(db: Reader, organisationId: string) {
  const rows = await db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .where(eq(localAuthorities.organisationId, organisationId))
  return new Map(rows.map((row) => [row.id, row.name]))
}

/** Every application of a year in scope, for the CSV: one row each, no names. */
export async function findApplicationsForCsv(db: Reader, scope: SQL, financialYear: number) {
  return db
    .select({
      id: asfApplications.id,
      familyReference: families.reference,
      localAuthorityId: asfApplications.localAuthorityId,
      status: asfApplications.status,
      therapyTypes: summaryColumns.therapyTypes,
      totalPence: asfApplications.totalPence,
      matchFundingPence: asfApplications.matchFundingPence,
      requestedPence: asfApplications.requestedPence,
      approvedPence: asfApplications.approvedPence,
      invoicedPence: asfApplications.invoicedPence,
      fundReference: asfApplications.fundReference,
      submittedOn: asfApplications.submittedOn,
      decidedOn: asfApplications.decidedOn,
    })
    .from(asfApplications)
    .innerJoin(families, eq(families.id, asfApplications.familyId))
    .where(and(scope, eq(asfApplications.financialYear, financialYear)))
    .orderBy(asc(families.reference), asc(asfApplications.createdAt), asc(asfApplications.id))
}

// ---- The family's view -------------------------------------------------------------------------

/** The applications for an adoptive parent's children: no notes, no money. */
export async function findFamilyApplications(db: Reader, userId: string) {
  const rows = await db
    .select({
      id: asfApplications.id,
      childFirstName: children.firstName,
      financialYear: asfApplications.financialYear,
      status: asfApplications.status,
      submittedOn: asfApplications.submittedOn,
      decidedOn: asfApplications.decidedOn,
      therapies: sql<
        { therapyType: string; providerName: string; endsOn: string }[]
      >`coalesce((select json_agg(json_build_object('therapyType', ${asfApplicationLines.therapyType}, 'providerName', ${asfProviders.name}, 'endsOn', ${asfApplicationLines.endsOn}) order by ${asfApplicationLines.position}) from ${asfApplicationLines} join ${asfProviders} on ${asfProviders.id} = ${asfApplicationLines.providerId} where ${asfApplicationLines.applicationId} = ${asfApplications.id}), '[]'::json)`,
    })
    .from(asfApplications)
    .innerJoin(children, eq(children.id, asfApplications.childId))
    .where(
      and(
        sql`${asfApplications.familyId} in (select ${familyParents.familyId} from ${familyParents} where ${familyParents.userId} = ${userId})`,
        // A draft is the worker's, not yet the family's.
        not(eq(asfApplications.status, 'draft')),
      ),
    )
    .orderBy(
      desc(asfApplications.financialYear),
      asc(children.firstName),
      desc(asfApplications.createdAt),
    )
  return rows
}
