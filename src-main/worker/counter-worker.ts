// The worker thread's entry (built to out/main/counter-worker.js; run from source through tsx in
// plain Node): the counter — registry, services, SQLite, outbox sender, demo SMTP server — off
// the thread that keeps the windows and the IPC relay. See counter-thread.ts for the host side.
import { serveCounter } from './serve-counter'

serveCounter()
