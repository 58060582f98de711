// Who reviews requests: back office and admins (main's `requests:queue` access says the same).
export function isReviewer(role: string | undefined): boolean {
  return role === 'back_office' || role === 'admin'
}
