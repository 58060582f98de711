// Two checks a screen owes people who do not use it as its designer does (WCAG 2.2 AA):
// - the keyboard alone reaches every control, each showing where the focus is (2.1.1, 2.4.7);
// - text at twice its size still fits: nothing wider than the window, no text cut (1.4.4).
import { expect, type Page } from '@playwright/test'

type Stop = { tag: string; name: string; ring: boolean; onScreen: boolean; key: string }

/**
 * Tabs through the screen from its top until the focus comes round again: every stop must show a
 * ring (outline or ring shadow, on the element or on the box PrimeVue draws for a hidden input),
 * and every enabled control of the page must be one of the stops (a radio group counts once).
 */
export async function expectFocusVisibleEverywhere(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  const stops: Stop[] = []
  // From the last control, Tab leaves the page (focus on the body) and the next one starts again
  // at the top: round until a stop comes twice.
  let outside = 0
  for (let i = 0; i < 300 && outside < 2; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const shows = (node: Element | null) => {
        if (!node) return false
        const style = getComputedStyle(node)
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
        return outline || (style.boxShadow !== 'none' && style.boxShadow !== '')
      }
      const box = el.getBoundingClientRect()
      let key = el.dataset.focusStop
      if (!key) {
        key = String(Math.random())
        el.dataset.focusStop = key
      }
      return {
        tag: el.tagName.toLowerCase(),
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
        ring: shows(el) || shows(el.nextElementSibling) || shows(el.parentElement),
        onScreen: box.width > 0 && box.height > 0,
        key,
      }
    })
    outside = stop === null ? outside + 1 : 0
    if (stop === null) continue
    // A date field takes one Tab per part (day, month, year): the same element again.
    if (stops.at(-1)?.key === stop.key) continue
    if (stops.some((s) => s.key === stop.key)) break
    stops.push(stop)
  }
  const unreached = await page.evaluate(
    (keys) => {
      const controls = document.querySelectorAll<HTMLElement>(
        'header a[href], header button, main a[href], main button, main input, main select, main textarea, footer a[href], footer button',
      )
      const radioGroupsReached = new Set(
        [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
          .filter((r) => r.dataset.focusStop && keys.includes(r.dataset.focusStop))
          .map((r) => r.name),
      )
      return [...controls]
        .filter((el) => {
          const box = el.getBoundingClientRect()
          if (box.width === 0 || box.height === 0) return false
          if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false
          if (el instanceof HTMLInputElement && el.type === 'radio')
            return !radioGroupsReached.has(el.name)
          return !(el.dataset.focusStop && keys.includes(el.dataset.focusStop))
        })
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        )
    },
    stops.map((s) => s.key),
  )
  expect(stops.length, `${screen}: the keyboard reaches no control`).toBeGreaterThan(0)
  expect(
    stops.filter((s) => !s.ring || !s.onScreen).map((s) => `${s.tag} "${s.name}"`),
    `${screen}: focus stops without a visible ring`,
  ).toEqual([])
  expect(
    unreached,
    `${screen}: controls the keyboard never reaches (${stops.length} stops: ${stops
      .slice(0, 3)
      .map((s) => s.name)
      .join(', ')} … ${stops
      .slice(-3)
      .map((s) => s.name)
      .join(', ')})`,
  ).toEqual([])
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

/**
 * Doubles the root font size (everything is sized in rem) and looks for what a reader of large
 * text would lose: a page wider than the window, or text cut by its box.
 */
export async function expectTextFitsAtDoubleSize(page: Page, screen: string): Promise<void> {
  const problems = await page.evaluate(async () => {
    const root = document.documentElement
    const base = parseFloat(getComputedStyle(root).fontSize)
    root.style.fontSize = `${base * 2}px`
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    const found: string[] = []
    if (root.scrollWidth > window.innerWidth + 1)
      found.push(`the page is ${root.scrollWidth} px wide in a ${window.innerWidth} px window`)
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el)
      const clips = /hidden|clip/.test(style.overflowX + style.overflowY)
      if (!clips || !el.textContent?.trim() || el.clientWidth < 4 || el.clientHeight < 4) continue
      // Scroll areas (the kiosk's <main>, a table's) keep their content reachable.
      if (/auto|scroll/.test(style.overflowX + style.overflowY)) continue
      if (el.scrollWidth > el.clientWidth + 2 || el.scrollHeight > el.clientHeight + 2)
        found.push(
          `cut: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 40)}" (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        )
    }
    root.style.fontSize = ''
    return found
  })
  expect(problems, `${screen}: text at 200%`).toEqual([])
}
