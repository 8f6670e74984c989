import { useCallback, useEffect, useRef, useState } from 'react';
import type { Inspection } from '../../../../shared/contract/inspections.contract';
import type { Output } from '../../../../shared/contract';
import type { CaseCard } from '../../../../shared/contract/scan.contract';
import { call } from '../../api/client';
import { emptyForm, fieldsOf, formFromInspection, withDefaults, type InspectionFormState } from './inspection-form-state';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; error: unknown };

/** Clicks save at once; typing saves after a short pause, so a crash loses at most the field being typed. */
export const clickSaveDelayMs = 150;
export const typingSaveDelayMs = 600;

/**
 * The case's inspection as the inspector works on it: loads the open draft (or starts empty), autosaves every
 * change as the whole form, one save at a time, and reports when the last change is safely stored.
 */
export const useInspectionDraft = (caseId: string, initialCard?: CaseCard) => {
  // The scan already answered the case card: show the claim at once, while the draft loads.
  const [card, setCard] = useState<CaseCard | undefined>(initialCard);
  const [history, setHistory] = useState<Inspection[]>([]);
  const [draftId, setDraftId] = useState<string | null>(null);
  const [form, setForm] = useState<InspectionFormState>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<unknown>();
  const formRef = useRef<InspectionFormState | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);
  const dirty = useRef(false);
  const draftRef = useRef<string | null>(null);
  /** Changes asked for while the draft was still loading (the case card shows at once; the form arrives later). */
  const earlyChanges = useRef<((f: InspectionFormState) => InspectionFormState)[]>([]);

  const saveNow = useCallback((): Promise<string | null> => {
    window.clearTimeout(timer.current);
    const run = chain.current.then(async () => {
      const current = formRef.current;
      if (!current || !dirty.current) return draftRef.current;
      dirty.current = false;
      setSave({ kind: 'saving' });
      try {
        const saved = await call('inspections.saveDraft', { caseId, ...fieldsOf(current) });
        setDraftId(saved.id);
        draftRef.current = saved.id;
        setSave({ kind: 'saved', at: saved.updatedAt });
        return saved.id;
      } catch (error) {
        dirty.current = true;
        setSave({ kind: 'failed', error });
        throw error;
      }
    });
    chain.current = run.catch(() => undefined);
    return run;
  }, [caseId]);

  const scheduleSave = useCallback(
    (delayMs: number) => {
      dirty.current = true;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void saveNow().catch(() => undefined), delayMs);
    },
    [saveNow],
  );

  const apply = useCallback(
    (data: Output<'inspections.forCase'>) => {
      setCard(data.case);
      setHistory(data.history);
      setDraftId(data.draft?.id ?? null);
      draftRef.current = data.draft?.id ?? null;
      let next = data.draft ? formFromInspection(data.draft) : emptyForm(data.case);
      // A grade key pressed the moment the case opened, before its draft arrived, counts: it is applied now —
      // unless the case turns out to be inspected already (no open draft), which only "inspect again" reopens.
      const inspected = data.history.some((inspection) => inspection.state === 'completed') && !data.draft;
      const queued = earlyChanges.current.splice(0);
      const early = inspected ? [] : queued;
      for (const change of early) next = withDefaults(change(next), data.case);
      formRef.current = next;
      setForm(next);
      setSave(data.draft ? { kind: 'saved', at: data.draft.updatedAt } : { kind: 'idle' });
      if (early.length) scheduleSave(clickSaveDelayMs);
    },
    [scheduleSave],
  );

  const reload = useCallback(() => {
    return call('inspections.forCase', { caseId }).then(apply, setLoadError);
  }, [caseId, apply]);

  useEffect(() => {
    dirty.current = false;
    earlyChanges.current = [];
    void reload();
    return () => {
      window.clearTimeout(timer.current);
      // The next parcel was scanned (or the screen left) within the save delay: save the last change now
      // instead of dropping it (a note typed, Esc, the next scan: well under the 600 ms typing delay).
      if (dirty.current) void saveNow().catch(() => undefined);
    };
  }, [reload, saveNow]);

  const update = useCallback(
    (change: (f: InspectionFormState) => InspectionFormState, typing = false) => {
      if (!card) return;
      if (!formRef.current) {
        earlyChanges.current.push(change);
        return;
      }
      const next = withDefaults(change(formRef.current), card);
      formRef.current = next;
      setForm(next);
      scheduleSave(typing ? typingSaveDelayMs : clickSaveDelayMs);
    },
    [card, scheduleSave],
  );

  /** The draft's id for a photo: the draft is created first if the inspector has not touched the form yet. */
  const ensureDraft = useCallback(async (): Promise<string> => {
    dirty.current = true;
    const id = await saveNow();
    if (!id) throw new Error('The inspection draft could not be created.');
    return id;
  }, [saveNow]);

  const complete = useCallback(async () => {
    await saveNow().catch(() => undefined);
    const current = formRef.current;
    if (!current) throw new Error('No form');
    const result = await call('inspections.complete', { caseId, ...fieldsOf(current) });
    setSave({ kind: 'saved', at: result.inspection.updatedAt });
    await reload();
    return result;
  }, [caseId, saveNow, reload]);

  return { card, setCard, history, draftId, form, save, loadError, update, saveNow, ensureDraft, complete, reload };
};
