import { monotonicFactory } from 'ulid';

/**
 * ULIDs: made on this PC without a server, sortable by creation time, and unique across PCs so data can sync
 * later. Monotonic so ids made in the same millisecond still sort in creation order.
 */
export const newId: () => string = monotonicFactory();
