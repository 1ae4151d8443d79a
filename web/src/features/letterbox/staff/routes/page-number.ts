import { data } from 'react-router'

/** The page of a list the address asks for (`?page=2`), or "Page not found" when it cannot be one. */
export function pageOf(searchParams: URLSearchParams): number {
  const text = searchParams.get('page') ?? '1'
  if (!/^[1-9]\d{0,4}$/.test(text)) {
    throw data(null, { status: 404 })
  }
  return Number(text)
}
