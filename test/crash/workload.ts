/**
 * The writes the screens make, issued over HTTP by "people" working at the same time until the backend is
 * killed under them. Each write is entered in the ledger as sent before the request goes out and as
 * acknowledged only when ok:true comes back.
 * - service (cases screen): enters an order and its case by hand (NewCaseModal), then messages on it (CaseMessages);
 * - inspector (scan station): receives a case's parcel, autosaves the inspection draft a few times, completes it;
 *   now and then records an unmatched parcel;
 * - owner (settings → users): adds users and edits them (name, role, active, PIN reset);
 * - importer (imports screen, as owner): upload → preview → commit of a generated order export.
 */
import type { Input, MethodName, Output } from '../../shared/contract';
import type { Rng } from '../../electron/backend/seed/prng';
import { CallFailed, NoAnswer, type HttpClient, type Session } from './client';
import type { CaseRec, ImportRec, InspectionState, Ledger, MessageRec, OrderRec, ParcelRec, UserFields, UserRec } from './ledger';
import { Versioned } from './ledger';
import { importTag, orderExportFile, taggedExportStream } from './order-files';

export const skuCodes = ['CUP-WH', 'CUP-BK', 'SHOE-BL-30', 'CASE-IP15', 'PJ-PK-L', 'CHERRY-2J'] as const;
const grades = ['A', 'B', 'C', 'D'] as const;
const dispositions = { A: 'restock', B: 'restock_b', C: 'refurbish', D: 'scrap' } as const;
const conditions = ['intact', 'damaged', 'opened'] as const;

export interface WorkStats {
  sent: number;
  acked: number;
  /** Answers ok:false the driver did not expect (a sign of trouble, though not of lost data). */
  refusals: string[];
  /** Writes answered ok while an import commit request was out (per method): a diagnosis, not a failure. */
  ackedDuringCommit: Record<string, number>;
}

export const newStats = (): WorkStats => ({ sent: 0, acked: 0, refusals: [], ackedDuringCommit: {} });

/** The backend died under the actor: stop working. */
class Stopped extends Error {}

export interface Work {
  client: HttpClient;
  ledger: Ledger;
  stats: WorkStats;
  /** Set once the kill is decided: actors stop starting new writes. */
  stopping: () => boolean;
  /** Token prefix for this store and cycle (keeps every token unique). */
  prefix: string;
  defectTypeIds: string[];
  /** An import commit was sent and has not been answered. */
  commitInFlight: () => boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One write: counted as sent, then acknowledged or refused. No answer (the process died) stops the actor and
 * leaves the ledger entry pending; the verification after the restart settles it.
 */
const write = async <M extends MethodName>(
  work: Work,
  method: M,
  input: Input<M>,
  session: Session,
  hooks: { ack: (value: Output<M>) => void; refused: () => void },
  /** The ledger object this write settles (for the diagnosis of a lost write). */
  marker?: object,
): Promise<Output<M> | null> => {
  work.stats.sent += 1;
  try {
    const value = await work.client.call(method, input, session);
    work.stats.acked += 1;
    if (work.commitInFlight() && method !== 'imports.commit') {
      work.stats.ackedDuringCommit[method] = (work.stats.ackedDuringCommit[method] ?? 0) + 1;
      if (marker) work.ledger.ackedDuringCommit.add(marker);
    }
    hooks.ack(value);
    return value;
  } catch (error) {
    if (error instanceof CallFailed) {
      hooks.refused();
      work.stats.refusals.push(`${method}: ${error.error.code} ${error.error.message}`);
      return null;
    }
    if (error instanceof NoAnswer) throw new Stopped(error.message);
    throw error;
  }
};

const loop = async (work: Work, rng: Rng, step: () => Promise<void>, pauseMs: [number, number]): Promise<void> => {
  try {
    while (!work.stopping()) {
      await step();
      await sleep(rng.int(pauseMs[0], pauseMs[1]));
    }
  } catch (error) {
    if (!(error instanceof Stopped)) throw error;
  }
};

/** Customer service: an order entered by hand, its case, and one or two messages on it. */
export const serviceActor = (work: Work, rng: Rng, session: Session): Promise<void> =>
  loop(
    work,
    rng,
    async () => {
      const n = work.ledger.next();
      const orderNumber = `M${work.prefix}-${n}`;
      const orderEntry: OrderRec = { orderNumber, id: null, created: 'pending', lines: 1 };
      work.ledger.orders.push(orderEntry);
      const sku = rng.pick(skuCodes);
      const createdOrder = await write(
        work,
        'orders.create',
        { orderNumber, status: 'signed', lines: [{ skuCode: sku, quantity: rng.int(1, 3), unitPriceFen: rng.int(990, 12900) }] },
        session,
        {
          ack: (value) => Object.assign(orderEntry, { created: 'acked', id: value.id }),
          refused: () => work.ledger.orders.splice(work.ledger.orders.indexOf(orderEntry), 1),
        },
        orderEntry,
      );
      if (!createdOrder || work.stopping()) return;

      const caseNumber = `C${work.prefix}-${n}`;
      const rec: CaseRec = {
        caseNumber,
        orderNumber,
        id: null,
        created: 'pending',
        receipt: new Versioned<string | null>(null),
        inspection: new Versioned<InspectionState | null>(null),
        nextSeq: 1,
      };
      work.ledger.cases.push(rec);
      const reasonCategory = rng.pick(['no_reason_7day', 'quality', 'wrong_size'] as const);
      const createdCase = await write(
        work,
        'cases.create',
        {
          caseNumber,
          orderNumber,
          skuCode: sku,
          type: 'return_refund',
          reasonCategory,
          requestedQuantity: 1,
          refundFen: rng.int(0, 5000),
          returnTrackingNumber: `YT${work.prefix}${n}`,
        },
        session,
        {
          ack: (value) => Object.assign(rec, { created: 'acked', id: value.id }),
          refused: () => work.ledger.cases.splice(work.ledger.cases.indexOf(rec), 1),
        },
        rec,
      );
      if (!createdCase) return;
      for (let i = rng.int(1, 2); i > 0 && !work.stopping(); i -= 1) {
        const text = `买家说明 ${work.prefix}-${work.ledger.next()}：${rng.pick(['包装破损', '尺码不合适', '收到时有划痕', '已寄回'])}`;
        const message: MessageRec = { text, caseNumber, id: null, created: 'pending' };
        work.ledger.messages.push(message);
        await write(
          work,
          'communications.add',
          { caseId: createdCase.id, direction: rng.pick(['inbound', 'outbound'] as const), channel: 'platform_chat', text },
          session,
          {
            ack: (value) => Object.assign(message, { created: 'acked', id: value.id }),
            refused: () => work.ledger.messages.splice(work.ledger.messages.indexOf(message), 1),
          },
          message,
        );
      }
    },
    [20, 150],
  );

const inspectionFields = (rng: Rng, work: Work, seq: number, complete: boolean) => {
  const grade = rng.pick(grades);
  const defects = grade === 'A' || work.defectTypeIds.length === 0 ? [] : [{ defectTypeId: rng.pick(work.defectTypeIds), quantity: 1 }];
  return {
    grade,
    disposition: dispositions[grade],
    claimMatch: defects.length ? ('yes' as const) : ('no' as const),
    fault: defects.length ? ('supplier' as const) : ('none' as const),
    quantity: 1,
    missingParts: [],
    notes: `质检 ${work.prefix} #${seq}${complete ? ' 完成' : ''}`,
    defects,
  };
};

/** The scan station: receive, autosave the draft a few times (as the form does after clicks and typing), complete. */
export const inspectorActor = (work: Work, rng: Rng, session: Session): Promise<void> =>
  loop(
    work,
    rng,
    async () => {
      if (rng.chance(0.15) || work.ledger.workableCases().length === 0) {
        const code = `SF${work.prefix}${work.ledger.next()}`;
        const parcel: ParcelRec = { code, id: null, created: 'pending' };
        work.ledger.parcels.push(parcel);
        await write(
          work,
          'parcels.recordUnmatched',
          { code, courier: '顺丰速运', note: '面单模糊，无法识别' },
          session,
          {
            ack: (value) => Object.assign(parcel, { created: 'acked', id: value.id }),
            refused: () => work.ledger.parcels.splice(work.ledger.parcels.indexOf(parcel), 1),
          },
          parcel,
        );
        return;
      }
      const rec = rng.pick(work.ledger.workableCases());
      const caseId = rec.id!;
      if (rec.receipt.confirmed === null) {
        const condition = rng.pick(conditions);
        rec.receipt.sent(condition);
        const done = await write(work, 'receiving.receive', { caseId, packageCondition: condition, scannedCode: rec.caseNumber }, session, {
          ack: () => rec.receipt.acked(condition),
          refused: () => rec.receipt.refused(condition),
        });
        if (!done) return;
      }
      for (let saves = rng.int(1, 4); saves > 0 && !work.stopping(); saves -= 1) {
        const seq = rec.nextSeq++;
        const state: InspectionState = { seq, state: 'draft' };
        rec.inspection.sent(state);
        const saved = await write(
          work,
          'inspections.saveDraft',
          { caseId, ...inspectionFields(rng, work, seq, false) },
          session,
          {
            ack: () => rec.inspection.acked(state),
            refused: () => rec.inspection.refused(state),
          },
          state,
        );
        if (!saved) return;
        await sleep(rng.int(0, 60));
      }
      if (work.stopping() || rng.chance(0.2)) return; // left open: reopened after a restart
      const seq = rec.nextSeq++;
      const state: InspectionState = { seq, state: 'completed' };
      rec.inspection.sent(state);
      await write(
        work,
        'inspections.complete',
        { caseId, ...inspectionFields(rng, work, seq, true) },
        session,
        {
          ack: () => rec.inspection.acked(state),
          refused: () => rec.inspection.refused(state),
        },
        state,
      );
    },
    [20, 120],
  );

const newPin = (rng: Rng) => rng.digits(6);

/** The owner on the users tab: adds a user, or edits one (name, role, active, sometimes a new PIN). */
export const ownerActor = (work: Work, rng: Rng, session: Session): Promise<void> =>
  loop(
    work,
    rng,
    async () => {
      const churn = work.ledger.users.filter((u) => u.churn && u.created === 'acked' && u.fields.settled && u.pin.settled);
      if (churn.length === 0 || rng.chance(0.3)) {
        const name = `临时工${work.prefix}-${work.ledger.next()}`;
        const role = rng.pick(['inspector', 'service'] as const);
        const pin = newPin(rng);
        const rec: UserRec = {
          createdName: name,
          id: null,
          created: 'pending',
          fields: new Versioned<UserFields>({ name, role, active: true }),
          pin: new Versioned(pin),
          pinCheckDue: true,
          churn: true,
        };
        work.ledger.users.push(rec);
        await write(
          work,
          'users.create',
          { name, role, pin },
          session,
          {
            ack: (value) => Object.assign(rec, { created: 'acked', id: value.id }),
            refused: () => work.ledger.users.splice(work.ledger.users.indexOf(rec), 1),
          },
          rec,
        );
        return;
      }
      const user = rng.pick(churn);
      const fields: UserFields = {
        name: `${user.createdName}v${work.ledger.next()}`,
        role: rng.pick(['inspector', 'service'] as const),
        active: rng.chance(0.8),
      };
      const pin = rng.chance(0.4) ? newPin(rng) : undefined;
      user.fields.sent(fields);
      if (pin) user.pin.sent(pin);
      await write(
        work,
        'users.update',
        { id: user.id!, ...fields, ...(pin ? { pin } : {}) },
        session,
        {
          ack: () => {
            user.fields.acked(fields);
            if (pin) {
              user.pin.acked(pin);
              user.pinCheckDue = true;
            }
          },
          refused: () => {
            user.fields.refused(fields);
            if (pin) user.pin.refused(pin);
          },
        },
        fields,
      );
    },
    [50, 300],
  );

export interface ImportPlan {
  rows: number;
  /** Commit an earlier acknowledged preview that was never committed (a commit killed before), if there is one. */
  reuse: boolean;
  /** Told when the commit request leaves (the kill timer or journal poll starts then). */
  onCommitSent?: (rec: ImportRec) => void;
  onCommitDone?: (rec: ImportRec, ms: number) => void;
}

/** The imports screen: upload, preview, commit. Returns the import worked on (or null if nothing was sent). */
export const importerActor = async (
  work: Work,
  session: Session,
  plan: ImportPlan,
  dataDirHasStaging: (importId: string) => boolean,
): Promise<ImportRec | null> => {
  try {
    let rec = plan.reuse
      ? work.ledger.imports.find(
          (i) => i.rows === plan.rows && i.preview === 'acked' && i.commit === 'none' && i.importId && dataDirHasStaging(i.importId),
        )
      : undefined;
    if (!rec) {
      const { file, size } = await orderExportFile(plan.rows);
      const fresh: ImportRec = {
        tag: importTag(work.ledger.next()),
        rows: plan.rows,
        preview: 'none',
        importId: null,
        newOrders: null,
        commit: 'none',
      };
      rec = fresh;
      work.ledger.imports.push(fresh);
      let uploaded: { uploadId: string };
      try {
        uploaded = await work.client.upload(`拼多多订单导出-${fresh.tag}.csv`, taggedExportStream(file, fresh.tag), size, session);
      } catch (error) {
        if (error instanceof CallFailed) {
          work.stats.refusals.push(`upload: ${error.error.code} ${error.error.message}`);
          return null;
        }
        throw error;
      }
      if (work.stopping()) return fresh;
      fresh.preview = 'pending';
      const preview = await write(work, 'imports.preview', { uploadId: uploaded.uploadId }, session, {
        ack: (value) => Object.assign(fresh, { preview: 'acked', importId: value.importId, newOrders: value.counts.orders?.new ?? null }),
        refused: () => (fresh.preview = 'none'),
      });
      if (!preview) return fresh;
      if (preview.counts.orders?.new !== plan.rows)
        work.stats.refusals.push(`imports.preview: ${preview.counts.orders?.new} new orders for ${plan.rows} rows`);
    }
    if (work.stopping()) return rec;
    const current = rec;
    current.commit = 'pending';
    const started = Date.now();
    const committing = write(work, 'imports.commit', { importId: current.importId! }, session, {
      ack: () => (current.commit = 'acked'),
      refused: () => (current.commit = 'none'),
    });
    plan.onCommitSent?.(current);
    const done = await committing;
    if (done) plan.onCommitDone?.(current, Date.now() - started);
    return current;
  } catch (error) {
    if (error instanceof Stopped || error instanceof NoAnswer) return null;
    throw error;
  }
};
