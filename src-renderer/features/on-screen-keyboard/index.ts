// The on-screen keyboard (issue #15): mounted once by App.vue, it serves every text field of a
// screen that faces a customer. What other code uses of it.
export { default as OnScreenKeyboard } from './components/OnScreenKeyboard.vue'
