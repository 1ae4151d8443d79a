/**
 * Lists the BFF sends a page at a time (the triage queue, groups and training): how many pages there
 * are, which page numbers the pagination shows, and how the page's title and caption say where the
 * reader is.
 */

/** What a page of a list says about itself. */
export interface ListPage {
  /** The page number, from 1. */
  page: number
  pageSize: number
  /** How many there are on every page together. */
  total: number
  items: readonly unknown[]
}

/** How many pages the list has: at least one, even when it is empty. */
export function pageCountOf({ total, pageSize }: Pick<ListPage, 'total' | 'pageSize'>): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/**
 * The page numbers GOV.UK pagination shows: the first, the last, and the current one with its
 * neighbours, with an ellipsis (null) for each gap: 1 … 4 5 6 … 12.
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const shown = [1, current - 1, current, current + 1, count]
    .filter((number) => number >= 1 && number <= count)
    .filter((number, index, all) => all.indexOf(number) === index)
    .sort((a, b) => a - b)
  const numbers: (number | null)[] = []
  for (const number of shown) {
    const previous = numbers[numbers.length - 1]
    if (typeof previous === 'number' && number - previous > 1) {
      numbers.push(null)
    }
    numbers.push(number)
  }
  return numbers
}

/** A page's title with where the reader is, once there is more than one page: "Triage queue (page 2 of 3)". */
export function titleWithPage(title: string, current: number, count: number): string {
  return count > 1 ? `${title} (page ${String(current)} of ${String(count)})` : title
}

/**
 * How many there are and which of them the page shows: "43 requests: showing 26 to 43", or only
 * "3 requests" when they fit on one page.
 */
export function showingText(page: ListPage, one: string, many: string): string {
  const count = `${String(page.total)} ${page.total === 1 ? one : many}`
  if (page.total <= page.pageSize) {
    return count
  }
  const first = (page.page - 1) * page.pageSize + 1
  const last = first + page.items.length - 1
  return `${count}: showing ${String(first)} to ${String(last)}`
}
