import './templates.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyTemplate } from '../../../../shared/contract/templates.contract';
import { placeholderKeys, placeholderLabels, replySituations, type ReplySituation } from '../../../../shared/domain/reply-templates';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';
import { NeverSayCard } from './NeverSayCard';

interface Draft {
  situation: ReplySituation;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  glossEn: string;
  active: boolean;
}

/** Settings → Reply templates (owner): the templates by situation, edited in a form, and the never-say list. */
export const TemplatesTab = () => {
  const { t, i18n } = useTranslation('templates');
  const english = i18n.language === 'en-US';
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [showInactive, setShowInactive] = useState(false);
  const templates = useCall('templates.list', { includeInactive: showInactive });
  const [editing, setEditing] = useState<ReplyTemplate | 'new' | null>(null);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  // A double click fires the second OK before React re-renders with `saving`.
  const savingRef = useRef(false);
  const [form] = Form.useForm<Draft>();
  const placeholderList = placeholderKeys
    .map((k) => `{${english ? placeholderLabels[k].en : placeholderLabels[k].zh}}`)
    .join(english ? ', ' : '、');

  const open = (row: ReplyTemplate | 'new') => {
    setError(undefined);
    setEditing(row);
    form.setFieldsValue(
      row === 'new' ? { situation: 'acknowledge', titleZh: '', titleEn: '', bodyZh: '', glossEn: '', active: true } : { ...row },
    );
  };

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    try {
      const values = await form.validateFields().catch(() => null);
      if (!values) return; // the form says what is missing beside each field
      const { active, ...fields } = values;
      if (editing === 'new') await call('templates.create', fields);
      else if (editing) await call('templates.update', { id: editing.id, ...fields, active });
      void message.success(t('settings.saved'));
      setEditing(null);
      templates.reload();
    } catch (e) {
      setError(e);
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const required = [{ required: true, whitespace: true, message: '' }];
  return (
    <Space direction="vertical" size={16} className="full-width" data-testid="templates-tab">
      <Card
        title={t('settings.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="templates-add">
            {t('settings.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('settings.intro', { list: placeholderList })}</Typography.Paragraph>
        <Space className="block-gap">
          <Switch checked={showInactive} onChange={setShowInactive} data-testid="templates-show-inactive" />
          {t('settings.showInactive')}
        </Space>
        {templates.error && <Alert type="error" showIcon message={errorText(templates.error)} />}
        <Table<ReplyTemplate>
          rowKey="id"
          size="small"
          pagination={false}
          loading={templates.loading}
          dataSource={templates.data ?? []}
          data-testid="templates-table"
          onRow={(row) => ({ 'data-testid': `template-row-${row.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('settings.col.situation'),
              dataIndex: 'situation',
              width: 130,
              render: (s: ReplySituation) => <Tag>{t(`situation.${s}`)}</Tag>,
            },
            { title: t('settings.col.title'), width: 200, render: (_, row) => (english ? row.titleEn : row.titleZh) },
            {
              title: t('settings.col.body'),
              render: (_, row) => (
                <>
                  <div className="template-body">{row.bodyZh}</div>
                  {english && row.glossEn && (
                    <Typography.Text type="secondary" className="small">
                      {row.glossEn}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: t('settings.col.status'),
              width: 120,
              render: (_, row) => (
                <Space direction="vertical" size={0}>
                  {row.active ? <Tag color="green">{t('settings.active')}</Tag> : <Tag>{t('settings.inactive')}</Tag>}
                  <Typography.Text type="secondary" className="small">
                    {t('settings.used', { count: row.usageCount })}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              width: 80,
              render: (_, row) => (
                <Button size="small" onClick={() => open(row)} data-testid={`template-edit-${row.id}`}>
                  {t('settings.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <NeverSayCard />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('settings.form.newTitle') : t('settings.form.editTitle')}
        onOk={() => void save()}
        confirmLoading={saving}
        onCancel={() => setEditing(null)}
        width={640}
        destroyOnHidden
      >
        {error !== undefined && <Alert type="error" showIcon className="block-gap" message={errorText(error)} />}
        <Form form={form} layout="vertical" data-testid="template-form">
          <Form.Item name="situation" label={t('settings.form.situation')} rules={[{ required: true }]}>
            <Select options={replySituations.map((s) => ({ value: s, label: t(`situation.${s}`) }))} />
          </Form.Item>
          <Form.Item name="titleZh" label={t('settings.form.titleZh')} rules={required}>
            <Input maxLength={60} data-testid="template-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" label={t('settings.form.titleEn')} rules={required}>
            <Input maxLength={80} data-testid="template-title-en" />
          </Form.Item>
          <Form.Item name="bodyZh" label={t('settings.form.bodyZh')} rules={required} extra={placeholderList}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount data-testid="template-body" />
          </Form.Item>
          <Form.Item name="glossEn" label={t('settings.form.glossEn')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="active" label={t('settings.form.active')} valuePropName="checked">
              <Switch data-testid="template-active" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
};
