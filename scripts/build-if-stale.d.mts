/** Types for build-if-stale.mjs, which TypeScript tests import (Playwright's global setup, the read-worker test). */
export declare const builtOutputs: readonly string[];
export declare const buildIsFresh: () => boolean;
export declare const buildIfStale: () => void;
