import { Alert, App, Button, Col, Row, Skeleton, Space, Typography } from 'antd';
import type { RefSelectProps } from 'antd/es/select';
import { memo, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptFlag } from '../../../../shared/contract/receiving.contract';
import { claimMatches, dispositions, faultParties, grades, type PackageCondition } from '../../../../shared/domain/inspection';
import { ApiCallError, call } from '../../api/client';
import { useSession } from '../../auth/session';
import { CaseClaim, ReceiptFlags } from './CaseClaim';
import { CompletedInspection, SuggestionBanner } from './CompletedInspection';
import { useErrorText } from '../../ui/error-text';
import { formatList } from '../../i18n/format';
import { InspectionForm } from './InspectionForm';
import type { CaseCard } from '../../../../shared/contract/scan.contract';
import type { ScanShortcuts } from './ScanBar';
import { useInspectionDraft } from './useInspectionDraft';

interface Props {
  caseId: string;
  scannedCode: string | null;
  initialCard?: CaseCard;
  shortcutsRef: RefObject<ScanShortcuts | null>;
}

const cycle = <T,>(list: readonly T[], current: T | null): T => list[(current === null ? -1 : list.indexOf(current)) + 1] ?? list[0]!;

/** One case at the station: the customer's claim and receipt on the left, the inspection on the right. */
const CaseWorkspaceView = ({ caseId, scannedCode, initialCard, shortcutsRef }: Props) => {
  const { t, i18n } = useTranslation('scan');
  const { message } = App.useApp();
  const { user } = useSession();
  const errorText = useErrorText();
  const draft = useInspectionDraft(caseId, initialCard);
  const { card, form, update } = draft;
  const [condition, setCondition] = useState<PackageCondition>('intact');
  const [note, setNote] = useState('');
  const [flags, setFlags] = useState<ReceiptFlag[]>([]);
  const [receiving, setReceiving] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [completeError, setCompleteError] = useState<string>();
  const [inspectAgain, setInspectAgain] = useState(false);
  const defectSearch = useRef<RefSelectProps>(null);
  const canWrite = user.role !== 'service';

  // A finished or mismatched case is flagged as soon as it opens, before anyone receives it.
  useEffect(() => {
    if (!card) return;
    const early: ReceiptFlag[] = [];
    if (card.voided) early.push('case_voided');
    if (card.finished) early.push('case_finished');
    setFlags((current) => (current.length ? current : early));
  }, [card]);

  const receive = useCallback(async () => {
    if (!card || card.receivedAt !== null || receiving) return;
    setReceiving(true);
    try {
      const result = await call('receiving.receive', {
        caseId,
        packageCondition: condition,
        ...(note.trim() && { note: note.trim() }),
        ...(scannedCode && { scannedCode }),
      });
      draft.setCard(result.case);
      setFlags(result.flags);
      if (result.flags.length === 0) void message.success(t('receive.success'));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setReceiving(false);
    }
  }, [card, caseId, condition, note, scannedCode, receiving, draft, message, t, errorText]);

  const complete = useCallback(async () => {
    if (!card || completing) return;
    setCompleting(true);
    setCompleteError(undefined);
    try {
      await draft.complete();
      setInspectAgain(false);
    } catch (e) {
      const details = e instanceof ApiCallError ? (e.body.details as { missing?: string[] } | undefined) : undefined;
      if (details?.missing?.includes('defects')) setCompleteError(t('form.needsEvidence'));
      else if (details?.missing)
        setCompleteError(
          t('form.missing', {
            fields: formatList(
              details.missing.map((f) => t(`form.${f}`)),
              i18n.language,
            ),
          }),
        );
      else setCompleteError(errorText(e));
    } finally {
      setCompleting(false);
    }
  }, [card, completing, draft, t, i18n.language, errorText]);

  const latest = draft.history.find((i) => i.state === 'completed');
  const editing = canWrite && (!latest || inspectAgain || draft.draftId !== null);

  // Shortcuts: 1–4 through the scan box (see ScanBar), Alt/Ctrl combinations from anywhere on the page.
  useEffect(() => {
    shortcutsRef.current = editing
      ? {
          keys: new Set(['1', '2', '3', '4']),
          fire: (key) => {
            const previous = form?.grade ?? null;
            const grade = grades[Number(key) - 1];
            if (!grade) return;
            update((f) => ({ ...f, grade }));
            return () => update((f) => ({ ...f, grade: previous }));
          },
        }
      : null;
    return () => {
      shortcutsRef.current = null;
    };
  }, [editing, form?.grade, update, shortcutsRef]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.key === 'Enter' && editing) {
        event.preventDefault();
        void complete();
        return;
      }
      if (!event.altKey || event.ctrlKey) return;
      const key = event.key.toLowerCase();
      const claim = { y: claimMatches[0], n: claimMatches[1], p: claimMatches[2] }[key];
      if (key === 'r' && canWrite) void receive();
      else if (claim && editing) update((f) => ({ ...f, claimMatch: claim }));
      else if (key === 'f' && editing) update((f) => ({ ...f, fault: cycle(faultParties, f.fault), faultChosen: true }));
      else if (key === 'd' && editing) update((f) => ({ ...f, disposition: cycle(dispositions, f.disposition), dispositionChosen: true }));
      else if (key === 'a' && editing) defectSearch.current?.focus();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing, canWrite, receive, complete, update]);

  if (draft.loadError) return <Alert type="error" showIcon title={errorText(draft.loadError)} />;
  if (!card) return <Skeleton active />;

  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="case-workspace">
      <ReceiptFlags flags={flags} card={card} />
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <CaseClaim
            card={card}
            condition={condition}
            onCondition={setCondition}
            note={note}
            onNote={setNote}
            onReceive={() => void receive()}
            receiving={receiving}
            canReceive={canWrite}
          />
        </Col>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={12} className="full-width">
            <SuggestionBanner card={card} />
            {completeError && (
              <Alert
                type="error"
                showIcon
                title={completeError}
                data-testid="complete-error"
                closable
                onClose={() => setCompleteError(undefined)}
              />
            )}
            {card.receivedAt === null && editing && <Alert type="info" showIcon title={t('form.notReceived')} />}
            {!form ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : editing ? (
              <InspectionForm
                form={form}
                update={update}
                save={draft.save}
                draftId={draft.draftId}
                ensureDraft={draft.ensureDraft}
                onComplete={() => void complete()}
                completing={completing}
                canComplete={card.receivedAt !== null}
                defectSearchRef={defectSearch}
              />
            ) : (
              latest && (
                <Space orientation="vertical" className="full-width">
                  <Typography.Title level={5}>{t('form.completed')}</Typography.Title>
                  <CompletedInspection inspection={latest} />
                  {canWrite && <Button onClick={() => setInspectAgain(true)}>{t('form.newInspection')}</Button>}
                </Space>
              )
            )}
            {draft.history.filter((i) => i !== latest || editing).length > 0 && (
              <Space orientation="vertical" className="full-width">
                <Typography.Text type="secondary">{t('form.history')}</Typography.Text>
                {draft.history
                  .filter((i) => i !== latest || editing)
                  .map((i) => (
                    <CompletedInspection key={i.id} inspection={i} />
                  ))}
              </Space>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
};

/** Memoised: the scan bar's own state (busy, last code) changes on every scan and must not re-render the open case. */
export const CaseWorkspace = memo(CaseWorkspaceView);
