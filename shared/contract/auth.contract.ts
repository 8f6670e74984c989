import { z } from 'zod';
import { roles } from '../domain/roles';
import { defineMethod } from './define';

export const pinSchema = z.string().regex(/^\d{6,12}$/, 'PIN must be 6 to 12 digits');
export const userNameSchema = z.string().trim().min(1).max(40);
export const localeSchema = z.enum(['zh-CN', 'en-US']);

export const sessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  locale: localeSchema.nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** Why a session was locked: the idle time ran out, or someone pressed "switch user". */
export const lockReasons = ['idle', 'switch'] as const;
export type LockReason = (typeof lockReasons)[number];
const lockedUserSchema = z.object({ id: z.string(), name: z.string(), role: z.enum(roles) });

export const authContract = {
  'auth.status': defineMethod({
    summary: 'Whether the first owner still has to be created, who is logged in on this window or token, and who left it locked.',
    input: z.object({}).strict(),
    output: z.object({ needsSetup: z.boolean(), user: sessionUserSchema.nullable(), lockedUser: lockedUserSchema.nullable() }),
    roles: 'public',
    access: 'read',
  }),
  'auth.setupOwner': defineMethod({
    summary: 'First launch only: create the owner account (refused once any user exists) and log it in.',
    input: z.object({ name: userNameSchema, pin: pinSchema, locale: localeSchema }).strict(),
    output: sessionUserSchema,
    roles: 'public',
    access: 'job',
  }),
  'auth.loginChoices': defineMethod({
    summary: 'Active users for the login screen picker (names and roles only).',
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(roles) })),
    roles: 'public',
    access: 'read',
  }),
  'auth.login': defineMethod({
    summary: 'Log in with a PIN (an unlock when this window was locked by the same user); five wrong PINs lock the user out for a minute.',
    input: z.object({ userId: z.string().min(1).max(64), pin: z.string().min(1).max(12) }).strict(),
    output: sessionUserSchema,
    roles: 'public',
    access: 'job',
  }),
  'auth.logout': defineMethod({
    summary: 'End this window’s or token’s session.',
    input: z.object({}).strict(),
    output: z.object({ ok: z.literal(true) }),
    roles: 'public',
    access: 'read',
  }),
  'auth.lock': defineMethod({
    summary: 'Lock this window on a shared PC (idle time ran out, or "switch user"): logged out, remembered as who left it.',
    input: z.object({ reason: z.enum(lockReasons) }).strict(),
    output: z.object({ ok: z.literal(true) }),
    roles: 'anyUser',
    access: 'write',
  }),
  'auth.setLocale': defineMethod({
    summary: 'Remember the user’s interface language.',
    input: z.object({ locale: localeSchema }).strict(),
    output: sessionUserSchema,
    roles: 'anyUser',
    access: 'write',
  }),
} as const;
