export { SessionGate } from './session-gate';
export { UserMenu } from './user-menu';
export { AuditHeadBanner } from './audit-head-banner';
