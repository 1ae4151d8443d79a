// The statements behind the support line's busiest pages, for the benchmark to explain exactly as
// the BFF sends them (test/bench/support-requests.ts). Not for the app itself.
export { queuePageQuery } from './features/support-requests/support-line.repository.ts'
export {
  requestPartsQuery,
  staffRequestScope,
} from './features/support-requests/support-requests.repository.ts'
