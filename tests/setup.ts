// Shared test setup: Testing Library's cleanup between tests (component tests opt into jsdom per file).
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
