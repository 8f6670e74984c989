import { domainLabels } from '../../../../../shared/domain/labels';
import { chinaTime, fields, heading, paragraph, type PackSection } from '../pack-document';
import { photoGrid } from './photo-grid';

/** When the return arrived, who received it, the package's state and the photos taken at the door. */
export const receiptSection: PackSection = (pack) => {
  const { data, words } = pack;
  const d = data.detail;
  heading(pack, words.section.receipt);
  if (d.receivedAt === null) {
    paragraph(pack, words.notReceived, { muted: true });
    return;
  }
  const condition = d.packageCondition as keyof (typeof domainLabels)['zh-CN']['condition'] | null;
  fields(pack, [
    [words.field.receivedAt, chinaTime(d.receivedAt)],
    [words.field.receivedBy, data.receivedByName],
    [words.field.condition, condition ? (domainLabels[data.language].condition[condition] ?? null) : null],
    [words.field.returnShipment, [d.returnCourier, d.returnTrackingNumber].filter(Boolean).join(' ') || null],
  ]);
  photoGrid(
    pack,
    data.photos.filter((p) => p.ownerKind === 'receipt'),
  );
};
