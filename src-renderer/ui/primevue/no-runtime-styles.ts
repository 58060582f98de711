// Keeps PrimeVue from writing <style> elements at runtime.
//
// The app runs under `style-src 'self'`: only stylesheets served from the app itself apply, and
// every inline <style> is blocked and reported. PrimeVue 4's styled mode builds its CSS in the
// browser and injects it with <style> elements (useStyle), even in unstyled mode for its base
// rules, and a nonce is no way out (the policy has none). So Sportello ships the whole PrimeVue
// CSS as a static file generated ahead of time from our preset (../theme/primevue-theme.generated.css)
// and the app installs PrimeVue with `theme: 'none'`, which skips the theme loaders. What is left
// are the loaders for the few style objects with CSS of their own; they are made no-ops here.
// The end-to-end suite fails on any CSP violation and on any <style> element in the page, so a
// PrimeVue upgrade that adds another loader is caught.
//
// Do not use the `breakpoints` prop of Toast, Dialog, Drawer & co.: it writes a <style> element.
import { baseIconStyle, baseStyle, virtualScrollerStyle, type PrimeStyle } from './style-modules'

const loadNothing: PrimeStyle['load'] = () => ({})

// `BaseStyle.extend()` copies `load` into each component's style object when its module is first
// evaluated, so the copies that carry CSS are patched by name as well as the original.
for (const style of [baseStyle, baseIconStyle, virtualScrollerStyle]) style.load = loadNothing
