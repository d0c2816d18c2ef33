// Module Web Worker: the Today order off the window's thread (today-order-handlers.ts).
import { serveRpc } from '../worker-rpc/server';
import { todayOrderHandlers } from './today-order-handlers';

// Concurrent: a newer order (a write, the minute tick) need not wait behind an older one.
serveRpc(todayOrderHandlers(), { serial: false });
