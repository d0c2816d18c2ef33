// The lock and sign-out: who stays, what is dropped, what listeners hear.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentUser,
  lockNow,
  onSessionEnd,
  useSession,
  type SessionEnd,
} from '../../../renderer/services/session/session-store';
import { currentActor } from '../../../renderer/services/actor';
import { seesEveryonesTasks } from '../../../renderer/services/session/audited';

const clerk = { id: 's1', name: '小李', role: 'staff' as const };

describe('session store', () => {
  beforeEach(() => useSession.getState().signOut());

  it('locking keeps the person for a PIN unlock, hides them from writers, tells listeners', () => {
    const heard: SessionEnd[] = [];
    const off = onSessionEnd((end) => heard.push(end));
    useSession.getState().signIn(clerk);
    expect(currentActor()).toBe('s1');
    useSession.getState().lock('idle');
    expect(useSession.getState()).toMatchObject({ user: clerk, locked: true, lockedBy: 'idle' });
    expect(currentUser()).toBeNull();
    expect(() => currentActor()).toThrow(/signed in/);
    // A second trigger while locked is not a second lock.
    useSession.getState().lock('os-lock');
    expect(heard).toEqual([{ user: clerk, trigger: 'idle' }]);
    useSession.getState().unlock();
    expect(currentActor()).toBe('s1');
    off();
  });

  it('wrong PINs are counted and reset by a successful unlock', () => {
    useSession.getState().signIn(clerk);
    useSession.getState().lock('manual');
    useSession.getState().pinFailed();
    useSession.getState().pinFailed();
    expect(useSession.getState().pinFailures).toBe(2);
    useSession.getState().unlock();
    expect(useSession.getState().pinFailures).toBe(0);
  });

  it('switch user signs out: nobody is left, listeners hear sign-out', () => {
    const heard: SessionEnd[] = [];
    const off = onSessionEnd((end) => heard.push(end));
    useSession.getState().signIn(clerk);
    useSession.getState().signOut();
    expect(useSession.getState().user).toBeNull();
    expect(heard).toEqual([{ user: clerk, trigger: 'sign-out' }]);
    off();
  });

  it('lockNow (the hook for main’s OS-lock and sleep events) locks the signed-in person once', () => {
    const heard: SessionEnd[] = [];
    const off = onSessionEnd((end) => heard.push(end));
    lockNow('sleep');
    expect(heard).toEqual([]);
    useSession.getState().signIn(clerk);
    lockNow('os-lock');
    lockNow('sleep');
    expect(useSession.getState()).toMatchObject({ locked: true, lockedBy: 'os-lock' });
    expect(heard).toEqual([{ user: clerk, trigger: 'os-lock' }]);
    off();
  });
});

describe('whose tasks a role sees', () => {
  it('staff only their own; managers and owners everyone’s', () => {
    expect(seesEveryonesTasks({ id: 's1', role: 'staff' })).toBe(false);
    expect(seesEveryonesTasks({ id: 'm1', role: 'manager' })).toBe(true);
    expect(seesEveryonesTasks({ id: 'o1', role: 'owner' })).toBe(true);
    expect(seesEveryonesTasks(null)).toBe(false);
  });
});
