import { defineHandlers } from '../../core/context';
import { listOrders, listStores } from './orders.list';
import { insertManualOrder } from './orders.repository';

export const ordersHandlers = defineHandlers({
  'orders.create': (input, ctx) => {
    const order = insertManualOrder(ctx.db, input, ctx.env.now());
    ctx.audit({ entity: 'order', entityId: order.id, action: 'create', after: { ...input, id: order.id } });
    return { id: order.id, orderNumber: order.orderNumber, goodsTotalFen: order.goodsTotalFen, lineIds: order.lineIds };
  },

  'orders.list': (input, ctx) => ({ ...listOrders(ctx.db, input), stores: listStores(ctx.db) }),
});
