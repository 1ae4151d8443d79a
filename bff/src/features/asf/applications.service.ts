import type { Db, Tx } from '@asp/db'
import type { z } from 'zod'
import type {
  AsfApplicationStatus,
  AsfTherapyType,
  asfAllowanceQuerySchema,
  asfApplicationInputSchema,
  asfApplicationsQuerySchema,
  asfNewApplicationQuerySchema,
  changeAsfApplicationSchema,
  moveAsfApplicationSchema,
  recordAsfInvoiceSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import {
  addWorkingDays,
  loadBankHolidays,
  toLondonDate,
} from '../../platform/working-days/working-days.ts'
import { staffFamilyScope } from '../families/index.ts'
import { allowedAsfActions, checkAsfAction, nextAsfStatus } from './asf-states.ts'
import {
  deleteLines,
  findApplication,
  findApplications,
  findChildInScope,
  findChildrenOfFamily,
  findCommitted,
  findEvents,
  findIdentifyingWords,
  findInvoices,
  findLines,
  findPlanService,
  findProviderIds,
  findRuleSets,
  insertApplication,
  insertEvent,
  insertInvoice,
  insertLines,
  lockApplication,
  setEndScore,
  staffAsfScope,
  updateApplicationAtVersion,
  type AsfApplicationRow,
} from './asf.repository.ts'
import { toApplication, toRules, toSummary } from './asf.views.ts'
import { summaryOf } from './summary.ts'
import {
  financialYearBounds,
  financialYearOf,
  formatPence,
  judgeApplication,
  remainingFor,
  ruleSetFor,
} from './fund-rules.ts'

type ApplicationInput = z.output<typeof asfApplicationInputSchema>
type ChangeApplication = z.output<typeof changeAsfApplicationSchema>
type Move = z.output<typeof moveAsfApplicationSchema>
type RecordInvoice = z.output<typeof recordAsfInvoiceSchema>
type ListQuery = z.output<typeof asfApplicationsQuerySchema>

const holidays = loadBankHolidays()
const pageSize = 50

const notFound = () => new AppError('NOT_FOUND')
const changedBySomeoneElse = () =>
  new AppError('CONFLICT', {
    message: 'This application was changed by someone else. Check it and try again',
  })
const invalid = (fieldErrors: Record<string, string>) =>
  new AppError('VALIDATION_FAILED', { fieldErrors })

/**
 * Fund applications, for staff: made for a child and a year, judged by the fund's rules in force
 * for it, taken through approval and the fund's decision by the state machine, and paid through
 * invoices that never go over the approved amount. Every read and write is audited.
 */
export function asfApplicationsService(db: Db, clock: Clock) {
  async function audit(
    tx: Db | Tx,
    actor: Actor,
    application: Pick<AsfApplicationRow, 'id' | 'localAuthorityId'>,
    action: 'read' | 'create' | 'update',
    details?: Record<string, unknown>,
  ) {
    await recordAudit(tx, auditContextOf(actor), {
      action,
      recordType: 'asf-application',
      recordId: application.id,
      localAuthorityId: application.localAuthorityId,
      ...(details ? { details } : {}),
    })
  }

  async function load(actor: Actor, applicationId: string) {
    const row = await findApplication(db, applicationId, staffAsfScope(actor))
    if (!row) throw notFound()
    const [lines, events, invoices] = await Promise.all([
      findLines(db, applicationId),
      findEvents(db, applicationId),
      findInvoices(db, applicationId),
    ])
    const application = toApplication(row, {
      lines,
      events,
      invoices,
      allowedActions: allowedAsfActions(row.application.status as AsfApplicationStatus, actor.role),
      today: toLondonDate(clock()),
      holidays,
    })
    return { row, application }
  }

  const view = async (actor: Actor, applicationId: string) =>
    (await load(actor, applicationId)).application

  async function lockAtVersion(tx: Tx, actor: Actor, applicationId: string, version: number) {
    const row = await lockApplication(tx, applicationId, staffAsfScope(actor))
    if (!row) throw notFound()
    if (row.version !== version) throw changedBySomeoneElse()
    return row
  }

  async function update(
    tx: Tx,
    row: AsfApplicationRow,
    changes: Parameters<typeof updateApplicationAtVersion>[2],
    now: Date,
  ) {
    const updated = await updateApplicationAtVersion(
      tx,
      { id: row.id, version: row.version },
      changes,
      now,
    )
    if (!updated) throw changedBySomeoneElse()
    return updated
  }

  /** The rules for the year, what the child has left, and the lines judged against both. */
  async function judge(
    reader: Db | Tx,
    organisationId: string,
    childId: string,
    input: Pick<ApplicationInput, 'financialYear' | 'lines' | 'matchFundingPence'>,
    madeOn: string,
    exceptId?: string,
  ) {
    const fieldErrors: Record<string, string> = {}
    const providers = await findProviderIds(
      reader,
      organisationId,
      input.lines.map((line) => line.providerId),
    )
    input.lines.forEach((line, index) => {
      if (!providers.has(line.providerId)) {
        fieldErrors[`lines.${index}.providerId`] = 'Select a provider from the register'
      }
    })
    const ruleSet = ruleSetFor(await findRuleSets(reader), input.financialYear, madeOn)
    const committed = await findCommitted(reader, childId, input.financialYear, exceptId)
    const judgement = judgeApplication(
      toRules(ruleSet),
      committed,
      input.lines,
      input.matchFundingPence,
    )
    Object.assign(fieldErrors, judgement.fieldErrors)
    if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors)
    return { ruleSet, judgement }
  }

  const dueOnAfter = (assessedOn: string, workingDays: number) =>
    addWorkingDays(new Date(`${assessedOn}T12:00:00Z`), workingDays, holidays)

  return {
    async get(actor: Actor, applicationId: string) {
      const { row, application } = await load(actor, applicationId)
      await audit(db, actor, row.application, 'read')
      return application
    },

    /** The de-identified summary for the fund's portal, as a text file. */
    async summary(actor: Actor, applicationId: string) {
      const { row, application } = await load(actor, applicationId)
      const words = await findIdentifyingWords(db, row.application.familyId)
      if (!words) throw notFound()
      await audit(db, actor, row.application, 'read', { file: 'fund-summary' })
      return summaryOf(
        application,
        { dateOfBirth: row.childDateOfBirth },
        words,
        toLondonDate(clock()),
      )
    },

    async find(actor: Actor, query: ListQuery) {
      const { rows, total } = await findApplications(db, staffAsfScope(actor), query, {
        limit: pageSize,
        offset: (query.page - 1) * pageSize,
      })
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'asf-application-list',
        details: { ...query, shown: rows.length },
      })
      return { applications: rows.map(toSummary), total, page: query.page, pageSize }
    },

    /** What a new application starts from: the child, or the plan service's family's children. */
    async startingPoint(actor: Actor, query: z.output<typeof asfNewApplicationQuerySchema>) {
      const scope = staffFamilyScope(actor)
      const financialYear = financialYearOf(toLondonDate(clock()))
      if (query.planServiceId) {
        const service = await findPlanService(db, query.planServiceId, scope)
        if (!service) throw notFound()
        const children = await findChildrenOfFamily(db, service.familyId, scope)
        await recordAudit(db, auditContextOf(actor), {
          action: 'read',
          recordType: 'family',
          recordId: service.familyId,
          localAuthorityId: service.localAuthorityId,
          details: { for: 'asf-new-application', planServiceId: service.id },
        })
        return {
          children: children.map((c) => ({
            id: c.id,
            name: `${c.firstName} ${c.lastName}`,
            familyReference: c.familyReference,
          })),
          planService: {
            id: service.id,
            description: service.description,
            provider: service.provider,
            costPence: service.costPence,
            endsOn: service.endsOn,
            assessedOn: service.decidedAt ? toLondonDate(service.decidedAt) : toLondonDate(clock()),
          },
          financialYear,
        }
      }
      if (!query.childId) throw invalid({ childId: 'Select the child' })
      const child = await findChildInScope(db, query.childId, scope)
      if (!child) throw notFound()
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'family',
        recordId: child.familyId,
        localAuthorityId: child.localAuthorityId,
        details: { for: 'asf-new-application', childId: child.id },
      })
      return {
        children: [
          {
            id: child.id,
            name: `${child.firstName} ${child.lastName}`,
            familyReference: child.familyReference,
          },
        ],
        planService: null,
        financialYear,
      }
    },

    async allowance(actor: Actor, query: z.output<typeof asfAllowanceQuerySchema>) {
      const child = await findChildInScope(db, query.childId, staffFamilyScope(actor))
      if (!child) throw notFound()
      // An application being changed keeps the rules of the day it was made, as `change` does.
      let madeOn = toLondonDate(clock())
      if (query.exceptApplicationId) {
        const changing = await findApplication(db, query.exceptApplicationId, staffAsfScope(actor))
        if (!changing || changing.application.childId !== child.id) throw notFound()
        madeOn = toLondonDate(changing.application.createdAt)
      }
      const rules = toRules(ruleSetFor(await findRuleSets(db), query.financialYear, madeOn))
      const committed = await findCommitted(
        db,
        child.id,
        query.financialYear,
        query.exceptApplicationId,
      )
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'family',
        recordId: child.familyId,
        localAuthorityId: child.localAuthorityId,
        details: { for: 'asf-allowance', childId: child.id, financialYear: query.financialYear },
      })
      return {
        childId: child.id,
        financialYear: query.financialYear,
        ...financialYearBounds(query.financialYear),
        rules,
        committedPence: committed.totalPence,
        committedAssessmentPence: committed.assessmentPence,
        ...remainingFor(rules, committed),
      }
    },

    async create(actor: Actor, input: ApplicationInput) {
      const scope = staffFamilyScope(actor)
      const child = await findChildInScope(db, input.childId, scope)
      if (!child) throw invalid({ childId: 'Select the child' })
      let assessmentId: string | null = null
      if (input.planServiceId) {
        const service = await findPlanService(db, input.planServiceId, scope)
        if (!service || service.familyId !== child.familyId) {
          throw invalid({ planServiceId: 'Select a service of the child’s support plan' })
        }
        assessmentId = service.assessmentId
      }
      const now = clock()
      const today = toLondonDate(now)
      const applicationId = await db.transaction(async (tx) => {
        const { ruleSet, judgement } = await judge(tx, child.organisationId, child.id, input, today)
        const created = await insertApplication(tx, {
          organisationId: child.organisationId,
          localAuthorityId: child.localAuthorityId,
          familyId: child.familyId,
          childId: child.id,
          planServiceId: input.planServiceId ?? null,
          assessmentId,
          financialYear: input.financialYear,
          ruleSetId: ruleSet.id,
          eligibility: input.eligibility,
          justification: input.justification,
          assessedOn: input.assessedOn,
          dueOn: dueOnAfter(input.assessedOn, ruleSet.applicationDueWorkingDays),
          status: 'draft',
          totalPence: judgement.totalPence,
          matchFundingPence: input.matchFundingPence,
          requestedPence: judgement.requestedPence,
          workerUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        await insertLines(tx, created.id, input.lines)
        await insertEvent(tx, {
          applicationId: created.id,
          status: 'draft',
          happenedOn: today,
          byUserId: actor.userId,
        })
        await audit(tx, actor, created, 'create', {
          financialYear: input.financialYear,
          lines: input.lines.length,
          requestedPence: judgement.requestedPence,
        })
        return created.id
      })
      return view(actor, applicationId)
    },

    async change(actor: Actor, applicationId: string, body: ChangeApplication) {
      const now = clock()
      await db.transaction(async (tx) => {
        const row = await lockAtVersion(tx, actor, applicationId, body.version)
        checkAsfAction(row.status as AsfApplicationStatus, 'change', actor.role)
        const { ruleSet, judgement } = await judge(
          tx,
          row.organisationId,
          row.childId,
          body,
          toLondonDate(row.createdAt),
          row.id,
        )
        const updated = await update(
          tx,
          row,
          {
            financialYear: body.financialYear,
            ruleSetId: ruleSet.id,
            eligibility: body.eligibility,
            justification: body.justification,
            assessedOn: body.assessedOn,
            dueOn: dueOnAfter(body.assessedOn, ruleSet.applicationDueWorkingDays),
            totalPence: judgement.totalPence,
            matchFundingPence: body.matchFundingPence,
            requestedPence: judgement.requestedPence,
          },
          now,
        )
        await deleteLines(tx, row.id)
        await insertLines(tx, row.id, body.lines)
        await audit(tx, actor, updated, 'update', {
          change: 'details',
          lines: body.lines.length,
          requestedPence: judgement.requestedPence,
        })
      })
      return view(actor, applicationId)
    },

    async move(actor: Actor, applicationId: string, body: Move) {
      const now = clock()
      const today = toLondonDate(now)
      await db.transaction(async (tx) => {
        const row = await lockAtVersion(tx, actor, applicationId, body.version)
        const from = row.status as AsfApplicationStatus
        const status = nextAsfStatus(
          from,
          body.action,
          actor.role,
          body.action === 'record_decision' ? body.outcome : undefined,
        )
        const happenedOn = 'happenedOn' in body ? body.happenedOn : today
        if (happenedOn > today)
          throw invalid({ happenedOn: 'The date must be today or in the past' })
        const changes: Parameters<typeof updateApplicationAtVersion>[2] = { status }
        let note: string | null = 'note' in body ? (body.note ?? null) : null

        switch (body.action) {
          case 'submit_to_fund':
            changes.fundReference = body.fundReference
            changes.submittedOn = row.submittedOn ?? body.happenedOn
            note = `Fund reference ${body.fundReference}`
            break
          case 'record_decision':
            if (body.outcome === 'approved') {
              if (body.approvedPence === undefined) {
                throw invalid({ approvedPence: 'Enter the amount approved' })
              }
              if (body.approvedPence > row.requestedPence) {
                throw invalid({
                  approvedPence: `The amount approved must be ${formatPence(row.requestedPence)} or less: the amount asked for`,
                })
              }
              if (body.approvedPence === 0) {
                throw invalid({
                  approvedPence:
                    'Enter an amount more than £0, or record the application as declined',
                })
              }
              changes.approvedPence = body.approvedPence
            }
            changes.decidedOn = body.happenedOn
            break
          case 'complete':
            for (const score of body.endScores) {
              await setEndScore(tx, row.id, score.lineId, score.endScore)
            }
            break
          default:
            break
        }
        const updated = await update(tx, row, changes, now)
        await insertEvent(tx, {
          applicationId: row.id,
          status,
          happenedOn,
          note,
          byUserId: actor.userId,
        })
        await audit(tx, actor, updated, 'update', {
          step: body.action,
          status,
          from,
          ...(changes.approvedPence !== undefined ? { approvedPence: changes.approvedPence } : {}),
        })
      })
      return view(actor, applicationId)
    },

    /** Next year's application from this one: the same lines, as a draft, judged afresh. */
    async renew(actor: Actor, applicationId: string) {
      const { row, application } = await load(actor, applicationId)
      checkAsfAction(application.status, 'renew', actor.role)
      const now = clock()
      const today = toLondonDate(now)
      const financialYear = Math.max(application.financialYear + 1, financialYearOf(today))
      const lines = application.lines.map((line) => ({
        therapyType: line.therapyType as AsfTherapyType,
        providerId: line.providerId,
        sessions: line.sessions,
        costPence: line.costPence,
        outcomeTool: line.outcomeTool,
        ...(line.endScore !== null ? { baselineScore: line.endScore } : {}),
        endsOn: financialYearBounds(financialYear).endsOn,
      }))
      const renewedId = await db.transaction(async (tx) => {
        const { ruleSet, judgement } = (await judge(
          tx,
          row.application.organisationId,
          application.childId,
          { financialYear, lines, matchFundingPence: 0 },
          today,
        ).catch((error: unknown) => {
          // Over next year's limit as it stands: the worker changes the draft's lines.
          if (error instanceof AppError && error.code === 'VALIDATION_FAILED') return undefined
          throw error
        })) ?? {
          ruleSet: ruleSetFor(await findRuleSets(tx), financialYear, today),
          judgement: {
            totalPence: lines.reduce((sum, line) => sum + line.costPence, 0),
            requestedPence: lines.reduce((sum, line) => sum + line.costPence, 0),
          },
        }
        const created = await insertApplication(tx, {
          organisationId: row.application.organisationId,
          localAuthorityId: row.application.localAuthorityId,
          familyId: row.application.familyId,
          childId: row.application.childId,
          planServiceId: row.application.planServiceId,
          assessmentId: row.application.assessmentId,
          renewsApplicationId: row.application.id,
          financialYear,
          ruleSetId: ruleSet.id,
          eligibility: row.application.eligibility,
          justification: row.application.justification,
          assessedOn: today,
          dueOn: dueOnAfter(today, ruleSet.applicationDueWorkingDays),
          status: 'draft',
          totalPence: judgement.totalPence,
          matchFundingPence: 0,
          requestedPence: judgement.requestedPence,
          workerUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        await insertLines(tx, created.id, lines)
        await insertEvent(tx, {
          applicationId: created.id,
          status: 'draft',
          happenedOn: today,
          note: 'Renewed from the year before',
          byUserId: actor.userId,
        })
        await audit(tx, actor, created, 'create', { renews: row.application.id, financialYear })
        return created.id
      })
      return view(actor, renewedId)
    },

    /**
     * An invoice against one approved line. Invoices add up rather than replace, so no version is
     * asked for: the application's row is locked, two invoices at once are added one after the
     * other against what is left, and the database's check refuses any total over the approved
     * amount as well.
     */
    async recordInvoice(actor: Actor, applicationId: string, body: RecordInvoice) {
      const now = clock()
      await db.transaction(async (tx) => {
        const row = await lockApplication(tx, applicationId, staffAsfScope(actor))
        if (!row) throw notFound()
        checkAsfAction(row.status as AsfApplicationStatus, 'record_invoice', actor.role)
        const lines = await findLines(tx, row.id)
        if (!lines.some(({ line }) => line.id === body.lineId)) {
          throw invalid({ lineId: 'Select the therapy the invoice is for' })
        }
        if (body.invoicedOn > toLondonDate(now)) {
          throw invalid({ invoicedOn: 'The date of the invoice must be today or in the past' })
        }
        const remaining = (row.approvedPence ?? 0) - row.invoicedPence
        if (body.amountPence > remaining) {
          throw invalid({
            amountPence: `The amount must be ${formatPence(remaining)} or less: what is left of the approved amount`,
          })
        }
        const inserted = await insertInvoice(tx, {
          applicationId: row.id,
          lineId: body.lineId,
          invoiceNumber: body.invoiceNumber,
          invoicedOn: body.invoicedOn,
          amountPence: body.amountPence,
          recordedByUserId: actor.userId,
          createdAt: now,
        })
        if (!inserted) {
          throw invalid({ invoiceNumber: 'An invoice with this number is already recorded' })
        }
        const updated = await update(
          tx,
          row,
          { invoicedPence: row.invoicedPence + body.amountPence },
          now,
        )
        await audit(tx, actor, updated, 'update', {
          change: 'invoice',
          invoiceId: inserted.id,
          amountPence: body.amountPence,
        })
      })
      return view(actor, applicationId)
    },
  }
}
