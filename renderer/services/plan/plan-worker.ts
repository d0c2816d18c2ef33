// Module Web Worker: recomputes the renewal plan off the window's thread (see
// plan-worker-handlers.ts for the one call it answers).
import { serveRpc } from '../worker-rpc/server';
import { planHandlers } from './plan-worker-handlers';

// Concurrent calls are allowed as before: plan sync never asks for two at once, and
// recomputePlan retries on its own when its snapshot went stale.
serveRpc(planHandlers(), { serial: false });
