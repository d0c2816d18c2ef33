// Module Web Worker: the owner's figures off the window's thread (kpi-worker-handlers.ts).
import { serveRpc } from '../worker-rpc/server';
import { kpiHandlers } from './kpi-worker-handlers';

// Serial: a newer request for the same screen simply follows the one running.
serveRpc(kpiHandlers(), { serial: true });
