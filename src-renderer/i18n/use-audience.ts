// Who reads the screen: at a kiosk the customer, addressed as "tu"; at a desk the operator, who
// runs the same flow for the customer in front of them and is told about "il cliente". A text
// with a `…Desk` twin (`register.intro` / `register.introDesk`) uses the twin at a desk.
import { useI18n } from 'vue-i18n'
import { useAppStore } from '../features/shell/store/app-store'

export function useAudienceText() {
  const { t, te } = useI18n()
  const app = useAppStore()
  return (key: string, params: Record<string, unknown> = {}): string =>
    t(!app.isKiosk && te(`${key}Desk`) ? `${key}Desk` : key, params)
}
