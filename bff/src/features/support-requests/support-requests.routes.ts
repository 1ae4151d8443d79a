import {
  and,
  count,
  eq,
  inArray,
  sql,
  staffLocalAuthorities,
  supportRequestDrafts,
  supportRequests,
  users,
  type Db,
  type SQL,
} from '@asp/db'
import {
  endpoints,
  supportStatuses,
  type SupportDraft,
  type SupportStatus,
} from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles, type Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { handle } from '../../platform/endpoint-router.ts'
import {
  countByStatus,
  findQueuePage,
  findQueueRows,
  staffRequestScope,
} from './support-requests.repository.ts'
import { familySupportService, supportLineService, type Clock } from './support-requests.service.ts'
import { findSupportSettings } from './support-settings.ts'
import { toQueueItem } from './support-requests.views.ts'

const families = ['adopter', 'birth_relative'] as const
/** Who triages, messages and writes notes: everyone on the support line. */
const supportLine = caseStaffRoles
/** Allocation is the team manager's decision (DOMAIN.md: "Team manager … allocates"). */
const managers = ['team_manager'] as const
const workersAndManagers = ['support_worker', 'team_manager'] as const

export const queuePageSize = 25

const openCondition = sql`${supportRequests.status} not in ('closed', 'withdrawn')`

async function countsByStatus(db: Db, where: SQL) {
  const counts = Object.fromEntries(supportStatuses.map((s) => [s, 0])) as Record<
    SupportStatus,
    number
  >
  for (const row of await countByStatus(db, where)) counts[row.status as SupportStatus] = row.total
  return counts
}

async function caseloads(db: Db, actor: Actor) {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      openCases: count(supportRequests.id),
    })
    .from(users)
    .leftJoin(supportRequests, and(eq(supportRequests.workerId, users.id), openCondition))
    .where(
      and(
        eq(users.organisationId, actor.organisationId),
        inArray(users.role, [...workersAndManagers]),
        sql`${users.disabledAt} is null`,
        inArray(
          users.id,
          db
            .select({ id: staffLocalAuthorities.userId })
            .from(staffLocalAuthorities)
            .where(inArray(staffLocalAuthorities.localAuthorityId, actor.localAuthorityIds)),
        ),
      ),
    )
    .groupBy(users.id, users.name, users.role)
    .orderBy(users.name)
  return rows.map((row) => ({ ...row, role: row.role as 'support_worker' | 'team_manager' }))
}

export function supportRequestRoutes(db: Db, options: { clock: Clock; publicUrl: string }) {
  const { clock, publicUrl } = options
  const mine = familySupportService(db, clock)
  const line = supportLineService(db, clock, publicUrl)

  return [
    // ---- Families and birth relatives ----
    handle(endpoints.getSupportDraft, access.signedIn(families), async ({ actor }) => {
      const [row] = await db
        .select()
        .from(supportRequestDrafts)
        .where(eq(supportRequestDrafts.userId, actor.userId))
      return {
        draft: (row?.draft as SupportDraft | undefined) ?? null,
        savedAt: row?.savedAt.toISOString() ?? null,
      }
    }),

    handle(endpoints.saveSupportDraft, access.signedIn(families), async ({ actor, body }) => {
      const savedAt = clock()
      await db
        .insert(supportRequestDrafts)
        .values({ userId: actor.userId, draft: body.draft, savedAt })
        .onConflictDoUpdate({
          target: supportRequestDrafts.userId,
          set: { draft: body.draft, savedAt },
        })
      return { draft: body.draft, savedAt: savedAt.toISOString() }
    }),

    handle(endpoints.askForSupport, access.signedIn(families), ({ actor, body }) =>
      mine.askForSupport(actor, body),
    ),

    handle(endpoints.findMySupportRequests, access.signedIn(families), ({ actor }) =>
      mine.findMine(actor),
    ),

    handle(endpoints.getMySupportRequest, access.signedIn(families), ({ actor, params }) =>
      mine.getMine(actor, params.supportRequestId),
    ),

    handle(endpoints.sendMyMessage, access.signedIn(families), ({ actor, params, body }) =>
      mine.sendMessage(actor, params.supportRequestId, body),
    ),

    handle(
      endpoints.withdrawMySupportRequest,
      access.signedIn(families),
      ({ actor, params, body }) => mine.withdraw(actor, params.supportRequestId, body),
    ),

    // ---- Staff ----
    handle(endpoints.logContact, access.signedIn(supportLine), ({ actor, body }) =>
      line.logContact(actor, body),
    ),

    handle(
      endpoints.findSupportRequests,
      access.signedIn(supportLine),
      async ({ actor, query }) => {
        const { rows, total } = await findQueuePage(
          db,
          staffRequestScope(actor),
          query,
          queuePageSize,
        )
        const now = clock()
        await recordAudit(db, auditContextOf(actor), {
          action: 'read',
          recordType: 'support-request',
          details: { queue: true, page: query.page, results: rows.length },
        })
        return {
          items: rows.map((row) => toQueueItem(row, now)),
          page: query.page,
          pageSize: queuePageSize,
          total,
        }
      },
    ),

    handle(endpoints.getSupportRequest, access.signedIn(supportLine), ({ actor, params }) =>
      line.get(actor, params.supportRequestId),
    ),

    handle(
      endpoints.triageSupportRequest,
      access.signedIn(supportLine),
      ({ actor, params, body }) => line.triage(actor, params.supportRequestId, body),
    ),

    handle(endpoints.allocateSupportRequest, access.signedIn(managers), ({ actor, params, body }) =>
      line.allocate(actor, params.supportRequestId, body),
    ),

    handle(
      endpoints.linkSupportRequestToFamily,
      access.signedIn(supportLine),
      ({ actor, params, body }) => line.linkFamily(actor, params.supportRequestId, body),
    ),

    handle(endpoints.addCaseNote, access.signedIn(supportLine), ({ actor, params, body }) =>
      line.addNote(actor, params.supportRequestId, body.body),
    ),

    handle(endpoints.sendTeamMessage, access.signedIn(supportLine), ({ actor, params, body }) =>
      line.sendMessage(actor, params.supportRequestId, body),
    ),

    handle(endpoints.closeSupportRequest, access.signedIn(supportLine), ({ actor, params, body }) =>
      line.close(actor, params.supportRequestId, body),
    ),

    handle(endpoints.findWorkers, access.signedIn(supportLine), async ({ actor }) => ({
      workers: await caseloads(db, actor),
    })),

    handle(endpoints.getMyWork, access.signedIn(supportLine), async ({ actor }) => {
      const where = and(staffRequestScope(actor), eq(supportRequests.workerId, actor.userId))!
      const [counts, rows] = await Promise.all([
        countsByStatus(db, where),
        findQueueRows(db, and(where, openCondition)!),
      ])
      const now = clock()
      const items = rows.map((row) => toQueueItem(row, now))
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        details: { myWork: true, results: items.length },
      })
      return { counts, overdue: items.filter((i) => i.response?.overdue).length, items }
    }),

    handle(endpoints.getTeamView, access.signedIn(managers), async ({ actor }) => {
      const scope = staffRequestScope(actor)
      const now = clock()
      const [counts, unallocated, overdueRows, alerts, workers] = await Promise.all([
        countsByStatus(db, scope),
        db
          .select({ total: count() })
          .from(supportRequests)
          .where(and(scope, eq(supportRequests.status, 'awaiting_allocation'))),
        db
          .select({ total: count() })
          .from(supportRequests)
          .where(
            and(
              scope,
              openCondition,
              sql`${supportRequests.firstRespondedAt} is null`,
              sql`${supportRequests.responseDueOn} < ${new Intl.DateTimeFormat('en-CA', {
                timeZone: 'Europe/London',
              }).format(now)}`,
            ),
          ),
        findQueueRows(db, and(scope, openCondition, eq(supportRequests.safeguarding, true))!, 50),
        caseloads(db, actor),
      ])
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        details: { teamView: true },
      })
      return {
        countsByStatus: counts,
        overdue: overdueRows[0]?.total ?? 0,
        unallocated: unallocated[0]?.total ?? 0,
        safeguardingAlerts: alerts.map((row) => toQueueItem(row, now)),
        workers,
      }
    }),

    handle(endpoints.getSupportSettings, access.signedIn(supportLine), async ({ actor }) => {
      const settings = await findSupportSettings(db, actor.organisationId)
      return {
        dutyHours: settings.dutyHours,
        responseStandards: settings.responseDays,
        tiers: settings.tiers,
      }
    }),
  ]
}
