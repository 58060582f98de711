// Turns the Sportello preset into plain CSS, ahead of time, for the PrimeVue components the app
// uses. Runs in Node (test/unit/renderer/primevue-theme-css.test.ts writes and checks
// primevue-theme.generated.css); never part of the app bundle. Why: ../primevue/no-runtime-styles.ts.
import { Theme } from '@primeuix/themes'
import * as buttonStyle from 'primevue/button/style'
import * as cardStyle from 'primevue/card/style'
import * as checkboxStyle from 'primevue/checkbox/style'
import * as columnStyle from 'primevue/column/style'
import * as dataTableStyle from 'primevue/datatable/style'
import * as dialogStyle from 'primevue/dialog/style'
import * as inputOtpStyle from 'primevue/inputotp/style'
import * as inputTextStyle from 'primevue/inputtext/style'
import * as messageStyle from 'primevue/message/style'
import * as progressSpinnerStyle from 'primevue/progressspinner/style'
import * as radioButtonStyle from 'primevue/radiobutton/style'
import * as selectButtonStyle from 'primevue/selectbutton/style'
import * as tagStyle from 'primevue/tag/style'
import * as toastStyle from 'primevue/toast/style'
import * as toggleButtonStyle from 'primevue/togglebutton/style'
import { baseIconStyle, baseStyle, styleOf, virtualScrollerStyle } from '../primevue/style-modules'
import { sportelloPreset } from './preset'

/**
 * Every PrimeVue component the renderer imports (`primevue/<name>`), with its style module.
 * Using a new component? Add it here and regenerate (`npx vitest run test/unit/renderer/primevue-theme-css.test.ts -u`):
 * a unit test fails while an imported component is missing.
 */
export const themedComponents = {
  button: buttonStyle,
  card: cardStyle,
  checkbox: checkboxStyle,
  column: columnStyle,
  datatable: dataTableStyle,
  dialog: dialogStyle,
  // InputOtp draws its boxes with InputText
  inputotp: inputOtpStyle,
  inputtext: inputTextStyle,
  message: messageStyle,
  progressspinner: progressSpinnerStyle,
  radiobutton: radioButtonStyle,
  selectbutton: selectButtonStyle,
  tag: tagStyle,
  toast: toastStyle,
  // rendered inside SelectButton
  togglebutton: toggleButtonStyle,
} satisfies Record<string, object>

/** PrimeVue modules that carry no CSS of their own (plugins, services, composables). */
export const unthemedModules = ['config', 'toastservice', 'usetoast']

const stripStyleTags = (html: string): string =>
  html.replace(/<style[^>]*>/g, '').replace(/<\/style>/g, '\n')

// One rule per line keeps diffs of the generated file readable.
const oneRulePerLine = (css: string): string =>
  css
    .replace(/}(?!\s*\n)/g, '}\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')

export function buildThemeCss(): string {
  // No dark scheme: a kiosk in a lit office, and a desk that must look the same for every clerk.
  Theme.setTheme({
    preset: sportelloPreset,
    options: { prefix: 'p', darkModeSelector: false, cssLayer: false },
  })
  const sheets = [
    baseStyle.getStyleSheet(),
    baseStyle.getCommonThemeStyleSheet(),
    baseStyle.getThemeStyleSheet(),
    baseIconStyle.getStyleSheet(),
    virtualScrollerStyle.getStyleSheet(),
    ...Object.values(themedComponents).map((module) => styleOf(module).getThemeStyleSheet()),
  ]
  return [
    '/* Generated from src-renderer/ui/theme/preset.ts by src-renderer/ui/theme/theme-css.ts.',
    ' * Do not edit: run `npx vitest run test/unit/renderer/primevue-theme-css.test.ts -u` to regenerate. */',
    ...sheets.map((sheet) => oneRulePerLine(stripStyleTags(sheet))),
    '',
  ].join('\n')
}
