// English texts of the shell feature: the same keys as it.ts beside it.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  app: {
    kioskMode: 'Self-service counter',
    deskMode: 'Operator workstation',
    country: 'Republic of San Marino',
    setupMode: 'Installation to be set up',
    demoBand: {
      tag: 'DEMO',
      text: 'sample data, no real customers',
    },
    demoHint: 'Demo data: no real customers',
    startError: 'The counter cannot start.',
    restarted: 'The service restarted.',
    restartedHint:
      'The counter restarted after an error and what you were doing was interrupted. Try again starts over from the home screen.',
    titleSuffix: 'Sportello',
  },
  nav: {
    home: 'Home',
    language: 'Language',
  },
  lang: {
    it: 'Italiano',
    en: 'English',
  },
  display: {
    group: 'Reading aids',
    largeText: 'Large text',
    highContrast: 'High contrast',
  },
  forbidden: {
    title: 'Access not allowed',
    text: 'Your role does not allow this page. If you need it, ask an administrator.',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has moved.',
    back: 'Back to the start page',
  },
}
