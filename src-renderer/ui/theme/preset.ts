// The Sportello look as a PrimeVue design-token preset: Aura's structure with the conventions
// Italian and Sammarinese users know from public services (Designers Italia): a calm blue primary
// (#0066CC), dark blue-grey text with high contrast, generous rounding and spacing, and a strong
// focus ring. Never loaded at runtime: it is compiled ahead of time into
// primevue-theme.generated.css (see ../primevue/no-runtime-styles.ts for why).
import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'

// Designers Italia's primary blue and its shades; 500 is #0066CC (5.57:1 with white text).
const blue = {
  50: '#eef5fc',
  100: '#d6e7f8',
  200: '#adcff1',
  300: '#70a8e3',
  400: '#3385d6',
  500: '#0066cc',
  600: '#0057ad',
  700: '#004a94',
  800: '#003d7a',
  900: '#002e5c',
  950: '#001f3d',
}

// Blue-greys after Bootstrap Italia's neutrals: 500 (#5d7083) still passes 4.5:1 on white and on
// the page background, 700 (#17324d) is the body text colour (12.6:1).
const slateBlue = {
  0: '#ffffff',
  50: '#f5f7fa',
  100: '#e8edf3',
  200: '#d2dae3',
  300: '#b8c3cf',
  400: '#8a99aa',
  500: '#5d7083',
  600: '#455b71',
  700: '#17324d',
  800: '#0f263d',
  900: '#0a1b2c',
  950: '#06111d',
}

// The focus ring colour is a CSS variable so that a dark area (the blue header) can turn it white.
const focusRing = {
  width: '3px',
  style: 'solid',
  color: 'var(--sp-focus-color)',
  offset: '3px',
  shadow: 'none',
}

export const sportelloPreset = definePreset(Aura, {
  semantic: {
    primary: blue,
    focusRing,
    disabledOpacity: '0.7',
    formField: {
      paddingX: '0.875rem',
      paddingY: '0.625rem',
      borderRadius: '6px',
      focusRing,
    },
    colorScheme: {
      light: {
        surface: slateBlue,
        primary: {
          color: '{primary.500}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.700}',
          activeColor: '{primary.800}',
        },
        text: {
          color: '{surface.700}',
          hoverColor: '{surface.800}',
          mutedColor: '{surface.500}',
          hoverMutedColor: '{surface.600}',
        },
        formField: {
          borderColor: '{surface.500}',
          hoverBorderColor: '{surface.600}',
          color: '{surface.700}',
          placeholderColor: '{surface.500}',
        },
      },
    },
  },
  components: {
    button: {
      root: {
        borderRadius: '6px',
        gap: '0.625rem',
        paddingX: '1.25rem',
        paddingY: '0.625rem',
        label: { fontWeight: '600' },
      },
      // Aura's outlined and text buttons are light grey, green and red on white (2.3:1 to 3.8:1):
      // darker shades that pass 4.5:1, since they carry real actions here (Mostra, Indietro,
      // Disattiva, Rimuovi la password).
      colorScheme: {
        light: {
          // Aura's solid red (#ef4444) is 3.8:1 with white: the same deep red as the outlined.
          root: {
            danger: {
              background: '#a4101a',
              hoverBackground: '#7f0c14',
              activeBackground: '#650a10',
              borderColor: '#a4101a',
              hoverBorderColor: '#7f0c14',
              activeBorderColor: '#650a10',
              color: '#ffffff',
              hoverColor: '#ffffff',
              activeColor: '#ffffff',
            },
          },
          outlined: {
            secondary: { borderColor: '{surface.500}', color: '{surface.700}' },
            success: { borderColor: '#00703c', color: '#00703c' },
            danger: { borderColor: '#a4101a', color: '#a4101a' },
          },
          text: {
            secondary: { color: '{surface.700}' },
            danger: { color: '#a4101a' },
          },
        },
      },
    },
    card: {
      root: {
        borderRadius: '8px',
        shadow: '0 1px 2px rgba(23, 50, 77, 0.08), 0 4px 12px rgba(23, 50, 77, 0.06)',
      },
      body: { padding: '1.5rem', gap: '0.75rem' },
      title: { fontSize: '1.375rem', fontWeight: '700' },
    },
    tag: {
      root: { fontSize: '0.875rem', fontWeight: '700', padding: '0.25rem 0.625rem' },
      colorScheme: {
        light: {
          secondary: { background: '{surface.100}', color: '{surface.700}' },
          warn: { background: '#fff1d6', color: '#7a4500' },
          success: { background: '#e3f4ea', color: '#00573a' },
          info: { background: '{primary.50}', color: '{primary.800}' },
        },
      },
    },
    message: {
      text: { fontSize: '1rem', fontWeight: '600' },
      colorScheme: {
        light: {
          error: { color: '#a4101a', background: '#fdeeee', borderColor: '#e8a5aa' },
          // Aura's yellow and green text on pale yellow and green stay under 4.5:1.
          warn: { color: '#6b3d00', background: '#fff4e0', borderColor: '#e8b96a' },
          success: { color: '#00573a', background: '#e6f4ec', borderColor: '#8cc9a6' },
          info: {
            color: '{primary.800}',
            background: '{primary.50}',
            borderColor: '{primary.200}',
          },
        },
      },
    },
    toast: {
      root: { width: '32rem', borderRadius: '8px' },
      summary: { fontWeight: '700', fontSize: '1.125rem' },
      detail: { fontWeight: '400', fontSize: '1rem' },
      colorScheme: {
        light: {
          info: {
            background: '{primary.50}',
            borderColor: '{primary.300}',
            color: '{primary.900}',
            detailColor: '{surface.700}',
          },
        },
      },
    },
    progressspinner: {
      // One calm colour instead of Aura's four.
      colorScheme: {
        light: {
          root: {
            colorOne: '{primary.500}',
            colorTwo: '{primary.700}',
            colorThree: '{primary.500}',
            colorFour: '{primary.700}',
          },
        },
      },
    },
    togglebutton: {
      root: { fontWeight: '600' },
      colorScheme: {
        light: {
          root: {
            background: '{surface.100}',
            checkedBackground: '{surface.100}',
            hoverBackground: '{surface.200}',
            borderColor: '{surface.100}',
            color: '{surface.600}',
            hoverColor: '{surface.800}',
            checkedColor: '{primary.800}',
            checkedBorderColor: '{surface.100}',
          },
        },
      },
    },
  },
})
