import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy… waits up to this long; on a loaded machine the library takes more than the default second to list.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
