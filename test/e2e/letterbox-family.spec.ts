// A letterbox letter's whole journey through the pages: the demo adopter writes to Jordan Pike,
// the birth mother, with a photo and two details that could identify the family; a support worker
// takes the school's name out and passes it on; Jordan reads it, keeps it as a PDF and replies; the
// adopter sees it was read. Casey Morgan, who only reads, cannot reply. Axe runs on every page.
import { crc32, deflateSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  CheckLetterPage,
  LettersToCheckPage,
  letterIdOf,
  MyLetterboxPage,
} from './pages/letterbox-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'
import { pdfText } from './support/pdf.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const removed = '[removed by the agency]'
const school = 'Oakfield Primary'
const phone = '07700 900 461'
/** Two paragraphs: the first with the school's name and a phone number, which the check flags. */
const firstParagraph = `Starting at ${school} in September went better than we dared hope, and the teacher says the reading has really clicked. If you ever need us, the number is ${phone}.`
const secondParagraph =
  'The sunflowers we planted in the spring grew taller than the fence, and there were plenty of seeds left for the birds. We think of you often and look forward to your next letter.'
const reply =
  'Thank you for your lovely letter and the photo. It made my week to hear about the sunflowers.'

/** The letter this journey writes, sent by the adopter and passed on by the support worker. */
let letterId = ''

/** A small PNG, `width` by `height`, of a colour gradient: a real image for the photo upload. */
function gradientPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(typeAndData))
    return Buffer.concat([length, typeAndData, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8) // bits per sample
  header.writeUInt8(2, 9) // truecolour (RGB)
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1) // each row starts with filter type 0
    for (let x = 0; x < width; x += 1) {
      rows[row + 1 + x * 3] = Math.round((x / width) * 255)
      rows[row + 2 + x * 3] = Math.round((y / height) * 255)
      rows[row + 3 + x * 3] = 160
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Waits until every image has loaded, and gives each one's natural width (0 for a broken one). */
async function loadedWidths(page: Page, images: ReturnType<Page['locator']>) {
  await expect
    .poll(() => images.evaluateAll((all) => all.every((img) => (img as HTMLImageElement).complete)))
    .toBe(true)
  return images.evaluateAll((all) => all.map((img) => (img as HTMLImageElement).naturalWidth))
}

async function openLetterbox(page: Page) {
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Letterbox' })
    .click()
  await page.waitForURL(/\/letterbox$/)
  const letterbox = new MyLetterboxPage(page)
  await letterbox.heading.filter({ hasText: 'Letterbox' }).waitFor()
  await letterbox.main.locator('h2', { hasText: 'Letters received' }).waitFor()
  return letterbox
}

// Whole journeys with axe on each page: longer than the suite's default minute on a busy machine.
describe('letterbox: a letter from the family to a birth relative', { timeout: 300_000 }, () => {
  it('the adopter writes a letter with a photo and sends it for checking', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter'), 'email')

    const letterbox = await openLetterbox(page)
    expect(await page.title()).toBe('Letterbox – Adoption support')
    const jordan = letterbox.agreement('Letters with Birth mum, Jordan')
    expect(await jordan.locator('p').first().textContent()).toBe(
      'You write to Birth mum, Jordan each March and September, and they write back.',
    )
    expect(await jordan.locator('.govuk-summary-list').textContent()).toContain(
      'Photos can be sent',
    )
    await expectNoAxeViolations(page)

    const write = await letterbox.writeLetter('Letters with Birth mum, Jordan')
    letterId = letterIdOf(page.url())
    expect(await write.caption.textContent()).toBe('Letter to Birth mum, Jordan')
    await expectNoAxeViolations(page)

    // Nothing written: the error summary, which passes axe too.
    await write.continueWithErrors()
    expect(await write.errorSummary.textContent()).toContain('Enter your letter')
    expect(await write.main.locator('.govuk-error-message').first().textContent()).toContain(
      'Enter your letter',
    )
    await expectNoAxeViolations(page)

    await write.write(`${firstParagraph}\n\n${secondParagraph}`)
    await write.addPhoto({
      name: 'sunflowers.png',
      mimeType: 'image/png',
      buffer: gradientPng(48, 32),
    })
    expect(await write.thumbnails().getAttribute('alt')).toBe('Photo 1 of 1')
    expect((await loadedWidths(page, write.thumbnails()))[0]).toBeGreaterThan(0)
    // Typed words stay while the photo uploads.
    expect(await write.letter.inputValue()).toBe(`${firstParagraph}\n\n${secondParagraph}`)
    await expectNoAxeViolations(page)

    await write.waitOutDoubleClickGuard()
    const check = await write.continueToCheck()
    expect(await check.heading.textContent()).toBe('Check your letter')
    expect(await check.mainText()).toContain(firstParagraph)
    expect(await check.mainText()).toContain(secondParagraph)
    const previewWidths = await loadedWidths(page, check.main.locator('img.app-letter-photo'))
    expect(previewWidths).toHaveLength(1)
    expect(previewWidths[0]).toBeGreaterThan(0)
    await expectNoAxeViolations(page)

    await check.send()
    expect(await check.panel.locator('.govuk-panel__title').textContent()).toBe(
      'Letter sent for checking',
    )
    expect(await check.panel.textContent()).toContain('Your letter to Birth mum, Jordan')
    await expectNoAxeViolations(page)

    const sent = await check.followLetter()
    expect(letterIdOf(page.url())).toBe(letterId)
    expect(await sent.heading.textContent()).toBe('Your letter to Birth mum, Jordan')
    expect(await sent.stepStatus('Received by the agency').textContent()).toBe('Done')
    expect(await sent.stepStatus('Passed on').textContent()).toBe('Not yet')
    expect(await sent.summaryValue('Status').textContent()).toBe('Received by the agency')
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('a support worker takes the school’s name out and passes the letter and photo on', async () => {
    expect(letterId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('worker'), 'totp')

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Letterbox' })
      .click()
    await page.waitForURL(/\/letterbox-checks$/)
    const toCheck = new LettersToCheckPage(page)
    await toCheck.heading.filter({ hasText: 'Letters to check' }).waitFor()
    const row = await toCheck.findLetter(letterId)
    expect(await row.textContent()).toContain('Adoptive family')
    expect(await row.locator('td').nth(3).textContent()).toBe('1')
    await expectNoAxeViolations(page)

    const check = await toCheck.openLetter(letterId)
    expect(await check.heading.textContent()).toBe('Check a letter')
    expect(await check.summaryValue('To').textContent()).toBe('Jordan Pike')
    // The check highlights both details.
    const marked = (await check.marks().allTextContents()).join(' | ')
    expect(marked).toContain(school)
    expect(marked).toContain(phone)
    expect(await check.photos().count()).toBe(1)
    await expectNoAxeViolations(page)

    await check.takeOut(school)
    await expect.poll(() => check.recipientText().textContent()).toContain(removed)
    const preview = (await check.recipientText().textContent()) ?? ''
    expect(preview).not.toContain(school)
    expect(preview).toContain('in September went better than we dared hope')
    expect(preview).toContain(secondParagraph)
    await check.passOnPhoto(1, 'Pass on')
    await check.decide('Pass it on')
    await expectNoAxeViolations(page)

    await check.save()
    expect(await toCheck.successBanner.textContent()).toContain('Letter passed on')
    expect(await toCheck.link(letterId).count()).toBe(0)
    await expectNoAxeViolations(page)

    // The letter on record: what the recipient reads, without the school.
    const record = await new CheckLetterPage(page, `/letterbox-checks/${letterId}`).open()
    expect(await record.heading.textContent()).toBe('Letter passed on')
    const released = (await record.recipientText('reads').textContent()) ?? ''
    expect(released).toContain(removed)
    expect(released).not.toContain(school)
    expect(await record.main.locator('figcaption').textContent()).toBe('Passed on')
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('Jordan reads the letter without the school’s name, keeps it as a PDF and replies', async () => {
    expect(letterId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('birth-relative'), 'email')

    const letterbox = await openLetterbox(page)
    await letterbox.letterRow('Letters received', letterId).waitFor()
    expect(await letterbox.letterRow('Letters received', letterId).textContent()).toContain(
      'Passed on',
    )
    await expectNoAxeViolations(page)

    const letter = await letterbox.openLetter('Letters received', letterId)
    expect(await letter.heading.textContent()).toMatch(
      /^Letter from .+’s (mum and dad|mums|dads|mum|dad)$/,
    )
    expect(await letter.summaryValue('To').textContent()).toBe('Birth mum, Jordan')
    const paragraphs = await letter.paragraphs()
    expect(paragraphs).toEqual([firstParagraph.replace(school, removed), secondParagraph])
    expect(await letter.mainText()).not.toContain('Oakfield')
    const photos = letter.photos()
    expect(await photos.count()).toBe(1)
    expect(await photos.getAttribute('alt')).toMatch(/^Photo 1 of 1 from /)
    expect((await loadedWidths(page, photos))[0]).toBeGreaterThan(0)
    await expectNoAxeViolations(page)

    // The PDF to keep has the letter's words, and not the school's name.
    const href = await letter.pdfLink.getAttribute('href')
    expect(href).toBeTruthy()
    const pdf = await page.request.get(href ?? '')
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/)
    const text = await pdfText(await pdf.body())
    expect(text).toContain('in September went better than we dared hope')
    expect(text).toContain('look forward to your next letter')
    expect(text).toContain(removed)
    expect(text).not.toContain('Oakfield')

    const write = await letter.reply()
    const replyId = letterIdOf(page.url())
    expect(replyId).not.toBe(letterId)
    expect(await write.caption.textContent()).toMatch(/^Letter to .+’s /)
    await expectNoAxeViolations(page)
    await write.write(reply)
    const check = await write.continueToCheck()
    expect(await check.mainText()).toContain(reply)
    await expectNoAxeViolations(page)
    await check.send()
    expect(await check.panel.locator('.govuk-panel__title').textContent()).toBe(
      'Letter sent for checking',
    )
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the adopter sees the letter was passed on and read', async () => {
    expect(letterId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter'), 'email')

    const letterbox = await openLetterbox(page)
    const row = letterbox.letterRow('Letters sent', letterId)
    expect(await row.locator('.govuk-tag').textContent()).toBe('Read')
    await expectNoAxeViolations(page)

    const letter = await letterbox.openLetter('Letters sent', letterId)
    expect(await letter.stepStatus('Passed on').textContent()).toBe('Done')
    expect(await letter.stepStatus('Read').textContent()).toBe('Done')
    await expectNoAxeViolations(page)

    // The letterbox fits a phone.
    await letterbox.open()
    await page.setViewportSize({ width: 320, height: 700 })
    expect(await letterbox.scrollsSideways()).toBe(false)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})

describe('letterbox: a birth relative who only reads', { timeout: 300_000 }, () => {
  it('Casey reads the family’s letter and has no way to reply or write', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('birth-relative-b'), 'email')

    const letterbox = await openLetterbox(page)
    expect(await letterbox.mainText()).toContain('You read their letters but do not write back.')
    expect(await letterbox.writeButtons().count()).toBe(0)
    expect(await letterbox.main.locator('h2', { hasText: 'Letters sent' }).count()).toBe(0)
    const received = letterbox.letters('Letters received').locator('tbody tr')
    expect(await received.count()).toBe(1)
    await expectNoAxeViolations(page)

    await received.getByRole('link').click()
    await page.waitForURL(/\/letterbox\/letters\/[0-9a-f-]{36}$/)
    await letterbox.heading.filter({ hasText: /^Letter from / }).waitFor()
    expect(await letterbox.summaryValue('To').textContent()).toBe('Birth dad, Casey')
    expect(await letterbox.main.locator('p.app-break-words').count()).toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: 'Reply' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Write a letter/ }).count()).toBe(0)
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
