/* global process, setInterval */
// A stand-in worker speaking the real protocol, whose jobs misbehave on request (the file name says how),
// to show what the app does when a worker hangs, grows without end, crashes or answers.
const held = [];
process.on('message', (message) => {
  if (message?.type !== 'run') return;
  const { jobId, job } = message;
  const how = job.fileName;
  if (how === 'hang') for (;;);
  if (how === 'grow') {
    // ArrayBuffers sit outside V8's heap limit: only the resident-memory watch can stop this.
    const timer = setInterval(() => held.push(new Uint8Array(32 * 1024 * 1024).fill(1)), 10);
    void timer;
    return;
  }
  if (how === 'crash') process.exit(7);
  if (how === 'slow') {
    let step = 0;
    const timer = setInterval(() => {
      step += 1;
      process.send({ type: 'progress', jobId, progress: { message: `Step ${step}`, done: step, total: 100 } });
    }, 20);
    void timer;
    return;
  }
  if (how === 'refuse') {
    process.send({ type: 'failed', jobId, error: { name: 'ImportError', code: 'encrypted', message: 'It is protected with a password.' } });
    return;
  }
  process.send({ type: 'progress', jobId, progress: { message: 'Halfway', done: 1, total: 2 } });
  process.send({ type: 'done', jobId, value: { pid: process.pid, bytes: job.bytes.length, practised: process.argv.includes('--practise') } });
});
process.send({ type: 'ready' });
