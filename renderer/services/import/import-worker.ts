// Module Web Worker: the whole import (read, normalise, preview, commit, undo) runs here on its
// own database connection, off the window's thread. Cancel = the client terminates this worker
// (SheetJS cannot be interrupted mid-parse); once a commit transaction has started the client
// no longer offers cancel, and IndexedDB completes or aborts that transaction as a whole.
import { serveRpc } from '../worker-rpc/server';
import { importHandlers } from './import-worker-handlers';

serveRpc(importHandlers());
