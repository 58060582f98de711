// Who is signed in on this window, as main describes it (SessionView). Held in memory only: the
// session itself lives in main, bound to this window, and the renderer never sees its secret.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { CounterMode, Result, SessionView } from '../../../../src-shared/ipc'
import { invoke } from '../../../ipc/client'

export type OperatorSession = Extract<SessionView, { kind: 'operator' }>
export type CustomerSession = Extract<SessionView, { kind: 'customer' }>

const anonymous: SessionView = { kind: 'anonymous' }

export const useSessionStore = defineStore('session', () => {
  const view = ref<SessionView>(anonymous)
  /** Set once main has told who is signed in (at start, before the first screen is drawn). */
  const known = ref(false)

  const operator = computed(() => (view.value.kind === 'operator' ? view.value : null))
  const customer = computed(() => (view.value.kind === 'customer' ? view.value : null))
  const isAdmin = computed(() => operator.value?.role === 'admin')
  const signedIn = computed(() => view.value.kind !== 'anonymous')
  const mustChangePassword = computed(
    () => view.value.kind !== 'anonymous' && view.value.mustChangePassword,
  )

  function adopt(result: Result<SessionView>): Result<SessionView> {
    if (result.ok) view.value = result.value
    known.value = true
    return result
  }

  /**
   * At start: a desk picks up a remembered operator session (RICORDAMI); a kiosk only asks.
   * On failure the window stays anonymous: the sign-in screen is the safe default. An
   * unconfigured counter (setup) has no sessions at all: nobody is asked, nobody is signed in.
   * A page that faces the customer (`resume: false`: the customer display) only asks, so the
   * remembered operator is never signed in on the customer's screen.
   */
  async function start(mode: CounterMode, { resume = true } = {}): Promise<void> {
    if (mode === 'setup') {
      view.value = anonymous
      known.value = true
      return
    }
    const result = await invoke((main) =>
      mode === 'desk' && resume ? main.session.resume({}) : main.session.current({}),
    )
    if (!result.ok) view.value = anonymous
    adopt(result)
  }

  async function refresh(): Promise<Result<SessionView>> {
    return adopt(await invoke((main) => main.session.current({})))
  }

  async function loginCustomer(identifier: string, password: string) {
    return adopt(await invoke((main) => main.accounts.login({ identifier, password })))
  }

  async function loginOperator(username: string, password: string, remember: boolean) {
    return adopt(await invoke((main) => main.operators.login({ username, password, remember })))
  }

  async function logout(): Promise<void> {
    await invoke((main) => main.session.logout({}))
    // Whatever main answered, this window shows nobody signed in any more.
    view.value = anonymous
  }

  return {
    view,
    known,
    operator,
    customer,
    isAdmin,
    signedIn,
    mustChangePassword,
    start,
    refresh,
    loginCustomer,
    loginOperator,
    logout,
  }
})
