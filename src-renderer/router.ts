// Every route of the UI, in one place, with the rules that guard them. A desk keeps hash history:
// the app is served from app:// files, and a hash URL never asks the protocol handler for a path
// that is not a file. A kiosk keeps its pages in memory (kioskHistory). The guards only steer the
// UI: main checks the role of every call regardless.
import { watch } from 'vue'
import {
  createMemoryHistory,
  createRouter,
  createWebHashHistory,
  type Router,
  type RouterHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
} from 'vue-router'
import type { CounterMode } from '../src-shared/ipc'
import HomeView from './features/home/views/HomeView.vue'
import { isReviewer } from './features/review/reviewers'
import { useSessionStore } from './features/session/store/session-store'
import { useAppStore } from './features/shell/store/app-store'
import NotFoundView from './features/shell/views/NotFoundView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document.title); the home page's depends on the mode. */
    titleKey?: string
    /** Who may open the page; without it, anyone (at a desk: any signed-in operator). */
    access?: 'customer' | 'operator' | 'reviewer' | 'admin' | 'signed-in'
    /** The modes the page exists in; without it, kiosk and desk (never the first-run setup). */
    modes?: readonly CounterMode[]
    /** Shown only with demo data (e.g. "Posta inviata"). */
    demoOnly?: boolean
  }
}

const kioskOnly = ['kiosk'] as const
const deskOnly = ['desk'] as const
const setupOnly = ['setup'] as const

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  {
    // The replica's figures, paths and versions: an operator's page (main serves it to a desk's
    // operators only); never linked from a kiosk.
    path: '/stato',
    name: 'status',
    component: () => import('./features/status/views/StatusView.vue'),
    meta: { titleKey: 'status.title', modes: deskOnly, access: 'operator' },
  },
  // Customer flows: at a kiosk the customer walks them; at a desk the operator runs them.
  {
    path: '/registrati',
    name: 'register',
    component: () => import('./features/accounts/views/RegisterView.vue'),
    meta: { titleKey: 'register.title' },
  },
  {
    // The confirmation mail's link `sportello://confirm?token=…` opens here; without a token the
    // customer types the email and the 6-digit code.
    path: '/conferma',
    name: 'confirm',
    component: () => import('./features/accounts/views/ConfirmView.vue'),
    meta: { titleKey: 'confirm.title' },
  },
  {
    path: '/accedi',
    name: 'login',
    component: () => import('./features/accounts/views/LoginView.vue'),
    meta: { titleKey: 'login.title', modes: kioskOnly },
  },
  {
    path: '/password-dimenticata',
    name: 'recovery',
    component: () => import('./features/accounts/views/RecoveryView.vue'),
    meta: { titleKey: 'recovery.title' },
  },
  {
    // The reset mail's link `sportello://reset?token=…` opens here.
    path: '/nuova-password',
    name: 'reset-by-link',
    component: () => import('./features/accounts/views/ResetByLinkView.vue'),
    meta: { titleKey: 'recovery.title' },
  },
  {
    path: '/area-clienti',
    name: 'customer-area',
    component: () => import('./features/accounts/views/CustomerAreaView.vue'),
    meta: { titleKey: 'area.title', access: 'customer' },
  },
  {
    // "Le tue bollette" of one customer the account holds (issue #14), and one of them opened.
    path: '/documenti/:codiceCliente(\\d{8})',
    name: 'documents',
    component: () => import('./features/documents/views/DocumentsView.vue'),
    meta: { titleKey: 'documents.title', modes: kioskOnly, access: 'customer' },
  },
  {
    path: '/documenti/:codiceCliente(\\d{8})/:id(\\d+)',
    name: 'document',
    component: () => import('./features/documents/views/DocumentPageView.vue'),
    meta: { titleKey: 'documents.title', modes: kioskOnly, access: 'customer' },
  },
  {
    // "Aggiungi un cliente": another customer (utenza) added to the account with its bill's data.
    path: '/associa-cliente',
    name: 'associate',
    component: () => import('./features/associations/views/AssociateView.vue'),
    meta: { titleKey: 'associations.associate.title', modes: kioskOnly, access: 'customer' },
  },
  {
    // "Non trovi il codice cliente?": sent to the contact on file, never shown; open to anyone.
    path: '/codice-cliente-smarrito',
    name: 'lost-code',
    component: () => import('./features/associations/views/LostCodeView.vue'),
    meta: { titleKey: 'associations.lostCode.title' },
  },
  {
    // The secure channel of one customer the account holds (seed 003): three steps, then the OTP.
    path: '/canale-sicuro/:codiceCliente(\\d{8})',
    name: 'secure-channel',
    component: () => import('./features/secure-channel/views/SecureChannelView.vue'),
    meta: { titleKey: 'secureChannel.title', modes: kioskOnly, access: 'customer' },
  },
  {
    // After CONFERMA main has ended the customer's sessions: this page needs nobody signed in.
    path: '/canale-sicuro/registrato',
    name: 'secure-channel-done',
    component: () => import('./features/secure-channel/views/SecureChannelDoneView.vue'),
    meta: { titleKey: 'secureChannel.done.title' },
  },
  {
    // MODIFICA (seed 003) of one customer the account holds: a disposizione, behind the channel.
    path: '/modifica-recapiti/:codiceCliente(\\d{8})',
    name: 'contact-change',
    component: () => import('./features/requests/views/ContactChangeView.vue'),
    meta: { titleKey: 'requests.change.title', modes: kioskOnly, access: 'customer' },
  },
  {
    // RESET LOGIN, "Hai cambiato il cellulare o l'email?": nobody signed in.
    path: '/reset-login',
    name: 'reset-login',
    component: () => import('./features/requests/views/ResetLoginView.vue'),
    meta: { titleKey: 'requests.reset.title', modes: kioskOnly },
  },
  {
    path: '/stato-richiesta',
    name: 'request-status',
    component: () => import('./features/requests/views/RequestStatusView.vue'),
    meta: { titleKey: 'requests.status.title', modes: kioskOnly },
  },
  {
    path: '/cambia-password',
    name: 'change-password',
    component: () => import('./features/session/views/ChangePasswordView.vue'),
    meta: { titleKey: 'changePassword.title', access: 'signed-in' },
  },
  // Desk: the operator's sign-in and tools.
  {
    path: '/accesso-operatore',
    name: 'operator-sign-in',
    component: () => import('./features/session/views/OperatorSignInView.vue'),
    meta: { titleKey: 'operatorSignIn.title', modes: deskOnly },
  },
  {
    // The customer display: the page that faces the customer at a desk (a second monitor, or a
    // second browser page paired by a code). Nobody signs in on it (see redirectFor).
    path: '/schermo-cliente',
    name: 'customer-display',
    component: () => import('./features/customer-display/views/CustomerDisplayView.vue'),
    meta: { titleKey: 'customerDisplay.title', modes: deskOnly },
  },
  {
    path: '/sblocca-account',
    name: 'unlock',
    component: () => import('./features/desk/views/UnlockView.vue'),
    meta: { titleKey: 'unlock.title', modes: deskOnly, access: 'operator' },
  },
  {
    path: '/clienti',
    name: 'customers',
    component: () => import('./features/customers/views/SearchView.vue'),
    meta: { titleKey: 'customers.search.title', modes: deskOnly, access: 'operator' },
  },
  {
    path: '/clienti/:codiceCliente(\\d{8})',
    name: 'customer',
    component: () => import('./features/customers/views/CustomerView.vue'),
    meta: { titleKey: 'customers.page.title', modes: deskOnly, access: 'operator' },
  },
  {
    // The desk's way to the same three steps, for one account of the customer served.
    path: '/clienti/:codiceCliente(\\d{8})/canale-sicuro',
    name: 'desk-secure-channel',
    component: () => import('./features/secure-channel/views/SecureChannelView.vue'),
    meta: { titleKey: 'secureChannel.title', modes: deskOnly, access: 'operator' },
  },
  {
    // Back office (and admins): the requests with an ID document waiting for a decision.
    path: '/richieste',
    name: 'review-queue',
    component: () => import('./features/review/views/ReviewQueueView.vue'),
    meta: { titleKey: 'review.queue.title', modes: deskOnly, access: 'reviewer' },
  },
  {
    path: '/richieste/:id',
    name: 'review-request',
    component: () => import('./features/review/views/ReviewRequestView.vue'),
    meta: { titleKey: 'review.queue.title', modes: deskOnly, access: 'reviewer' },
  },
  {
    path: '/posta-inviata',
    name: 'mailbox',
    component: () => import('./features/desk/views/MailboxView.vue'),
    meta: { titleKey: 'mailbox.title', modes: deskOnly, access: 'operator', demoOnly: true },
  },
  {
    path: '/sms-inviati',
    name: 'smsbox',
    component: () => import('./features/secure-channel/views/SmsboxView.vue'),
    meta: { titleKey: 'smsbox.title', modes: deskOnly, access: 'operator', demoOnly: true },
  },
  {
    path: '/operatori',
    name: 'operators',
    component: () => import('./features/desk/views/OperatorsView.vue'),
    meta: { titleKey: 'operators.title', modes: deskOnly, access: 'admin' },
  },
  {
    path: '/registro-attivita',
    name: 'audit',
    component: () => import('./features/desk/views/AuditView.vue'),
    meta: { titleKey: 'audit.title', modes: deskOnly, access: 'admin' },
  },
  {
    path: '/posta-non-consegnata',
    name: 'dead-letters',
    component: () => import('./features/desk/views/DeadLettersView.vue'),
    meta: { titleKey: 'deadLetters.title', modes: deskOnly, access: 'admin' },
  },
  {
    path: '/impostazioni-posta',
    name: 'mail-settings',
    component: () => import('./features/desk/views/MailSettingsView.vue'),
    meta: { titleKey: 'mailSettings.title', modes: deskOnly, access: 'admin' },
  },
  {
    path: '/impostazioni-sms',
    name: 'sms-settings',
    component: () => import('./features/secure-channel/views/SmsSettingsView.vue'),
    meta: { titleKey: 'smsSettings.title', modes: deskOnly, access: 'admin' },
  },
  {
    path: '/impostazioni-ufficio',
    name: 'office-settings',
    component: () => import('./features/desk/views/OfficeSettingsView.vue'),
    meta: { titleKey: 'officeSettings.title', modes: deskOnly, access: 'admin' },
  },
  {
    // An installed counter with no configuration serves nothing else (see redirectFor).
    path: '/prima-configurazione',
    name: 'setup',
    component: () => import('./features/setup/views/SetupView.vue'),
    meta: { titleKey: 'setup.title', modes: setupOnly },
  },
  {
    path: '/accesso-negato',
    name: 'forbidden',
    component: () => import('./features/shell/views/ForbiddenView.vue'),
    // An operator's role refused; a kiosk has no operator to refuse, so it goes home.
    meta: { titleKey: 'forbidden.title', modes: deskOnly },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: NotFoundView,
    meta: { titleKey: 'notFound.title' },
  },
]

/** Where a navigation to `to` must go instead, or `true` when it may proceed. */
export function redirectFor(to: RouteLocationNormalized): true | RouteLocationRaw {
  const app = useAppStore()
  const session = useSessionStore()
  const home = { name: 'home' }
  // Not configured yet: whatever address was opened (a shortcut, a bookmark, a mail's link),
  // the first-run setup is the only screen there is.
  if (app.isSetup) return to.name === 'setup' ? true : { name: 'setup' }
  if (to.name === 'not-found') return true

  // A first-access or reset password must be replaced before anything else.
  if (session.mustChangePassword)
    return to.name === 'change-password' ? true : { name: 'change-password' }

  if (to.meta.modes && !to.meta.modes.includes(app.mode)) return home
  if (to.meta.demoOnly && !app.demo) return home

  if (!app.isKiosk) {
    // The customer display faces the customer: no operator signs in there.
    if (to.name === 'customer-display') return true
    // A desk is an operator's workstation: nothing but the sign-in until an operator is in.
    if (!session.operator) {
      if (to.name === 'operator-sign-in') return true
      return to.name === 'home'
        ? { name: 'operator-sign-in' }
        : { name: 'operator-sign-in', query: { next: to.fullPath } }
    }
    // Signed in: on to the page the operator was asked to sign in for.
    if (to.name === 'operator-sign-in') return nextAfterSignIn(to) ?? home
  }

  switch (to.meta.access) {
    case 'customer':
      return session.customer ? true : { name: 'login' }
    case 'operator':
      return session.operator ? true : home
    case 'reviewer':
      return isReviewer(session.operator?.role) ? true : { name: 'forbidden' }
    case 'admin':
      return session.isAdmin ? true : { name: 'forbidden' }
    case 'signed-in':
      return session.signedIn ? true : home
  }
  // A signed-in customer who asks for ACCEDI again is already in.
  if (to.name === 'login' && session.customer) return { name: 'customer-area' }
  return true
}

/** The in-app path kept in `?next=`, never an address outside the app. */
function nextAfterSignIn(to: RouteLocationNormalized): string | undefined {
  const next = to.query.next
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//')
    ? next
    : undefined
}

/** The in-app path an address carries (`#/registrati` → `/registrati`), taken off the address. */
function takeAddressPath(): string | null {
  const path = window.location.hash.replace(/^#/, '')
  if (!path.startsWith('/')) return null
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', `${pathname}${search}`)
  return path
}

/**
 * A kiosk's pages live in memory: there is no address bar to read, Back (a mouse's side button,
 * a swipe) never returns to a customer's page, and the reload that ends a visit starts empty. An
 * address the page is opened with (`#/registrati`, a mail's link) is its first page and is taken
 * off the address at once; so is one the shell (or a test) sets later.
 */
function kioskHistory(): RouterHistory {
  // Base '#': links still read `#/registrati`, as at a desk.
  const history = createMemoryHistory('#')
  history.replace(takeAddressPath() ?? '/')
  return history
}

function followAddressChanges(router: Router): void {
  window.addEventListener('hashchange', () => {
    const path = takeAddressPath()
    if (path !== null) void router.push(path)
  })
}

export function createAppRouter(mode: CounterMode) {
  const kiosk = mode === 'kiosk'
  const router = createRouter({
    history: kiosk ? kioskHistory() : createWebHashHistory(),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
  router.beforeEach((to) => redirectFor(to))
  if (kiosk) followAddressChanges(router)

  // When the session changes under the current page (sign-out, expiry, a forced password
  // change), the page's own rule decides again where the window belongs.
  router.isReady().then(
    () => {
      const session = useSessionStore()
      const app = useAppStore()
      watch(
        () =>
          [
            app.mode,
            session.view.kind,
            session.mustChangePassword,
            session.operator?.role,
          ] as const,
        () => {
          const target = redirectFor(router.currentRoute.value)
          if (target !== true) void router.replace(target)
        },
      )
    },
    () => {},
  )
  return router
}
