// The statements behind the support line's busiest pages, for the benchmark to explain exactly as
// the BFF sends them (test/bench/support-requests.ts). Not for the app itself.
export {
  queuePageQuery,
  requestPartsQuery,
} from './features/support-requests/support-requests.repository.ts'
export { staffRequestScope } from './features/support-requests/support-requests.repository.ts'
