import { fields, heading, type PackSection } from '../pack-document';

/** The outbound and return tracking numbers, for the reviewer to look up with the couriers. */
export const logisticsSection: PackSection = (pack) => {
  const { data, words } = pack;
  const d = data.detail;
  heading(pack, words.section.logistics);
  fields(pack, [
    [words.field.outbound, [d.order.courier, d.order.trackingNumber].filter(Boolean).join(' ') || words.none],
    [words.field.returnShipment, [d.returnCourier, d.returnTrackingNumber].filter(Boolean).join(' ') || words.none],
  ]);
};
