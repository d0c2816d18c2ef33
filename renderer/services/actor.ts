// Who is making a change, for the audit trail and `updatedBy`: the staff member signed in at
// this window. Screens only write while someone is signed in (the sign-in screen replaces them
// otherwise), so a write without one is a bug and fails loudly instead of writing 'local-user'.
import { currentUser } from './session/session-store';

export function currentActor(): string {
  const user = currentUser();
  if (!user) throw Object.assign(new Error('nobody is signed in'), { code: 'not-signed-in' });
  return user.id;
}
