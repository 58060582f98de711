// Outgoing mail at run time (the outbox sender, the demo SMTP server) and the admin's mail tools.
export { mailHandlers } from './mail-handlers'
export { startMailService, type MailService } from './mail-service'
