// Bills and documents (issue #14): what other features use of it — the area clienti's card and
// the desk customer page's "Documenti e bollette".
import './documents.css'

export { default as DocumentsCard } from './components/DocumentsCard.vue'
export { default as DeskDocuments } from './components/DeskDocuments.vue'
