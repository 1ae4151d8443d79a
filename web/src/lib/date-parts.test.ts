import { describe, expect, it } from 'vitest'
import { datePartsOf, parseDateParts } from './date-parts.ts'

const names = { date: 'Date of birth', year: 'Year of birth' }

describe('parseDateParts', () => {
  it('reads a date as yyyy-mm-dd, with or without leading zeros and spaces', () => {
    expect(parseDateParts({ day: '14', month: '3', year: '2019' }, names)).toEqual({
      kind: 'date',
      value: '2019-03-14',
    })
    expect(parseDateParts({ day: ' 09 ', month: '03', year: '2019 ' }, names)).toEqual({
      kind: 'date',
      value: '2019-03-09',
    })
    expect(parseDateParts({ day: '29', month: '2', year: '2024' }, names)).toEqual({
      kind: 'date',
      value: '2024-02-29',
    })
  })

  it('says nothing was entered, for the schema to decide', () => {
    expect(parseDateParts({ day: ' ', month: '', year: '' }, names)).toEqual({ kind: 'empty' })
  })

  it('names what is missing, as GOV.UK words it', () => {
    expect(parseDateParts({ day: '14', month: '', year: '2019' }, names)).toEqual({
      kind: 'invalid',
      message: 'Date of birth must include a month',
      fields: ['month'],
    })
    expect(parseDateParts({ day: '', month: '', year: '2019' }, names)).toEqual({
      kind: 'invalid',
      message: 'Date of birth must include a day and month',
      fields: ['day', 'month'],
    })
  })

  it('refuses a date that cannot be real', () => {
    expect(parseDateParts({ day: '29', month: '2', year: '2023' }, names)).toEqual({
      kind: 'invalid',
      message: 'Date of birth must be a real date',
      fields: ['day'],
    })
    expect(parseDateParts({ day: '1', month: '13', year: '2023' }, names)).toMatchObject({
      message: 'Date of birth must be a real date',
      fields: ['month'],
    })
    expect(parseDateParts({ day: '1', month: 'March', year: '2023' }, names)).toMatchObject({
      message: 'Date of birth must be a real date',
      fields: ['month'],
    })
    expect(parseDateParts({ day: '0', month: '1', year: '2023' }, names)).toMatchObject({
      message: 'Date of birth must be a real date',
      fields: ['day'],
    })
  })

  it('asks for a year with 4 numbers', () => {
    expect(parseDateParts({ day: '1', month: '1', year: '19' }, names)).toEqual({
      kind: 'invalid',
      message: 'Year of birth must include 4 numbers',
      fields: ['year'],
    })
  })
})

describe('datePartsOf', () => {
  it('splits a calendar date for the date input', () => {
    expect(datePartsOf('2019-03-04')).toEqual({ day: '4', month: '3', year: '2019' })
    expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' })
  })
})
