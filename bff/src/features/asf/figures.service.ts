import type { Db, SQL } from '@asp/db'
import type { z } from 'zod'
import {
  asfApplicationStatusNames,
  asfTherapyTypeNames,
  type AsfApplicationStatus,
  type AsfTherapyType,
  type asfFiguresQuerySchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { toCsv } from '../../platform/csv/csv.ts'
import { AppError } from '../../platform/errors.ts'
import {
  findApplicationsForCsv,
  findCouncilNames,
  findFigureTotals,
  findFiguresByLine,
  findFiguresFromTallies,
  staffAsfScope,
} from './asf.repository.ts'
import { financialYearName } from './fund-rules.ts'

type FiguresQuery = z.output<typeof asfFiguresQuerySchema>

interface FigureCounts {
  key: string
  applications: number
  requestedPence: number
  approvedPence: number
  invoicedPence: number
}

const figureRow = (r: FigureCounts, name: string) => ({
  key: r.key,
  name,
  applications: r.applications,
  requestedPence: r.requestedPence,
  approvedPence: r.approvedPence,
  invoicedPence: r.invoicedPence,
})

/** The most money asked for first; the same order however the figures were read. */
const largestFirst = (a: FigureCounts, b: FigureCounts) =>
  b.requestedPence - a.requestedPence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/** "1234.50": money in a spreadsheet's own terms, pounds with two places. */
const poundsCell = (pence: number | null) => (pence === null ? '' : (pence / 100).toFixed(2))

/**
 * A financial year's applications and money for finance and managers: in the caller's councils,
 * or one of them; by therapy type and by provider; and every application as a CSV row.
 */
export function asfFiguresService(db: Db) {
  /** The caller's scope, narrowed to one council when asked for one they may reach. */
  function scopeOf(actor: Actor, query: FiguresQuery) {
    if (query.localAuthorityId && !actor.localAuthorityIds.includes(query.localAuthorityId)) {
      throw new AppError('NOT_FOUND')
    }
    return staffAsfScope(
      query.localAuthorityId ? { ...actor, localAuthorityIds: [query.localAuthorityId] } : actor,
    )
  }

  /**
   * Whole councils' figures come from the tallies the database keeps (ADR 0020), in one short
   * read. A member of staff with a conflict of interest may not count that family's applications,
   * which the tallies cannot take out, so theirs are counted from the applications.
   */
  async function fromTallies(actor: Actor, query: FiguresQuery) {
    const rows = await findFiguresFromTallies(
      db,
      actor.organisationId,
      query.localAuthorityId ? [query.localAuthorityId] : actor.localAuthorityIds,
      query.financialYear,
    )
    const all = rows.find((r) => r.dimension === 'all')
    return {
      totals: {
        applications: all?.applications ?? 0,
        children: rows.find((r) => r.dimension === 'child')?.children ?? 0,
        approved: all?.approved ?? 0,
        declined: all?.declined ?? 0,
        requestedPence: all?.requestedPence ?? 0,
        approvedPence: all?.approvedPence ?? 0,
        invoicedPence: all?.invoicedPence ?? 0,
      },
      byTherapy: rows.filter((r) => r.dimension === 'therapy'),
      byProvider: rows.filter((r) => r.dimension === 'provider'),
    }
  }

  async function counted(scope: SQL, financialYear: number) {
    const [totals, byTherapy, byProvider] = await Promise.all([
      findFigureTotals(db, scope, financialYear),
      findFiguresByLine(db, scope, financialYear, 'therapy'),
      findFiguresByLine(db, scope, financialYear, 'provider'),
    ])
    return { totals, byTherapy, byProvider }
  }

  return {
    async figures(actor: Actor, query: FiguresQuery) {
      const scope = scopeOf(actor, query)
      const { totals, byTherapy, byProvider } =
        actor.conflictedFamilyIds.length === 0
          ? await fromTallies(actor, query)
          : await counted(scope, query.financialYear)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'asf-figures',
        localAuthorityId: query.localAuthorityId ?? null,
        details: { financialYear: query.financialYear },
      })
      return {
        financialYear: query.financialYear,
        localAuthorityId: query.localAuthorityId ?? null,
        totals,
        byTherapyType: byTherapy
          .map((r) => figureRow(r, asfTherapyTypeNames[r.key as AsfTherapyType] ?? r.key))
          .sort(largestFirst),
        byProvider: byProvider.map((r) => figureRow(r, r.providerName ?? '')).sort(largestFirst),
      }
    },

    async csv(actor: Actor, query: FiguresQuery) {
      const scope = scopeOf(actor, query)
      const [rows, councilName] = await Promise.all([
        findApplicationsForCsv(db, scope, query.financialYear),
        findCouncilNames(db, actor.organisationId),
      ])
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'asf-figures',
        localAuthorityId: query.localAuthorityId ?? null,
        details: { financialYear: query.financialYear, file: 'csv', rows: rows.length },
      })
      const content = toCsv([
        [
          'Application',
          'Family reference',
          'Local authority',
          'Financial year',
          'Status',
          'Therapies',
          'Total (£)',
          'Match funding (£)',
          'Requested (£)',
          'Approved (£)',
          'Invoiced (£)',
          'Fund reference',
          'Submitted',
          'Decided',
        ],
        ...rows.map((r) => [
          r.id,
          r.familyReference,
          councilName.get(r.localAuthorityId) ?? '',
          financialYearName(query.financialYear),
          asfApplicationStatusNames[r.status as AsfApplicationStatus] ?? r.status,
          r.therapyTypes.map((t) => asfTherapyTypeNames[t as AsfTherapyType] ?? t).join('; '),
          poundsCell(r.totalPence),
          poundsCell(r.matchFundingPence),
          poundsCell(r.requestedPence),
          poundsCell(r.approvedPence),
          poundsCell(r.invoicedPence),
          r.fundReference ?? '',
          r.submittedOn ?? '',
          r.decidedOn ?? '',
        ]),
      ])
      const area = query.localAuthorityId ? `-${query.localAuthorityId.slice(0, 8)}` : ''
      return { fileName: `asf-${query.financialYear}${area}.csv`, content }
    },
  }
}
