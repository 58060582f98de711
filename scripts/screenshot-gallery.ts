// Writes docs/screenshots/README.md, the screenshot gallery's page, from the list of pictures in
// test/e2e/support/gallery.ts: a table per mode with each picture's caption and route. Run it
// after changing that list: `node --import tsx scripts/screenshot-gallery.ts` (then prettier).
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gallery, shotsOf, type GalleryMode } from '../test/e2e/support/gallery'

const titles: Record<GalleryMode, string> = {
  kiosk: 'Kiosk (chiosco): 1080 × 1920 portrait touch screen',
  desk: 'Desk (scrivania): 1280 × 800 operator’s monitor',
  setup: 'First-run setup (Prima configurazione)',
}
const lines: string[] = [
  '# Screenshot gallery',
  '',
  'Every screen of Sportello, in each mode where it exists: every route of',
  '`src-renderer/router.ts`, every step of its wizards, and the key dialogs and states. The list',
  'of pictures (with these captions) is `test/e2e/support/gallery.ts`, and this page is written',
  'from it by `node --import tsx scripts/screenshot-gallery.ts`;',
  '`test/unit/renderer/screenshot-gallery.test.ts` fails when a route of a mode has no picture,',
  'when a picture is missing, stray or of the wrong size, or when this page does not show it.',
  '',
  'The screenshots are taken on the demo data by `npm run screenshots`: the build, then',
  '`test/e2e/screenshots.spec.ts`, which only that command runs (not `npm test`).',
  '',
  '- [Kiosk](#kiosk-chiosco-1080--1920-portrait-touch-screen)',
  '- [Desk](#desk-scrivania-1280--800-operators-monitor)',
  '- [First-run setup](#first-run-setup-prima-configurazione)',
  '',
]
for (const mode of ['kiosk', 'desk', 'setup'] as const) {
  lines.push(`## ${titles[mode]}`, '')
  const cells: { route: string; file: string; caption: string }[] = []
  const absent: string[] = []
  for (const [route, entry] of Object.entries(gallery[mode])) {
    if ('unreachable' in entry) absent.push(`- \`${route}\`: ${entry.unreachable}.`)
    for (const shot of shotsOf(entry)) cells.push({ route, ...shot })
  }
  lines.push('| | |', '| --- | --- |')
  for (let i = 0; i < cells.length; i += 2) {
    const pair = [cells[i]!, cells[i + 1]]
    lines.push(
      '| ' + pair.map((c) => (c ? `**${c.caption}** (\`${c.route}\`)` : '')).join(' | ') + ' |',
    )
    lines.push('| ' + pair.map((c) => (c ? `![${c.caption}](${c.file})` : '')).join(' | ') + ' |')
  }
  lines.push('')
  if (absent.length) {
    lines.push(
      'Routes of this mode that nobody reaches here, so with no picture:',
      '',
      ...absent,
      '',
    )
  }
}
writeFileSync(resolve(import.meta.dirname, '../docs/screenshots/README.md'), lines.join('\n'))
