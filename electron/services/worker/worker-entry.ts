/**
 * The worker process: it reads consultation documents and renders exports for
 * the app, one job at a time, so a hostile file or a large export can neither
 * freeze nor take down the window. Started by Electron's utilityProcess in the
 * app and by child_process.fork under plain Node (tests, command line); the
 * app watches its memory and time and kills it when either runs over.
 */
import { type FromWorker, PRACTISE_ARGUMENT, ToWorkerSchema } from './protocol';
import { describeFailure, preloadJobModules, runJob } from './worker-jobs';

/** The part of Electron's process.parentPort used here. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

interface ParentChannel {
  post(message: FromWorker): void;
  listen(handler: (message: unknown) => void): void;
}

function parentChannel(): ParentChannel {
  const port = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (port) return { post: (message) => port.postMessage(message), listen: (handler) => port.on('message', (event) => handler(event.data)) };
  const send = process.send?.bind(process);
  if (send) {
    // The app went away: nothing is waiting for our answers.
    process.on('disconnect', () => process.exit(0));
    return { post: (message) => void send(message), listen: (handler) => process.on('message', handler) };
  }
  throw new Error('The worker process must be started by the app, with a channel to talk over.');
}

const parent = parentChannel();
parent.listen((raw) => {
  const parsed = ToWorkerSchema.safeParse(raw);
  if (!parsed.success) {
    // A job this worker cannot read fails at once with the reason, rather than leaving the app to wait for its time limit.
    const jobId = (raw as { jobId?: unknown } | null)?.jobId;
    const issue = parsed.error.issues[0];
    if (typeof jobId === 'number' && Number.isInteger(jobId)) {
      parent.post({ type: 'failed', jobId, error: { name: 'Error', code: 'internal', message: `The job sent to the worker is not valid (${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'unknown'}).`.slice(0, 2000) } });
    }
    // Anything else is not from the app, and is ignored.
    return;
  }
  const { jobId, job } = parsed.data;
  runJob(job, (progress) => parent.post({ type: 'progress', jobId, progress })).then(
    (value) => parent.post({ type: 'done', jobId, value }),
    (error: unknown) => parent.post({ type: 'failed', jobId, error: describeFailure(error) }),
  );
});
// Ready only once the readers and renderers are loaded: a job's time limit is for the file, not for start-up.
void preloadJobModules(process.argv.includes(PRACTISE_ARGUMENT)).then(() => parent.post({ type: 'ready' }));
