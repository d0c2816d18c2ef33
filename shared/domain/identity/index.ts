export * from './abilities';
export * from './audit-chain';
export * from './lock-policy';
export { sha256Hex } from './sha256';
export * from './audit-head';
