import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import type { LedgerEntryView, RemedyView } from '../../../../shared/contract/remedies.contract';
import { notFound } from '../../../../shared/contract/errors';
import { caseVerdict, type CaseVerdict } from '../../../../shared/domain/return-law';
import type { Sqlite } from '../../db/connection';
import type { Row } from '../../db/schema';
import { caseDetail, findCaseRecord } from '../cases/cases.detail';
import { clocksOfCase } from '../clocks/clocks.repository';
import { caseLawFacts } from '../law/law.repository';
import { ledgerOf, remediesOf } from '../remedies/remedies.repository';
import { readPolicy } from '../settings/policy.repository';
import { caseFilesForPack, casePhotos, receiverNameOf, storeNameOf, type PackFileRow, type PackPhotoRow } from './evidence.repository';
import { loadEscalation } from '../escalation/escalation.repository';
import type { CaseEscalation } from '../../../../shared/contract/escalation.contract';
import { planPhotos, type PhotoChoice } from './pack-photos-plan';
import type { PackLanguage } from './pack-words';

export type PackPhoto = PackPhotoRow & { choice: PhotoChoice };

/** Everything a pack prints, loaded in one synchronous read so the pack is one consistent moment of the case. */
export interface PackData {
  language: PackLanguage;
  dataDir: string;
  madeAt: number;
  madeBy: string;
  shopName: string | null;
  detail: CaseDetail;
  /** The same verdict the case page shows (shared/domain/return-law.ts under the current policy). */
  verdict: CaseVerdict;
  receivedByName: string | null;
  remedies: RemedyView[];
  ledger: LedgerEntryView[];
  clocks: Row<'case_clocks'>[];
  photos: PackPhoto[];
  /** The escalation path and platform interventions (features/escalation). */
  escalation: CaseEscalation | undefined;
  /** The conversation record's files (features/communications), listed by name and SHA-256. */
  files: PackFileRow[];
}

const thumbBytesOf = (dataDir: string, sha256: string): number | null => {
  try {
    return statSync(join(dataDir, 'attachments', `${sha256}.thumb.jpg`)).size;
  } catch {
    return null;
  }
};

export const loadPackData = (
  db: Sqlite,
  input: { caseId: string; language: PackLanguage; dataDir: string; madeAt: number; madeBy: string },
): PackData => {
  const detail = caseDetail(db, input.caseId);
  const law = caseLawFacts(db, input.caseId);
  if (!law) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId' });
  const policy = readPolicy(db);
  const verdict = caseVerdict(law.facts, {
    noReasonWindowDays: policy.noReasonWindowDays,
    refundHours: policy.refundHours,
    freeReturnShipping: policy.law.freeReturnShipping,
  });
  const rows = casePhotos(
    db,
    input.caseId,
    detail.inspections.filter((i) => i.state !== 'voided').map((i) => i.id),
  );
  const plan = planPhotos(rows.map((p) => ({ ...p, thumbBytes: thumbBytesOf(input.dataDir, p.sha256) })));
  return {
    ...input,
    shopName: storeNameOf(db, input.caseId),
    detail,
    verdict,
    receivedByName: receiverNameOf(db, findCaseRecord(db, input.caseId)?.received_by ?? null),
    remedies: remediesOf(db, input.caseId),
    ledger: ledgerOf(db, input.caseId),
    clocks: clocksOfCase(db, input.caseId),
    photos: rows.map((p) => ({ ...p, choice: plan.get(p.id) ?? 'none' })),
    escalation: loadEscalation(db, input.caseId, input.madeAt),
    files: caseFilesForPack(db, input.caseId),
  };
};
