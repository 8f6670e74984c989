import './aql.css';
import { Alert, App, Button, Card, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import type { InputRef } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { AqlLotView } from '../../../../shared/contract/aql.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';
import { PhotoStrip } from '../scan/PhotoStrip';
import { PlanTable } from './PlanTable';
import { SchemeCard } from './SchemeCard';
import { UnitRecorder, type UnitDefect } from './UnitRecorder';
import { VerdictPanel } from './VerdictPanel';

/**
 * Incoming-lot inspection (ISO 2859-1). The lot code is kept in the address (#/lots?lot=…), and every unit is
 * saved as it is recorded, so a reload reopens the same draft where it stopped.
 */
export const LotInspectionPage = () => {
  const { t, i18n } = useTranslation('aql');
  const { user } = useSession();
  const owner = user.role === 'owner';
  const errorText = useErrorText();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const lotInUrl = new URLSearchParams(location.search).get('lot') ?? '';
  const [code, setCode] = useState(lotInUrl);
  const [view, setView] = useState<AqlLotView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const bar = useRef<InputRef>(null);
  const recent = useCall('aql.recent', { limit: 10 });

  const act = useCallback(async (work: () => Promise<AqlLotView | null>) => {
    setBusy(true);
    try {
      const next = await work();
      if (next) setView(next);
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (lotInUrl === '') return setView(null);
    void act(() => call('aql.lookup', { lotCode: lotInUrl }));
  }, [lotInUrl, act]);

  const find = () => {
    const lotCode = code.trim();
    if (lotCode === '') return;
    if (lotCode === lotInUrl) void act(() => call('aql.lookup', { lotCode }));
    else void navigate(`/lots?lot=${encodeURIComponent(lotCode)}`);
  };
  const inspection = view?.inspection ?? null;
  const inspectionId = inspection?.id ?? '';
  const refreshRecent = recent.reload;

  const recordUnits = async (units: UnitDefect[][]) =>
    act(async () => {
      let next: AqlLotView | null = null;
      let unitNo = inspection?.unitsInspected ?? 0;
      for (const defects of units) {
        unitNo += 1;
        next = await call('aql.recordUnit', {
          inspectionId,
          unitNo,
          defects: defects.map((d) => ({ defectTypeId: d.defectTypeId, class: d.class })),
        });
        // Stop a batch of good units as soon as the sample is complete.
        if (next.inspection && next.inspection.unitsInspected >= next.inspection.sampleSize) break;
      }
      return next;
    });

  return (
    <Space orientation="vertical" size={12} className="full-width aql-page" data-testid="aql-page">
      <Card size="small">
        <Space.Compact className="full-width">
          <Input
            ref={bar}
            autoFocus
            size="large"
            value={code}
            maxLength={64}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={find}
            placeholder={t('bar.placeholder')}
            data-testid="aql-lot-input"
          />
          <Button size="large" onClick={find} data-testid="aql-find">
            {t('bar.find')}
          </Button>
        </Space.Compact>
      </Card>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} data-testid="aql-error" />}
      {view === null ? (
        <Card size="small">
          <Typography.Title level={5}>{t('empty.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('empty.hint')}</Typography.Text>
        </Card>
      ) : (
        <div className="aql-grid">
          <Space orientation="vertical" size={12} className="full-width">
            <Card size="small" data-testid="aql-lot">
              <Descriptions
                size="small"
                column={3}
                items={[
                  { key: 'code', label: t('lot.code'), children: view.lot.lotCode },
                  { key: 'supplier', label: t('lot.supplier'), children: view.lot.supplierName },
                  { key: 'product', label: t('lot.product'), children: `${view.lot.productName} · ${view.lot.skuCode}` },
                  {
                    key: 'size',
                    label: t('lot.size'),
                    children: view.lot.quantity === null ? '—' : t('lot.units', { count: view.lot.quantity }),
                  },
                ]}
              />
              {(inspection ?? view.preview) && (
                <Space wrap className="aql-plan-head">
                  <Tag>{t('lot.level', { level: inspection?.level ?? view.settings.level })}</Tag>
                  <Tag color="purple" data-testid="aql-letter">
                    {t('lot.letter', { letter: inspection?.codeLetter ?? view.preview?.codeLetter })}
                  </Tag>
                  <Tag data-testid="aql-sample">{t('lot.sample', { count: inspection?.sampleSize ?? view.preview?.sampleSize ?? 0 })}</Tag>
                  <Tag color={(inspection?.severity ?? view.preview?.severity) === 'normal' ? 'blue' : 'orange'}>
                    {t(`severity.${inspection?.severity ?? view.preview?.severity ?? 'normal'}`)}
                  </Tag>
                  <Typography.Text type="secondary">{t(`lot.settingsSource.${view.settings.source}`)}</Typography.Text>
                </Space>
              )}
              <PlanTable
                plans={inspection?.plans ?? view.preview?.plans ?? []}
                inspected={inspection?.unitsInspected ?? null}
                completed={inspection?.state === 'completed'}
              />
              {inspection === null && view.preview !== null && view.scheme.mode !== 'discontinued' && (
                <Button
                  type="primary"
                  size="large"
                  className="aql-start"
                  onClick={() => void act(() => call('aql.start', { lotId: view.lot.id }))}
                  loading={busy}
                  data-testid="aql-start"
                >
                  {t('bar.start')}
                </Button>
              )}
            </Card>
            {inspection?.state === 'draft' && (
              <UnitRecorder
                nextUnit={inspection.unitsInspected + 1}
                total={inspection.sampleSize}
                busy={busy}
                onRecord={(defects) => recordUnits([defects])}
                onGood={(count) => recordUnits(Array.from({ length: count }, () => []))}
                onUndo={() => act(() => call('aql.undoUnit', { inspectionId }))}
              />
            )}
            {inspection && (
              <VerdictPanel
                inspection={inspection}
                owner={owner}
                busy={busy}
                onComplete={() =>
                  act(() => call('aql.complete', { inspectionId })).then(() => {
                    refreshRecent();
                  })
                }
                onDispose={(disposition) => act(() => call('aql.dispose', { inspectionId, disposition })).then(refreshRecent)}
                onConcede={(reason) => act(() => call('aql.concede', { inspectionId, reason })).then(refreshRecent)}
              />
            )}
            {inspection && (
              <Card size="small" title={t('unit.defectsOn')} data-testid="aql-units">
                {inspection.units.length === 0 ? (
                  <Typography.Text type="secondary">{t('unit.noDefectUnits')}</Typography.Text>
                ) : (
                  inspection.units.map((unit) => (
                    <div key={unit.unitNo}>
                      <Typography.Text strong>{t('unit.unitNo', { n: unit.unitNo })}</Typography.Text>{' '}
                      {unit.defects.map((d) => (
                        <Tag key={d.id}>{`${i18n.language === 'zh-CN' ? d.nameZh : d.nameEn} · ${t(`classes.${d.class}`)}`}</Tag>
                      ))}
                    </div>
                  ))
                )}
                <Typography.Text type="secondary">{t('result.by', { name: inspection.inspectorName })}</Typography.Text>
                <div className="aql-photos">
                  <Typography.Text strong>{t('result.photos')}</Typography.Text>
                  <PhotoStrip ownerKind="inspection" ownerId={inspection.id} testId="aql-photos" />
                </div>
              </Card>
            )}
          </Space>
          <SchemeCard
            scheme={view.scheme}
            owner={owner}
            onDecide={async (action, reason) => {
              try {
                await call('aql.decideScheme', { supplierId: view.lot.supplierId, productId: view.lot.productId, action, reason });
                await act(() => call('aql.lookup', { lotCode: view.lot.lotCode }));
              } catch (e) {
                void message.error(errorText(e));
              }
            }}
          />
        </div>
      )}
      <Card size="small" title={t('recent.title')} data-testid="aql-recent">
        <Table
          size="small"
          rowKey="inspectionId"
          pagination={false}
          loading={recent.loading}
          dataSource={recent.data ?? []}
          onRow={(row) => ({ onClick: () => void navigate(`/lots?lot=${encodeURIComponent(row.lotCode)}`) })}
          columns={[
            { title: t('recent.lot'), dataIndex: 'lotCode' },
            { title: t('recent.supplier'), dataIndex: 'supplierName' },
            { title: t('recent.product'), dataIndex: 'productName' },
            { title: t('recent.severity'), key: 'severity', render: (_, r) => t(`severity.${r.severity}`) },
            { title: t('recent.verdict'), key: 'verdict', render: (_, r) => t(`verdict.${r.verdict}`) },
            {
              title: t('recent.disposition'),
              key: 'disposition',
              render: (_, r) => (r.disposition ? t(`result.disposition.${r.disposition}`) : ''),
            },
            { title: t('recent.when'), key: 'when', render: (_, r) => dayjs(r.completedAt ?? r.startedAt).format('YYYY-MM-DD HH:mm') },
          ]}
        />
      </Card>
    </Space>
  );
};
