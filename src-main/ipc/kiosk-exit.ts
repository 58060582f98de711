// What the kiosk's exit shares between the counter (features/kiosk answers it) and the Electron
// shell (src-main/app quits on its success): the shell may not import features.
import type { Channel, ChannelOutput } from '../../src-shared/ipc'

/** Chiudi Sportello, answered ok only on a screen unlocked by the exit PIN a moment ago. */
export const KIOSK_EXIT_CHANNEL = 'kiosk:exit' as const satisfies Channel

/** Whether the shell should quit the app for this exit (the call came over Electron's IPC). */
export function exitByShell(value: unknown): boolean {
  return (value as Partial<ChannelOutput<typeof KIOSK_EXIT_CHANNEL>> | null)?.byShell === true
}
