import type { Db } from '@asp/db'
import type { z } from 'zod'
import type { asfProviderInputSchema, changeAsfProviderSchema } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import {
  findProvider,
  findProviders,
  insertProvider,
  updateProviderAtVersion,
} from './asf.repository.ts'
import { toProvider } from './asf.views.ts'

type ProviderInput = z.output<typeof asfProviderInputSchema>
type ChangeProvider = z.output<typeof changeAsfProviderSchema>

const sameName = () =>
  new AppError('VALIDATION_FAILED', {
    fieldErrors: { name: 'A provider with this name is already in the register' },
  })

const columnsOf = (input: ProviderInput) => ({
  name: input.name,
  registrationBody: input.registrationBody,
  registrationNumber: input.registrationNumber,
  therapies: [...new Set(input.therapies)],
  sessionRatePence: input.sessionRatePence,
  contactEmail: input.contactEmail || null,
  contactPhone: input.contactPhone || null,
})

/** The agency's register of therapy providers: no case data, changes audited. */
export function asfProvidersService(db: Db, clock: Clock) {
  const audit = (actor: Actor, id: string, action: 'create' | 'update') =>
    recordAudit(db, auditContextOf(actor), { action, recordType: 'asf-provider', recordId: id })

  return {
    async list(actor: Actor) {
      const rows = await findProviders(db, actor.organisationId)
      return { providers: rows.map(toProvider) }
    },

    async create(actor: Actor, input: ProviderInput) {
      const now = clock()
      const row = await insertProvider(db, {
        organisationId: actor.organisationId,
        ...columnsOf(input),
        createdAt: now,
        updatedAt: now,
      })
      if (!row) throw sameName()
      await audit(actor, row.id, 'create')
      return toProvider(row)
    },

    async change(actor: Actor, providerId: string, body: ChangeProvider) {
      const current = await findProvider(db, providerId, actor.organisationId)
      if (!current) throw new AppError('NOT_FOUND')
      const updated = await updateProviderAtVersion(
        db,
        { id: providerId, version: body.version },
        columnsOf(body),
        clock(),
      ).catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') throw sameName()
        throw error
      })
      if (!updated) {
        throw new AppError('CONFLICT', {
          message: 'This provider was changed by someone else. Check it and try again',
        })
      }
      await audit(actor, providerId, 'update')
      return toProvider(updated)
    },
  }
}
