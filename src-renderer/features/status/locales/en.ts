// English texts of the status feature: the same keys as it.ts beside it.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  status: {
    title: 'Counter status',
    intro: 'The data of the local replica on this workstation.',
    loading: 'Reading the status…',
    errorTitle: 'The status could not be read.',
    customers: {
      title: 'Customers',
      private: 'Private',
      business: 'Business',
    },
    documents: {
      title: 'Documents',
      size: 'Bills and notices as PDF: {size}',
    },
    database: {
      title: 'Database',
      hint: 'Space used by the local replica',
    },
    details: {
      title: 'Technical details',
      dataDir: 'Data folder',
      schemaVersion: 'Schema version',
      appVersion: 'App version',
      data: 'Data',
      demoData: 'Demo',
      realData: 'Real',
    },
  },
}
