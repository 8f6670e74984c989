/** owner: everything; inspector: warehouse receive and inspect; service: cases and customer messages. */
export const roles = ['owner', 'inspector', 'service'] as const;
export type Role = (typeof roles)[number];
