import type { IpcResult } from '../../shared/ipc';

/** The value of a handler's answer, or a failed test naming the error the handler gave. */
export async function ipcValue<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value;
}
