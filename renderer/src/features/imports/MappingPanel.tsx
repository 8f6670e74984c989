import { Alert, Button, Card, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/imports.contract';
import { importFieldsByKind, type ImportKind } from '../../../../shared/domain/import-presets';
import { call } from '../../api/client';

/** Unknown layout: the user maps our fields to the file's columns; the mapping is saved as a named preset. */
export const MappingPanel = ({
  preview,
  onSaved,
  onError,
}: {
  preview: ImportPreview;
  onSaved: (presetId: string) => void;
  onError: (e: unknown) => void;
}) => {
  const { t } = useTranslation('imports');
  const [kind, setKind] = useState<ImportKind>('orders');
  const [name, setName] = useState(preview.fileName.replace(/\.[^.]+$/, ''));
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const fields = importFieldsByKind[kind];
  const columnOptions = useMemo(
    () => preview.headers.map((h, i) => ({ value: h, label: h || `#${i + 1}` })).filter((o) => o.value !== ''),
    [preview.headers],
  );
  const samplesOf = (header: string | undefined) => {
    const at = header === undefined ? -1 : preview.headers.indexOf(header);
    return at < 0
      ? ''
      : preview.samples
          .map((row) => row[at] ?? '')
          .filter(Boolean)
          .slice(0, 3)
          .join(' · ');
  };
  const missing = fields.filter((f) => f.required && !mapping[f.key]);

  const save = async () => {
    setBusy(true);
    try {
      const preset = await call('imports.savePreset', {
        name,
        kind,
        mapping: Object.fromEntries(Object.entries(mapping).filter(([field]) => fields.some((f) => f.key === field))),
      });
      onSaved(preset.id);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('mapping.title')} data-testid="import-mapping">
      <Alert type="warning" showIcon title={t('mapping.hint')} style={{ marginBottom: 16 }} />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('mapping.kind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              setMapping({});
            }}
            optionType="button"
            options={[
              { value: 'orders', label: t('kind.orders') },
              { value: 'aftersales', label: t('kind.aftersales') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('mapping.name')}>
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} style={{ width: 260 }} data-testid="mapping-name" />
        </Form.Item>
      </Form>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={fields.map((f) => ({ ...f }))}
        columns={[
          {
            title: t('mapping.field'),
            dataIndex: 'key',
            width: 200,
            render: (key: string, f) => (
              <Space>
                {t(`field.${key}`)}
                {f.required && <Typography.Text type="danger">*</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('mapping.column'),
            dataIndex: 'key',
            width: 260,
            render: (key: string) => (
              <Select
                allowClear
                showSearch
                style={{ width: 240 }}
                placeholder={t('mapping.choose')}
                value={mapping[key]}
                options={columnOptions}
                onChange={(value?: string) =>
                  setMapping((m) => {
                    const next = { ...m };
                    if (value) next[key] = value;
                    else delete next[key];
                    return next;
                  })
                }
                data-testid={`mapping-${key}`}
              />
            ),
          },
          {
            title: t('mapping.sample'),
            dataIndex: 'key',
            render: (key: string) => (
              <Typography.Text type="secondary" ellipsis>
                {samplesOf(mapping[key])}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Button
        type="primary"
        style={{ marginTop: 16 }}
        disabled={missing.length > 0 || !name.trim()}
        loading={busy}
        onClick={() => void save()}
        data-testid="mapping-save"
      >
        {t('mapping.save')}
      </Button>
    </Card>
  );
};
