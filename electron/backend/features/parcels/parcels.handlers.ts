import { clockSyncOf } from '../clocks/clocks.repository';
import { conflict, notFound } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { findCaseRow, markReceived } from '../receiving/receipt';
import { findCaseCard } from '../scan/case-card.repository';
import { findParcel, insertParcel, listParcels, parcelReceiver, updateParcel } from './parcels.repository';

const requireParcel = (ctx: HandlerContext, id: string) => {
  const parcel = findParcel(ctx.db, id);
  if (!parcel) throw notFound('parcel_not_found', {}, 'Unmatched parcel not found', { parcelId: id });
  return parcel;
};

export const parcelsHandlers = defineHandlers({
  'parcels.recordUnmatched': (input, ctx) => {
    const user = ctx.requireUser();
    const now = ctx.env.now();
    const id = newId();
    insertParcel(ctx.db, {
      id,
      code: input.code,
      courier: input.courier || null,
      note: input.note || null,
      received_at: now,
      received_by: user.id,
      linked_case_id: null,
      linked_at: null,
      created_at: now,
    });
    const parcel = requireParcel(ctx, id);
    ctx.audit({ entity: 'unmatched_parcel', entityId: id, action: 'record', after: parcel });
    return parcel;
  },

  'parcels.list': (input, ctx) => listParcels(ctx.db, input.state, input.limit),

  'parcels.link': (input, ctx) => {
    const parcel = requireParcel(ctx, input.parcelId);
    if (parcel.linkedCaseId) {
      throw conflict(
        'parcel_already_linked',
        { caseNumber: parcel.linkedCaseNumber ?? '' },
        `This parcel is already linked to case ${parcel.linkedCaseNumber ?? parcel.linkedCaseId}.`,
        { linkedCaseId: parcel.linkedCaseId },
      );
    }
    const row = findCaseRow(ctx.db, input.caseId);
    const now = ctx.env.now();
    updateParcel(ctx.db, parcel.id, { linked_case_id: row.id, linked_at: now });
    // The parcel is the case's goods: the case counts as received when the parcel arrived, unless it already was.
    if (row.received_at === null) {
      const received = parcelReceiver(ctx.db, parcel.id);
      if (!received) throw notFound('parcel_not_found', {}, 'Unmatched parcel not found', { parcelId: parcel.id });
      const change = markReceived(ctx.db, row, { at: parcel.receivedAt, by: received, condition: null }, now, clockSyncOf(ctx));
      ctx.audit({
        entity: 'case',
        entityId: row.id,
        action: 'receive_via_parcel',
        before: change.before,
        after: { ...change.after, parcelId: parcel.id },
      });
    }
    const linked = requireParcel(ctx, parcel.id);
    ctx.audit({ entity: 'unmatched_parcel', entityId: parcel.id, action: 'link', before: parcel, after: linked });
    const card = findCaseCard(ctx.db, row.id);
    if (!card) throw notFound('case_not_found', {}, 'Case not found', { caseId: row.id });
    return { parcel: linked, case: card };
  },
});
