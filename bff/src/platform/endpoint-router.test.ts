import express from 'express'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineEndpoint } from '../contract/index.ts'
import { access } from './access.ts'
import { handle, routerFor } from './endpoint-router.ts'
import { errorHandler } from './error-handler.ts'
import { createLogger } from './logger.ts'
import { requestLogger } from './logger.ts'

const createThing = defineEndpoint({
  method: 'post',
  path: '/things/:thingId',
  summary: 'test endpoint',
  tag: 'test',
  params: z.object({ thingId: z.uuid({ error: 'Enter a valid reference' }) }),
  body: z.strictObject({
    postcode: z.string({ error: 'Enter your postcode' }).min(1, 'Enter your postcode'),
    name: z.string({ error: 'Enter your full name' }).min(1, 'Enter your full name'),
  }),
  response: z.object({ id: z.string(), postcode: z.string() }),
  successStatus: 201,
})

function appWith() {
  const app = express()
  app.use(requestLogger(createLogger('silent')))
  app.use(express.json())
  app.use(
    routerFor([
      handle(createThing, access.anyone, ({ params, body }) => ({
        id: params.thingId,
        postcode: body.postcode,
      })),
    ]),
  )
  app.use(errorHandler)
  return app
}

const id = '7b0e5c1e-6f0a-4f7e-9a53-2f1f3c6a9d11'

describe('handle', () => {
  it('passes parsed input to the handler and answers with the success status', async () => {
    const res = await request(appWith())
      .post(`/things/${id}`)
      .send({ postcode: 'CV1 2GT', name: 'Sam Taylor' })
      .expect(201)
    expect(res.body).toEqual({ id, postcode: 'CV1 2GT' })
  })

  it('answers bad input with 400 and GOV.UK messages per field, in form order', async () => {
    const res = await request(appWith()).post(`/things/${id}`).send({}).expect(400)
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'There is a problem with what you entered',
      fieldErrors: { postcode: 'Enter your postcode', name: 'Enter your full name' },
    })
    expect(Object.keys(res.body.fieldErrors)).toEqual(['postcode', 'name'])
  })

  it('refuses unknown keys (ASVS 2.2.1)', async () => {
    const res = await request(appWith())
      .post(`/things/${id}`)
      .send({ postcode: 'CV1 2GT', name: 'Sam Taylor', isAdmin: true })
      .expect(400)
    expect(res.body.fieldErrors).toEqual({ isAdmin: 'This field is not allowed' })
  })

  it('validates path parameters too', async () => {
    const res = await request(appWith())
      .post('/things/not-a-uuid')
      .send({ postcode: 'CV1 2GT', name: 'Sam Taylor' })
      .expect(400)
    expect(res.body.fieldErrors).toEqual({ thingId: 'Enter a valid reference' })
  })
})
