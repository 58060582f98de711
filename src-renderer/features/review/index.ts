// Back office's review of the requests with an ID document (issue #13): what other features use
// of it (the request's words, shared with the desk's customer page).
import './review.css'

export { statusSeverity, useRequestWords } from './request-words'
export { isReviewer } from './reviewers'
