// The kiosk's camera filming an identity card in the browser tests: Chromium's fake capture
// device playing test/support/fake-camera.ts's ID card, sharp or blurred. The camera is chosen
// when the browser starts, so each kind is a worker fixture of its own.
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeIdCardCamera } from '../../support/fake-camera'
import { test as base } from './app-test'

const fakeDevice = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']

function withIdCard(blurred: boolean) {
  return base.extend({
    launchOptions: [
      async ({ launchOptions }, use) => {
        const file = join(tmpdir(), `sportello-id-${blurred ? 'blur' : 'sharp'}-${process.pid}.y4m`)
        writeIdCardCamera(file, { blurred })
        await use({
          ...launchOptions,
          args: [
            ...(launchOptions.args ?? []),
            ...fakeDevice,
            `--use-file-for-fake-video-capture=${file}`,
          ],
        })
        rmSync(file, { force: true })
      },
      { scope: 'worker' },
    ],
  })
}

/** A browser whose camera films a sharp identity card. */
export const withIdCardCamera = withIdCard(false)
/** A browser whose camera films the same card out of focus. */
export const withBlurredIdCardCamera = withIdCard(true)
