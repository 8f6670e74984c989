import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Divider, Form, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCauses } from '../../../../shared/contract/causes.contract';
import { causeLimits } from '../../../../shared/domain/causes';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { ActionFormModal } from './ActionFormModal';
import { ActionTable } from './ActionTable';
import { CloseActionModal, type Closing } from './CloseActionModal';
import { causeName, groupedCauseOptions } from './cause-options';

/**
 * The case page's root cause and the corrective actions raised from the case. Service and owners record the cause
 * (changing it keeps the earlier one in the history); owners raise actions; an action's owner marks it done.
 */
export const CauseCard = ({ caseId, voided, onChanged }: { caseId: string; voided: boolean; onChanged: () => void }) => {
  const { t, i18n } = useTranslation('causes');
  const lang = i18n.language;
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { user } = useSession();
  const allowed = user.role !== 'inspector';
  const loaded = useCall('causes.ofCase', allowed ? { caseId } : null);
  const causes = useCall('causes.list', allowed ? {} : null);
  const [view, setView] = useState<CaseCauses>();
  const [editing, setEditing] = useState(false);
  const [creating, setCreating] = useState(false);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<{ causeId: string; note?: string }>();
  const savingRef = useRef(false);
  useEffect(() => setView(loaded.data), [loaded.data]);
  if (!allowed) return null;

  const changed = (next?: CaseCauses) => {
    if (next) setView(next);
    else loaded.reload();
    onChanged();
  };

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    try {
      const v = await form.validateFields().catch(() => null);
      if (!v) return;
      const next = await call('causes.record', { caseId, causeId: v.causeId, ...(v.note?.trim() && { note: v.note.trim() }) });
      void message.success(t('card.saved'));
      setEditing(false);
      setError(undefined);
      changed(next);
    } catch (e) {
      setError(e);
    } finally {
      savingRef.current = false;
    }
  };

  const startEditing = () => {
    setEditing(true);
    form.setFieldsValue({ causeId: view?.current?.causeId, note: view?.current?.note ?? '' });
  };

  const current = view?.current;
  return (
    <Card size="small" title={t('card.title')} className="block-gap" data-testid="case-cause">
      {loaded.error && <Alert type="error" showIcon title={errorText(loaded.error)} />}
      {!view && !loaded.error && <Skeleton active paragraph={{ rows: 2 }} />}
      {view && (
        <>
          {current ? (
            <div data-testid="case-cause-current">
              <Space wrap>
                <Tag color="geekblue">{t(`group.${current.group}`)}</Tag>
                <Typography.Text strong>{causeName(current, lang)}</Typography.Text>
              </Space>
              {current.note && <Typography.Paragraph style={{ margin: '6px 0 0' }}>{current.note}</Typography.Paragraph>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('card.recordedBy', { name: current.recordedBy ?? '—', time: formatTime(current.recordedAt) })}
              </Typography.Text>
            </div>
          ) : (
            !editing && <Typography.Paragraph type="secondary">{t('card.none')}</Typography.Paragraph>
          )}
          {editing ? (
            <Form form={form} layout="vertical" style={{ marginTop: 12 }} data-testid="case-cause-form">
              {error !== undefined && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
              <Form.Item name="causeId" label={t('card.cause')} rules={[{ required: true, message: t('card.pick') }]}>
                <Select
                  placeholder={t('card.pick')}
                  options={groupedCauseOptions(causes.data ?? [], lang, (g) => t(`group.${g}`))}
                  showSearch={{ optionFilterProp: 'label' }}
                  data-testid="case-cause-select"
                />
              </Form.Item>
              <Form.Item name="note" label={t('card.note')}>
                <Input.TextArea
                  rows={2}
                  maxLength={causeLimits.note}
                  showCount
                  placeholder={t('card.notePlaceholder')}
                  data-testid="case-cause-note"
                />
              </Form.Item>
              <Space>
                <Button type="primary" onClick={() => void save()} data-testid="case-cause-save">
                  {t('card.save')}
                </Button>
                <Button onClick={() => setEditing(false)}>{i18n.t('common:action.cancel')}</Button>
              </Space>
            </Form>
          ) : (
            !voided && (
              <Button size="small" style={{ marginTop: 8 }} onClick={startEditing} data-testid="case-cause-edit">
                {current ? t('card.change') : t('card.record')}
              </Button>
            )
          )}
          {view.history.length > 0 && (
            <Collapse
              ghost
              size="small"
              style={{ marginTop: 8 }}
              items={[
                {
                  key: 'history',
                  label: t('card.history', { count: view.history.length }),
                  children: view.history.map((h) => (
                    <div key={h.id} style={{ marginBottom: 6 }}>
                      <Typography.Text delete>{causeName(h, lang)}</Typography.Text>
                      {h.note && <Typography.Text type="secondary"> — {h.note}</Typography.Text>}
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('card.replaced', { name: h.replacedBy ?? '—', time: formatTime(h.replacedAt) })}
                        </Typography.Text>
                      </div>
                    </div>
                  )),
                },
              ]}
            />
          )}
          <Divider style={{ margin: '12px 0' }} />
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
            <Typography.Text strong>{t('action.title')}</Typography.Text>
            {user.role === 'owner' && !voided && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="case-action-new">
                {t('action.new')}
              </Button>
            )}
          </Space>
          {view.actions.length === 0 ? (
            <Typography.Text type="secondary">{t('action.caseNone')}</Typography.Text>
          ) : (
            <ActionTable actions={view.actions} onClose={setClosing} showCase={false} testId="case-actions" />
          )}
          <ActionFormModal
            open={creating}
            seed={{ caseId, ...view.links }}
            onClose={() => setCreating(false)}
            onCreated={() => {
              setCreating(false);
              changed();
            }}
          />
          <CloseActionModal
            closing={closing}
            onClose={() => setClosing(null)}
            onSaved={() => {
              setClosing(null);
              changed();
            }}
          />
        </>
      )}
    </Card>
  );
};
