import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildPdf, uploadedFileId, uploadHandler } from '../../../files/test/handlers.ts'
import {
  agreementId,
  buildLetterSummary,
  buildStaffAgreement,
  otherLetterId,
  relativeIds,
} from '../test/factories.ts'
import { agreementHandler, recorder, signedInAs } from '../test/handlers.ts'

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('log a paper letter', { timeout: 30_000 }, () => {
  it('shows each problem at its field, uploads the scanned copy, then logs the letter', async () => {
    const sent = recorder()
    let firstUpload = true
    const upload = uploadHandler({
      answer: () => {
        if (firstUpload) {
          firstUpload = false
          return apiErrorResponse(400, {
            code: 'VALIDATION_FAILED',
            message: 'There is a problem',
            fieldErrors: { file: 'The selected file must be a PDF, JPG, PNG or Word document' },
          })
        }
        return undefined
      },
    })
    server.use(
      signedInAs('duty_officer'),
      agreementHandler(),
      upload.handler,
      http.post(mswPath('logPaperLetter'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json(
          buildLetterSummary({
            id: otherLetterId,
            channel: 'paper',
            status: 'released',
            progress: 'released',
            fromSide: 'birth_relative',
            fromName: 'Birth mum, Karen',
            submittedAt: null,
            paperDate: '2026-09-14',
          }),
          { status: 201 },
        )
      }),
    )
    const { user, router } = renderRoute(`/contact-agreements/${agreementId}/paper-letters/new`)
    await screen.findByRole('heading', { level: 1, name: 'Log a paper letter' })
    expect(document.title).toBe('Log a paper letter – Adoption support')
    const from = within(screen.getByRole('group', { name: 'Who is the letter from?' }))
    expect(from.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'adoptive_family',
      `birth_relative:${relativeIds.karen}`,
    ])

    await user.click(screen.getByRole('button', { name: 'Log paper letter' }))
    expect(summaryLinks()).toEqual([
      ['Select who the letter is from', '#from'],
      ['Enter the date the letter was received', '#paperDate-day'],
      ['Enter a short summary of the letter', '#summary'],
      ['Upload a scanned copy of the letter', '#scanFileId'],
    ])
    expect(document.title).toBe('Error: Log a paper letter – Adoption support')

    await user.click(from.getByRole('radio', { name: /^Karen Doyle/ }))
    const date = within(screen.getByRole('group', { name: 'Date the letter was received' }))
    await user.type(date.getByRole('textbox', { name: 'Day' }), '14')
    await user.type(date.getByRole('textbox', { name: 'Month' }), '9')
    await user.type(date.getByRole('textbox', { name: 'Year' }), '2026')
    await user.type(
      screen.getByRole('textbox', { name: 'Summary of the letter' }),
      'A birthday card for Mia and a letter about Karen’s new job.',
    )
    const file = screen.getByLabelText('Scanned copy of the letter')
    await user.upload(file, buildPdf('karen letter.exe'))
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'The selected file must be a PDF, JPG, PNG or Word document',
      }),
    ).toHaveAttribute('href', '#scanFileId')

    await user.upload(file, buildPdf('karen letter.pdf'))
    expect(
      await screen.findByRole('button', { name: 'Remove karen letter.pdf' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Log paper letter' }))

    expect(
      await screen.findByText('Paper letter logged', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/contact-agreements/${agreementId}`)
    expect(upload.received.map((received) => received.fileName)).toEqual([
      'karen letter.exe',
      'karen letter.pdf',
    ])
    expect(sent.bodies).toEqual([
      {
        fromSide: 'birth_relative',
        birthRelativeId: relativeIds.karen,
        paperDate: '2026-09-14',
        summary: 'A birthday card for Mia and a letter about Karen’s new job.',
        scanFileId: uploadedFileId(2),
      },
    ])
  })

  it('offers only the side that writes, and shows the API’s refusal at its field', async () => {
    const sent = recorder()
    const upload = uploadHandler()
    server.use(
      signedInAs('support_worker'),
      agreementHandler(buildStaffAgreement({ direction: 'from_family' })),
      upload.handler,
      http.post(mswPath('logPaperLetter'), async ({ request }) => {
        await sent.record(request)
        return apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem',
          fieldErrors: { scanFileId: 'Upload the scanned copy again' },
        })
      }),
    )
    const { user } = renderRoute(`/contact-agreements/${agreementId}/paper-letters/new`)
    await screen.findByRole('heading', { level: 1, name: 'Log a paper letter' })
    const from = within(screen.getByRole('group', { name: 'Who is the letter from?' }))
    expect(from.getAllByRole('radio')).toHaveLength(1)

    await user.click(from.getByRole('radio', { name: /^The adoptive family/ }))
    const date = within(screen.getByRole('group', { name: 'Date the letter was received' }))
    await user.type(date.getByRole('textbox', { name: 'Day' }), '2')
    await user.type(date.getByRole('textbox', { name: 'Month' }), '10')
    await user.type(date.getByRole('textbox', { name: 'Year' }), '2026')
    await user.type(screen.getByRole('textbox', { name: 'Summary of the letter' }), 'School news.')
    await user.upload(screen.getByLabelText('Scanned copy of the letter'), buildPdf())
    await screen.findByRole('button', { name: 'Remove letter.pdf' })
    await user.click(screen.getByRole('button', { name: 'Log paper letter' }))

    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'Upload the scanned copy again',
      }),
    ).toHaveAttribute('href', '#scanFileId')
    expect(screen.getByRole('textbox', { name: 'Summary of the letter' })).toHaveValue(
      'School news.',
    )
    expect(sent.bodies).toMatchObject([{ fromSide: 'adoptive_family', paperDate: '2026-10-02' }])
  })
})
