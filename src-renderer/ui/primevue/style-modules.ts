// PrimeVue's per-component style objects (the `classes` it puts on elements and the CSS that goes
// with them). Their type declarations omit the default export that every one of these modules
// has, so the objects are reached through the module namespace and typed here once.
import * as baseStyleModule from '@primevue/core/base/style'
import * as baseIconStyleModule from '@primevue/icons/baseicon/style'
import * as virtualScrollerStyleModule from 'primevue/virtualscroller/style'

export type PrimeStyle = {
  name?: string
  /** Writes a `<style>` element into the document: what a strict CSP forbids. */
  load: (...args: unknown[]) => object | undefined
  /** The component's own structural CSS (most components have none since PrimeVue 4.4). */
  getStyleSheet: () => string
  /** The component's design-token variables and themed rules for the active preset. */
  getThemeStyleSheet: () => string
  /** The preset's primitive, semantic and global variables (on the base style only). */
  getCommonThemeStyleSheet: () => string
}

export function styleOf(module: object): PrimeStyle {
  return (module as { default: PrimeStyle }).default
}

export const baseStyle = styleOf(baseStyleModule)
export const baseIconStyle = styleOf(baseIconStyleModule)
export const virtualScrollerStyle = styleOf(virtualScrollerStyleModule)
