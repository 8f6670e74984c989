import { z } from 'zod';
import { roles } from '../domain/roles';
import { pinSchema, userNameSchema } from './auth.contract';
import { defineMethod } from './define';

export const userSummarySchema = z.object({ id: z.string(), name: z.string(), role: z.enum(roles), active: z.boolean() });

export const usersContract = {
  'users.list': defineMethod({
    summary: 'All users, active or not.',
    input: z.object({}).strict(),
    output: z.array(userSummarySchema),
    roles: ['owner'],
    access: 'read',
  }),
  'users.create': defineMethod({
    summary: 'Add a user with a role and a PIN.',
    input: z.object({ name: userNameSchema, role: z.enum(roles), pin: pinSchema }).strict(),
    output: userSummarySchema,
    roles: ['owner'],
    access: 'job',
  }),
  'users.update': defineMethod({
    summary: 'Rename, change role, deactivate or reset the PIN of a user; the last active owner cannot be demoted.',
    input: z
      .object({
        id: z.string().min(1),
        name: userNameSchema.optional(),
        role: z.enum(roles).optional(),
        active: z.boolean().optional(),
        pin: pinSchema.optional(),
      })
      .strict(),
    output: userSummarySchema,
    roles: ['owner'],
    access: 'job',
  }),
} as const;
