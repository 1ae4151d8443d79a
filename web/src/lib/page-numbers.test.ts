import { describe, expect, it } from 'vitest'
import { pageCountOf, pageNumbers, showingText, titleWithPage } from './page-numbers.ts'

describe('page numbers', () => {
  it('shows the first, the last and the current page with its neighbours', () => {
    expect(pageNumbers(1, 1)).toEqual([1])
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3])
    expect(pageNumbers(6, 12)).toEqual([1, null, 5, 6, 7, null, 12])
    expect(pageNumbers(12, 12)).toEqual([1, null, 11, 12])
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('counts one page for an empty list, and a last page that is not full', () => {
    expect(pageCountOf({ total: 0, pageSize: 25 })).toBe(1)
    expect(pageCountOf({ total: 25, pageSize: 25 })).toBe(1)
    expect(pageCountOf({ total: 26, pageSize: 25 })).toBe(2)
  })

  it('says which page the title is of only when there is more than one', () => {
    expect(titleWithPage('Triage queue', 1, 1)).toBe('Triage queue')
    expect(titleWithPage('Triage queue', 2, 3)).toBe('Triage queue (page 2 of 3)')
  })

  it('says how many there are, and which of them the page shows', () => {
    const items = (count: number) => Array.from({ length: count }, (_, index) => index)
    expect(
      showingText({ page: 1, pageSize: 25, total: 1, items: items(1) }, 'event', 'events'),
    ).toBe('1 event')
    expect(
      showingText({ page: 1, pageSize: 25, total: 3, items: items(3) }, 'event', 'events'),
    ).toBe('3 events')
    expect(
      showingText({ page: 2, pageSize: 25, total: 43, items: items(18) }, 'request', 'requests'),
    ).toBe('43 requests: showing 26 to 43')
  })
})
