// The two sides of an ID document as the capture hands them to its parent: JPEG crops of the
// frame guide, null until the customer has accepted a photo of that side.
export type DocumentSide = 'front' | 'back'

export interface IdDocumentSides {
  front: Blob | null
  back: Blob | null
}

export const documentSides: readonly DocumentSide[] = ['front', 'back']

export function emptySides(): IdDocumentSides {
  return { front: null, back: null }
}

/** Both sides are there: what a view's CONFERMA waits for. */
export function bothSides(sides: IdDocumentSides): boolean {
  return sides.front !== null && sides.back !== null
}
