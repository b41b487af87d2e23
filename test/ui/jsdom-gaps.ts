import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';

/**
 * Fills what jsdom lacks for the pane: ResizeObserver (Fluent's MessageBar reflows long text with it) and the text
 * codecs (the package layer reads with them); gives asynchronous queries time, as runs share the machine with the
 * browser and build tests.
 */
export function fillJsdomGaps(): void {
  configure({ asyncUtilTimeout: 15_000 });
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}
