// Who is making a change, for the audit trail and `updatedBy`. Until staff sign-in exists
// (roles and the lock come in a later issue) every change on this computer is by 'local-user'.
export function currentActor(): string {
  return 'local-user';
}
