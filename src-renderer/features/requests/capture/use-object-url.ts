// An object URL for a blob that may change, to show it in an <img>: the previous one is revoked
// when the blob changes and the last one on unmount, so no photo of a document lingers in memory.
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

export function useObjectUrl(source: () => Blob | null | undefined): Ref<string | null> {
  const url = ref<string | null>(null)
  const revoke = () => {
    if (url.value) URL.revokeObjectURL(url.value)
    url.value = null
  }
  watch(
    source,
    (blob) => {
      revoke()
      if (blob) url.value = URL.createObjectURL(blob)
    },
    { immediate: true },
  )
  onBeforeUnmount(revoke)
  return url
}
