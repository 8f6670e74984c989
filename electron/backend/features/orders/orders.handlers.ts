import { defineHandlers } from '../../core/context';
import { listOrders, listStores } from './orders.list';

export const ordersHandlers = defineHandlers({
  'orders.list': (input, ctx) => ({ ...listOrders(ctx.db, input), stores: listStores(ctx.db) }),
});
