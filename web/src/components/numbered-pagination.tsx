import { pageNumbers } from '../lib/page-numbers.ts'
import { Pagination, type PaginationItem } from './pagination.tsx'

/**
 * GOV.UK pagination through the pages of a list: previous, next and the numbered pages around the
 * current one, each a link made by `hrefOf`. Nothing when the list fits on one page.
 */
export function NumberedPagination({
  current,
  count,
  hrefOf,
}: {
  current: number
  count: number
  hrefOf: (page: number) => string
}) {
  if (count <= 1) {
    return null
  }
  return (
    <Pagination
      previous={current > 1 ? { href: hrefOf(current - 1) } : undefined}
      next={current < count ? { href: hrefOf(current + 1) } : undefined}
      items={pageNumbers(current, count).map((number): PaginationItem =>
        number === null
          ? { ellipsis: true }
          : { number, href: hrefOf(number), current: number === current },
      )}
    />
  )
}
