import { buildIfStale } from '../../scripts/build-if-stale.mjs';

/** Every e2e test serves out/renderer: the run builds it when it is missing or older than the sources. */
export default function globalSetup(): void {
  buildIfStale();
}
