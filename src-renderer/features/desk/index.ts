// The desk's tools (Impostazioni, Posta inviata, Posta non consegnata, Operatori...): what other
// features use of it.
export { default as OfficeFields } from './components/OfficeFields.vue'
export { checkOfficeFields } from './office-checks'
