// Module Web Worker: Argon2id for sign-in (see auth-worker-handlers.ts).
import { serveRpc } from '../worker-rpc/server';
import { authHandlers } from './auth-worker-handlers';

serveRpc(authHandlers());
