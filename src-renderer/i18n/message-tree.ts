/** A locale's shape: the same keys as the Italian texts, each holding a text. */
export type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> }
