import { domainLabels } from '../../../../../shared/domain/labels';
import { chinaTime, fields, heading, paragraph, type PackSection } from '../pack-document';
import { fill } from '../pack-words';
import { photoGrid } from './photo-grid';

/** Each inspection that was not voided: grade, defects with their classes, claim match, fault, then its photos. */
export const inspectionSection: PackSection = (pack) => {
  const { doc, data, words } = pack;
  const labels = domainLabels[data.language];
  heading(pack, words.section.inspection);
  const inspections = data.detail.inspections.filter((i) => i.state !== 'voided');
  if (inspections.length === 0) {
    paragraph(pack, words.noInspection, { muted: true });
    return;
  }
  for (const inspection of inspections) {
    const defects = inspection.defects.map(
      (x) =>
        fill(words.defectLine, {
          name: data.language === 'zh-CN' ? x.nameZh : x.nameEn,
          cls: labels.defectClass[x.class],
          qty: x.quantity,
        }) + (x.note ? `：${x.note}` : ''),
    );
    fields(pack, [
      [words.field.inspector, inspection.inspectorName],
      [words.field.inspectedAt, chinaTime(inspection.completedAt ?? inspection.startedAt)],
      [words.field.grade, inspection.grade ? labels.grade[inspection.grade] : null],
      [words.field.defects, defects.length > 0 ? defects.join('\n') : words.none],
      [words.field.claimMatch, inspection.claimMatch ? labels.claimMatch[inspection.claimMatch] : null],
      [words.field.fault, inspection.fault ? labels.fault[inspection.fault] : null],
      [words.field.disposition, inspection.disposition ? labels.disposition[inspection.disposition] : null],
      [words.field.notes, inspection.notes],
    ]);
    photoGrid(
      pack,
      data.photos.filter((p) => p.ownerKind === 'inspection' && p.ownerId === inspection.id),
    );
    doc.moveDown(0.5);
  }
};
