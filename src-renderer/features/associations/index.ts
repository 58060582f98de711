// Customer association (issue #11): a customer (utenza) added to an account with the data on its
// bill, at the kiosk and, for the customer served, at a desk; the lost codice cliente; the code
// read from the bill (the kiosk's camera, a desk's PDF). What other features use of it.
import './associations.css'

export { default as CustomerChoice } from './components/CustomerChoice.vue'
export { default as DeskAssociation } from './components/DeskAssociation.vue'
export { default as AssociationDetails } from './components/AssociationDetails.vue'
export { default as LostCodeLink } from './components/LostCodeLink.vue'
export { default as CustomerKindFields } from './components/CustomerKindFields.vue'
export { useCustomerChoiceStore } from './store/customer-choice-store'
