// Every end of a customer's visit or service goes through here: main is told first (it ends the
// session or the service and forgets what it held for the screen; in Electron the shell then
// clears the window), then the page wipes itself and reloads (wipe-screen.ts). Meanwhile the
// screen is covered, and the stores are left as they are, so no page is drawn for a moment
// without the customer (or the operator) it belongs to before the fresh one.
import { invoke } from '../../ipc/client'
import { useServingStore } from '../customers/store/serving-store'
import { useAppStore } from '../shell/store/app-store'
import { useVisitStore } from './store/visit-store'
import { wipeScreen } from './wipe-screen'

export type VisitEndReason = 'exit' | 'finished' | 'idle'

/** Main gets this long to answer; after it the page wipes itself all the same. */
const MAIN_ANSWER_MS = 10_000

function askMain(call: Promise<unknown>): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, MAIN_ANSWER_MS)
    void call.finally(() => {
      clearTimeout(timer)
      done()
    })
  })
}

export function useVisitEnd() {
  const app = useAppStore()
  const visit = useVisitStore()
  const serving = useServingStore()

  /** Kiosk: ESCI ('exit'), a finished flow left ('finished'), or the idle timeout ('idle'). */
  async function endVisit(reason: VisitEndReason): Promise<void> {
    if (!visit.beginEnd()) return
    await askMain(invoke((main) => main.session['end-visit']({ reason })))
    await wipeScreen(reason === 'idle' ? 'visit-idle' : 'visit', null)
  }

  /** Desk: Fine servizio, or the idle timeout while serving; back to Cerca cliente. */
  async function endService(idle = false): Promise<void> {
    if (!visit.beginEnd()) return
    await askMain(invoke((main) => main.customers['end-service']({})))
    await wipeScreen(idle ? 'service-idle' : 'service', '/clienti')
  }

  /** ESCI: a kiosk's visit ends; a desk's operator signs out (which ends any service too). */
  async function signOut(): Promise<void> {
    if (app.isKiosk) return endVisit('exit')
    const wasServing = serving.served !== null
    if (!visit.beginEnd()) return
    await askMain(invoke((main) => main.session.logout({})))
    await wipeScreen(wasServing ? 'signed-out-serving' : 'signed-out', '/')
  }

  return { endVisit, endService, signOut }
}
