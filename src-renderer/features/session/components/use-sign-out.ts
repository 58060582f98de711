// ESCI: at a kiosk the end of the customer's visit, at a desk the operator's sign-out (which ends
// any service too); either way main is told first, then the screen wipes itself and starts afresh
// with a short word of what happened (features/visit).
import { useVisitEnd } from '../../visit'

export function useSignOut() {
  const { signOut } = useVisitEnd()
  return (): Promise<void> => signOut()
}
