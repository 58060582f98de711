// Requests with an ID document that back office reviews (issue #13; owns counter_requests and
// counter_request_scans): MODIFICA and RESET LOGIN, the review queue and its decisions, and the
// purge of scans after the retention.
export { createRequests, type Requests } from './requests-service'
export { requestsHandlers } from './requests-handlers'
