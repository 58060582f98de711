// The office's fields checked with the very schemas main validates them with, at the first
// configuration and in Impostazioni ufficio: a name, and a portal address that is https or empty.
import { officeSettingsSchema, portalUrlSchema } from '../../../src-shared/ipc'
import type { FieldErrors } from '../../ui/forms/use-field-errors'

export function checkOfficeFields(
  form: { officeName: string; portalUrl: string },
  errors: FieldErrors,
): void {
  const name = officeSettingsSchema.shape.officeName.safeParse(form.officeName)
  if (form.officeName.trim() === '') errors.add('officeName', 'REQUIRED')
  else if (!name.success) errors.add('officeName', name.error.issues[0]?.code ?? '')
  if (!portalUrlSchema.safeParse(form.portalUrl.trim()).success)
    errors.add('portalUrl', 'invalid_format')
}
