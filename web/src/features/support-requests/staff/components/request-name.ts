import type { StaffSupportRequest } from '@asp/bff/contract'

/** Who a request is from, for headings: the adoptive parents, the birth relative or the enquirer. */
export function requestName(request: StaffSupportRequest): string {
  if (request.family !== null) {
    return joinNames(request.family.parentNames) || `Family ${request.family.reference}`
  }
  if (request.birthRelative !== null) {
    return request.birthRelative.name
  }
  return request.enquirer?.name ?? 'Someone not yet known to us'
}

/** "Mason Rowe", "Mason Rowe and Darcy Rowe", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) {
    return names[0] ?? ''
  }
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
}
