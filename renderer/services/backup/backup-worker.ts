// Module Web Worker: writes backups off the window's thread (backup-worker-handlers.ts).
import { serveRpc } from '../worker-rpc/server';
import { backupHandlers } from './backup-worker-handlers';

serveRpc(backupHandlers());
