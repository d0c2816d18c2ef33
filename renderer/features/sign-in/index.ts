export { SessionGate } from './session-gate';
export { UserMenu } from './user-menu';
