import type { MyLetter, Role, myLetterboxSchema } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import type { z } from 'zod'
import { buildSession } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { buildMyLetterbox, photoId } from './factories.ts'

type MyLetterbox = z.infer<typeof myLetterboxSchema>

export function signedInAs(role: Role = 'adopter') {
  server.use(sessionHandler(buildSession({ user: { role } })))
}

/** `GET /api/letterbox` answers with `current()`, read at each request. */
export function myLetterboxHandler(current: () => MyLetterbox = () => buildMyLetterbox()) {
  return http.get(mswPath('getMyLetterbox'), () => HttpResponse.json<MyLetterbox>(current()))
}

/** What `POST …/photos` was sent: the name as decoded from `X-File-Name`, the type and bytes. */
export interface ReceivedPhoto {
  fileName: string
  contentType: string | null
  size: number
}

type Refusal = Response | null

/**
 * Letters held here as the BFF keeps them, behind the endpoints that read and change them: a save
 * or send moves a letter's version on, a photo added shows on it afterwards, and a letter started
 * is `started`. Each `answer…` may refuse a request instead (a 400 or a 409, say); `received`
 * records what each endpoint was sent.
 */
export function letterHandlers(
  initial: MyLetter,
  {
    started,
    answerSave = () => null,
    answerSend = () => null,
    answerPhoto = () => null,
    answerStart = () => null,
  }: {
    /** What `POST …/letters` makes: a new draft, or a reply. */
    started?: MyLetter
    answerSave?: (body: { version: number; body: string }) => Refusal
    answerSend?: (body: { version: number; body: string }) => Refusal
    answerPhoto?: (photo: ReceivedPhoto) => Refusal
    answerStart?: (body: { replyToLetterId?: string; body?: string }) => Refusal
  } = {},
) {
  const letters = new Map<string, MyLetter>([[initial.id, initial]])
  const letterOf = (params: Record<string, unknown>) => {
    const letter = letters.get(String(params.letterId))
    if (letter === undefined) {
      throw new Error(`No letter ${String(params.letterId)} in this test`)
    }
    return letter
  }
  const update = (letter: MyLetter) => {
    letters.set(letter.id, letter)
    return letter
  }
  const received = {
    gets: 0,
    saves: [] as { version: number; body: string }[],
    sends: [] as { version: number; body: string }[],
    photos: [] as ReceivedPhoto[],
    removed: [] as string[],
    starts: [] as { agreementId: string; body: { replyToLetterId?: string; body?: string } }[],
  }
  const handlers = [
    http.get(mswPath('getMyLetter'), ({ params }) => {
      received.gets += 1
      return HttpResponse.json<MyLetter>(letterOf(params))
    }),
    http.put(mswPath('saveLetter'), async ({ request, params }) => {
      const body = (await request.json()) as { version: number; body: string }
      received.saves.push(body)
      const refused = answerSave(body)
      if (refused !== null) {
        return refused
      }
      const letter = letterOf(params)
      return HttpResponse.json<MyLetter>(
        update({ ...letter, body: body.body, version: letter.version + 1 }),
      )
    }),
    http.post(mswPath('sendLetter'), async ({ request, params }) => {
      const body = (await request.json()) as { version: number; body: string }
      received.sends.push(body)
      const refused = answerSend(body)
      if (refused !== null) {
        return refused
      }
      const letter = letterOf(params)
      return HttpResponse.json<MyLetter>(
        update({
          ...letter,
          progress: 'received',
          canEdit: false,
          submittedAt: '2026-10-03T13:30:00.000Z',
          version: letter.version + 1,
        }),
      )
    }),
    http.post(mswPath('addLetterPhoto'), async ({ request, params }) => {
      const photo: ReceivedPhoto = {
        fileName: decodeURIComponent(request.headers.get('x-file-name') ?? ''),
        contentType: request.headers.get('content-type'),
        size: (await request.arrayBuffer()).byteLength,
      }
      received.photos.push(photo)
      const refused = answerPhoto(photo)
      if (refused !== null) {
        return refused
      }
      const letter = letterOf(params)
      const added = {
        id: photoId(letter.photos.length + 1),
        status: 'pending' as const,
        width: 800,
        height: 600,
      }
      update({ ...letter, photos: [...letter.photos, added] })
      return HttpResponse.json(added, { status: 201 })
    }),
    http.delete(mswPath('removeLetterPhoto'), ({ params }) => {
      const id = String(params.photoId)
      received.removed.push(id)
      const letter = letterOf(params)
      update({ ...letter, photos: letter.photos.filter((photo) => photo.id !== id) })
      return HttpResponse.json({ ok: true as const })
    }),
    http.post(mswPath('startLetter'), async ({ request, params }) => {
      const body = (await request.json()) as { replyToLetterId?: string; body?: string }
      received.starts.push({ agreementId: String(params.agreementId), body })
      const refused = answerStart(body)
      if (refused !== null) {
        return refused
      }
      if (started === undefined) {
        throw new Error('This test starts no letter')
      }
      return HttpResponse.json<MyLetter>(update(started), { status: 201 })
    }),
  ]
  return {
    handlers,
    received,
    /** Changes the letter as someone elsewhere would (another tab, the agency). */
    change: (letterId: string, changes: Partial<MyLetter>) => {
      const letter = letters.get(letterId)
      if (letter !== undefined) {
        update({ ...letter, ...changes })
      }
    },
  }
}
