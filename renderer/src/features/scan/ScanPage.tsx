import { InboxOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCard, ScanLookupOutput } from '../../../../shared/contract/scan.contract';
import { call } from '../../api/client';
import { useSession } from '../../auth/session';
import { EmptyArea } from '../../ui/EmptyArea';
import { CaseWorkspace } from './CaseWorkspace';
import { InspectionsInProgress } from './InspectionsInProgress';
import { timeOfDay } from './InspectionForm';
import { useErrorText } from '../../ui/error-text';
import { ScanBar, type ScanShortcuts } from './ScanBar';
import { ScanResults } from './ScanResults';
import { UnmatchedParcels } from './UnmatchedParcels';
import { useScanFocus } from './useScanFocus';
import './scan.css';

type View =
  | { kind: 'idle' }
  /** `scan` numbers each lookup: a new scan is a new result, even of the same code (a fresh unmatched-parcel form). */
  | { kind: 'result'; result: ScanLookupOutput; scan: number }
  | { kind: 'case'; caseId: string; scannedCode: string | null; openedAt: number; card?: CaseCard }
  | { kind: 'error'; message: string };

/**
 * The warehouse returns station. One big input that always has the focus; a scan opens the case (one match),
 * a pick list (several) or the unmatched-parcel form (none). A new scan works while the last result shows.
 */
export const ScanPage = () => {
  const { t } = useTranslation('scan');
  const { user } = useSession();
  const errorText = useErrorText();
  const { inputRef, refocus } = useScanFocus();
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<{ code: string; at: number }>();
  const [notice, setNotice] = useState<string>();
  const [drawer, setDrawer] = useState(false);
  const [openParcels, setOpenParcels] = useState(0);
  const shortcutsRef = useRef<ScanShortcuts | null>(null);
  const ticket = useRef(0);
  const canRecord = user.role !== 'service';

  const countParcels = useCallback(
    () =>
      void call('parcels.list', { state: 'open' })
        .then((r) => setOpenParcels(r.length))
        .catch(() => undefined),
    [],
  );
  useEffect(countParcels, [countParcels]);

  const openCase = useCallback(
    (caseId: string, scannedCode: string | null, card?: CaseCard) =>
      setView({ kind: 'case', caseId, scannedCode, openedAt: Date.now(), card }),
    [],
  );

  const onScan = useCallback(
    async (code: string) => {
      const mine = ++ticket.current;
      setNotice(undefined);
      setLast({ code, at: Date.now() });
      setBusy(true);
      try {
        const result = await call('scan.lookup', { code });
        if (mine !== ticket.current) return; // a newer scan already replaced this one
        if (result.cases.length === 1 && result.cases[0]) openCase(result.cases[0].id, code, result.cases[0]);
        else setView({ kind: 'result', result, scan: mine });
      } catch (e) {
        if (mine === ticket.current) setView({ kind: 'error', message: errorText(e) });
      } finally {
        if (mine === ticket.current) setBusy(false);
        refocus();
      }
    },
    [openCase, errorText, refocus],
  );

  // With a pick list showing, number keys 1–9 pick (through the same shortcut path as grades).
  useEffect(() => {
    if (view.kind !== 'result' || view.result.cases.length < 2) return;
    const cases = view.result.cases;
    shortcutsRef.current = {
      keys: new Set(cases.slice(0, 9).map((_, i) => String(i + 1))),
      fire: (key) => {
        const picked = cases[Number(key) - 1];
        if (picked) openCase(picked.id, view.result.code, picked);
      },
    };
    return () => {
      shortcutsRef.current = null;
    };
  }, [view, openCase]);

  return (
    <div className="scan-page" data-testid="scan-page">
      <div className="scan-bar">
        <ScanBar
          inputRef={inputRef}
          onScan={(code) => void onScan(code)}
          onProblem={(message) => {
            setNotice(undefined);
            setView({ kind: 'error', message });
          }}
          onDuplicate={() => setNotice(t('bar.duplicate'))}
          shortcutsRef={shortcutsRef}
          busy={busy}
        />
        <Badge count={openParcels} offset={[-6, 6]}>
          <Button
            size="large"
            className="unmatched-button"
            icon={<InboxOutlined />}
            onClick={() => setDrawer(true)}
            data-testid="open-unmatched"
          >
            {t('bar.unmatchedList')}
          </Button>
        </Badge>
      </div>
      <div className="scan-status">
        <Space size="large" wrap>
          {busy ? <Spin size="small" /> : <Badge status="success" text={t('bar.ready')} />}
          {last && (
            <Typography.Text type="secondary" data-testid="last-scan">
              {t('bar.last', { code: last.code, time: timeOfDay(last.at) })}
            </Typography.Text>
          )}
          {notice && (
            <Typography.Text type="warning" data-testid="scan-notice">
              {notice}
            </Typography.Text>
          )}
        </Space>
        <Typography.Text type="secondary" className="key-legend">
          {t('bar.keys')}
        </Typography.Text>
      </div>

      <div className="scan-body" data-testid="scan-body">
        {view.kind === 'idle' && <EmptyArea title={t('empty.title')} hint={t('empty.hint')} />}
        {view.kind === 'idle' && <InspectionsInProgress onOpen={(caseId) => openCase(caseId, null)} />}
        {view.kind === 'error' && <Alert type="error" showIcon className="loud-flag" title={view.message} data-testid="scan-error" />}
        {view.kind === 'result' && (
          <ScanResults
            key={view.scan}
            result={view.result}
            onPick={(id) =>
              openCase(
                id,
                view.result.code,
                view.result.cases.find((c) => c.id === id),
              )
            }
            onRecorded={countParcels}
            canRecord={canRecord}
          />
        )}
        {view.kind === 'case' && (
          <CaseWorkspace
            key={`${view.caseId}-${view.openedAt}`}
            caseId={view.caseId}
            scannedCode={view.scannedCode}
            initialCard={view.card}
            shortcutsRef={shortcutsRef}
          />
        )}
      </div>
      <UnmatchedParcels open={drawer} onClose={() => setDrawer(false)} onChanged={countParcels} />
    </div>
  );
};
