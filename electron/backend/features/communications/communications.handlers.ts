import type { Direction } from '../../../../shared/contract/communications.contract';
import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { unfilledPlaceholders } from '../../../../shared/domain/reply-templates';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { storeImage } from '../attachments/attachment-files';
import { insertAttachment } from '../attachments/attachments.repository';
import { communicationsOf, findCaseRecord } from '../cases/cases.detail';
import { markRespondedIfFirst } from '../cases/cases.repository';
import { findTemplate } from '../templates/templates.repository';
import { checkedConversationFile } from './conversation-files';
import {
  findCommunication,
  findConversationFile,
  findCorrectionOf,
  insertCommunication,
  listCaseTimeline,
  moveFiles,
  voidCommunication,
} from './communications.repository';

/** A few minutes of grace: the PC's clock and the phone's may differ a little. */
const futureGraceMs = 5 * 60_000;

const openCase = (ctx: HandlerContext, caseId: string) => {
  const record = findCaseRecord(ctx.db, caseId);
  if (!record) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: caseId });
  if (record.voided_at !== null)
    throw conflict('case_voided', {}, 'This case was voided; messages can no longer be added.', { field: 'caseId' });
  return record;
};

const notInFuture = (ctx: HandlerContext, at: number) => {
  if (at > ctx.env.now() + futureGraceMs)
    throw invalid('communication_in_future', {}, 'The time it happened is later than now.', { field: 'at' });
};

/** A reply to the buyer must never carry "{订单号}": the composer refuses it too, but the rule is the backend's. */
const noPlaceholder = (direction: Direction, text: string) => {
  const placeholder = direction === 'outbound' ? unfilledPlaceholders(text)[0] : undefined;
  if (placeholder !== undefined)
    throw invalid('reply_unfilled_placeholder', { placeholder }, `The reply still contains the placeholder ${placeholder}.`, {
      field: 'text',
    });
};

/** The first message to the buyer is the merchant's answer: it stops the deadline clock. */
const markResponded = (ctx: HandlerContext, caseId: string, at: number) => {
  if (!markRespondedIfFirst(ctx.db, caseId, at)) return;
  ctx.audit({
    entity: 'case',
    entityId: caseId,
    action: 'mark_responded',
    before: { respondedAt: null },
    after: { respondedAt: at, by: 'first_outbound_message' },
  });
};

/** An entry that may still change: on an open case, not voided, not already replaced by a correction. */
const changeableEntry = (ctx: HandlerContext, id: string) => {
  const row = findCommunication(ctx.db, id);
  if (!row) throw notFound('communication_not_found', {}, 'Communication not found', { id });
  openCase(ctx, row.case_id);
  if (row.voided_at !== null) throw conflict('communication_voided', {}, 'That entry was voided.', { id });
  if (findCorrectionOf(ctx.db, id)) throw conflict('communication_already_corrected', {}, 'That entry was already corrected.', { id });
  return row;
};

const timelineEntry = (ctx: HandlerContext, caseId: string, id: string) => {
  const entry = listCaseTimeline(ctx.db, caseId, ctx.env.dataDir).entries.find((e) => e.id === id);
  if (!entry) throw notFound('communication_not_found', {}, 'Communication not found', { id });
  return entry;
};

export const communicationsHandlers = defineHandlers({
  'communications.add': (input, ctx) => {
    const user = ctx.requireUser();
    openCase(ctx, input.caseId);
    noPlaceholder(input.direction, input.text);
    const templateId = input.direction === 'outbound' ? input.templateId : undefined;
    if (templateId !== undefined) {
      const template = findTemplate(ctx.db, templateId);
      if (!template) throw notFound('reply_template_not_found', {}, 'Reply template not found', { field: 'templateId', id: templateId });
      if (!template.active)
        throw conflict('reply_template_inactive', { title: template.titleZh }, 'That reply template is switched off.', {
          field: 'templateId',
        });
    }
    const now = ctx.env.now();
    if (input.at !== undefined) notInFuture(ctx, input.at);
    const at = input.at ?? now;
    const id = newId();
    insertCommunication(ctx.db, {
      id,
      case_id: input.caseId,
      at,
      direction: input.direction,
      channel: input.channel,
      author_id: user.id,
      speaker: input.speaker ?? null,
      text: input.text,
      created_at: now,
      template_id: templateId ?? null,
    });
    ctx.audit({
      entity: 'communication',
      entityId: id,
      action: 'add',
      after: {
        caseId: input.caseId,
        at,
        direction: input.direction,
        channel: input.channel,
        speaker: input.speaker ?? null,
        text: input.text,
        templateId: templateId ?? null,
      },
    });
    if (input.direction === 'outbound') markResponded(ctx, input.caseId, now);
    const added = communicationsOf(ctx.db, input.caseId).find((c) => c.id === id);
    if (!added) throw notFound('communication_not_found', {}, 'Communication not found', { id });
    return added;
  },

  'communications.list': (input, ctx) => {
    if (!findCaseRecord(ctx.db, input.caseId))
      throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: input.caseId });
    return listCaseTimeline(ctx.db, input.caseId, ctx.env.dataDir);
  },

  'communications.correct': (input, ctx) => {
    const user = ctx.requireUser();
    const old = changeableEntry(ctx, input.id);
    notInFuture(ctx, input.at);
    noPlaceholder(input.direction, input.text);
    const id = newId();
    insertCommunication(ctx.db, {
      id,
      case_id: old.case_id,
      at: input.at,
      direction: input.direction,
      channel: input.channel,
      author_id: user.id,
      speaker: input.speaker,
      text: input.text,
      created_at: ctx.env.now(),
      template_id: old.template_id,
      parse_note: null,
      supersedes_id: old.id,
      correction_reason: input.reason,
    });
    const movedFiles = moveFiles(ctx.db, old.id, id);
    const fields = (r: { at: number; direction: string; channel: string; speaker: string | null; text: string }) => ({
      at: r.at,
      direction: r.direction,
      channel: r.channel,
      speaker: r.speaker,
      text: r.text,
    });
    ctx.audit({
      entity: 'communication',
      entityId: id,
      action: 'correct',
      before: { id: old.id, ...fields(old) },
      after: { supersedes: old.id, ...fields(input), reason: input.reason, movedFiles },
    });
    if (input.direction === 'outbound') markResponded(ctx, old.case_id, input.at);
    return timelineEntry(ctx, old.case_id, id);
  },

  'communications.void': (input, ctx) => {
    const user = ctx.requireUser();
    const row = changeableEntry(ctx, input.id);
    const at = ctx.env.now();
    voidCommunication(ctx.db, row.id, at, user.id, input.reason);
    ctx.audit({
      entity: 'communication',
      entityId: row.id,
      action: 'void',
      before: { voidedAt: null, text: row.text },
      after: { voidedAt: at, reason: input.reason },
    });
    return timelineEntry(ctx, row.case_id, row.id);
  },

  'communications.logTranscript': (input, ctx) => {
    const user = ctx.requireUser();
    openCase(ctx, input.caseId);
    const now = ctx.env.now();
    input.messages.forEach((m) => notInFuture(ctx, m.at));
    const ids = input.messages.map((m) => {
      const id = newId();
      insertCommunication(ctx.db, {
        id,
        case_id: input.caseId,
        at: m.at,
        direction: m.direction,
        channel: m.direction === 'internal' ? 'note' : input.channel,
        author_id: user.id,
        speaker: m.speaker,
        text: m.text,
        created_at: now,
        template_id: null,
        parse_note: m.parseNote,
      });
      return id;
    });
    ctx.audit({
      entity: 'case',
      entityId: input.caseId,
      action: 'log_transcript',
      after: { channel: input.channel, messages: input.messages.length, ids },
    });
    const firstReply = input.messages.filter((m) => m.direction === 'outbound').sort((a, b) => a.at - b.at)[0];
    if (firstReply) markResponded(ctx, input.caseId, firstReply.at);
    return { added: ids.length, ids };
  },

  'communications.attach': (input, ctx) => {
    const user = ctx.requireUser();
    // Every check comes before the file is written, so a refused file leaves nothing behind.
    const { bytes, mime, thumb } = checkedConversationFile(input.dataBase64, input.fileName, input.thumbBase64);
    openCase(ctx, input.caseId);
    if (input.communicationId !== undefined) {
      const message = changeableEntry(ctx, input.communicationId);
      if (message.case_id !== input.caseId)
        throw notFound('communication_other_case', {}, 'That message is not on this case.', { field: 'communicationId' });
    }
    const { sha256 } = storeImage(ctx.env.dataDir, bytes, thumb);
    const id = newId();
    const now = ctx.env.now();
    insertAttachment(ctx.db, {
      id,
      sha256,
      mime,
      size_bytes: bytes.length,
      owner_kind: 'case',
      owner_id: input.caseId,
      taken_at: now,
      created_by: user.id,
      voided_at: null,
      communication_id: input.communicationId ?? null,
      file_name: input.fileName,
    });
    const file = findConversationFile(ctx.db, input.caseId, id, ctx.env.dataDir);
    if (!file) throw notFound('photo_not_found', {}, 'Attachment not found', { id });
    ctx.audit({ entity: 'attachment', entityId: id, action: 'add', after: { ...file, sha256 } });
    return file;
  },
});
