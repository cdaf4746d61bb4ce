import { expect } from 'vitest';
import { AppError } from '../../shared/app-error';

/** The AppError a step throws when it is refused; fails the test when the step goes ahead. */
export function refused(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the step to be refused');
}

/** The AppError a call rejects with; fails the test when the call succeeds. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
