import type { Db } from '@asp/db'
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
  staffAsfScope,
} from './asf.repository.ts'
import { financialYearName } from './fund-rules.ts'

type FiguresQuery = z.output<typeof asfFiguresQuerySchema>

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

  return {
    async figures(actor: Actor, query: FiguresQuery) {
      const scope = scopeOf(actor, query)
      const [totals, byTherapy, byProvider] = await Promise.all([
        findFigureTotals(db, scope, query.financialYear),
        findFiguresByLine(db, scope, query.financialYear, 'therapy'),
        findFiguresByLine(db, scope, query.financialYear, 'provider'),
      ])
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'asf-figures',
        localAuthorityId: query.localAuthorityId ?? null,
        details: { financialYear: query.financialYear },
      })
      const row = (r: (typeof byTherapy)[number], name: string) => ({
        key: r.key,
        name,
        applications: r.applications,
        requestedPence: r.requestedPence,
        approvedPence: r.approvedPence,
        invoicedPence: r.invoicedPence,
      })
      return {
        financialYear: query.financialYear,
        localAuthorityId: query.localAuthorityId ?? null,
        totals,
        byTherapyType: byTherapy.map((r) =>
          row(r, asfTherapyTypeNames[r.key as AsfTherapyType] ?? r.key),
        ),
        byProvider: byProvider.map((r) => row(r, r.providerName ?? '')),
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
