// Module Web Worker: reading and normalising a list happens here, off the window's thread.
// Cancel = the client terminates this worker (SheetJS cannot be interrupted mid-parse).
import { parseImportFile } from './pipeline';
import type { WorkerRequest, WorkerResponse } from './import-worker-protocol';

const post = (message: WorkerResponse): void => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { bytes, fileName, options } = event.data;
  const outcome = await parseImportFile(bytes, fileName, options, (progress) =>
    post({ type: 'progress', progress }),
  );
  post({ type: 'result', outcome });
};
