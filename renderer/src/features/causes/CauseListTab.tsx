import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CauseType } from '../../../../shared/contract/causes.contract';
import { causeGroups, causeLimits, type CauseGroup } from '../../../../shared/domain/causes';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

interface Draft {
  group: CauseGroup;
  nameZh: string;
  nameEn: string;
}

/** The owner's root-cause list: add, rename (zh/en), regroup, switch off. No delete: cases keep their cause. */
export const CauseListTab = () => {
  const { t } = useTranslation('causes');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useCall('causes.list', { includeInactive: true });
  const [editing, setEditing] = useState<CauseType | 'new' | null>(null);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<Draft>();
  const savingRef = useRef(false);

  const open = (row: CauseType | 'new') => {
    setError(undefined);
    setEditing(row);
    form.setFieldsValue(row === 'new' ? { group: 'product', nameZh: '', nameEn: '' } : row);
  };

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    try {
      const v = await form.validateFields().catch(() => null);
      if (!v) return;
      if (editing === 'new') await call('causes.create', v);
      else if (editing) await call('causes.update', { id: editing.id, ...v });
      void message.success(t('settings.saved'));
      setEditing(null);
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      savingRef.current = false;
    }
  };

  const toggle = async (row: CauseType) => {
    try {
      await call('causes.update', { id: row.id, active: !row.active });
      list.reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <Card
      title={t('settings.title')}
      data-testid="cause-list"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="cause-add">
          {t('settings.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.hint')}</Typography.Paragraph>
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table<CauseType>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data ?? []}
        columns={[
          { title: t('settings.group'), dataIndex: 'group', render: (g: CauseGroup) => <Tag color="geekblue">{t(`group.${g}`)}</Tag> },
          { title: t('settings.nameZh'), dataIndex: 'nameZh' },
          { title: t('settings.nameEn'), dataIndex: 'nameEn' },
          { title: t('settings.usage'), dataIndex: 'usageCount', align: 'right' },
          {
            title: t('settings.status'),
            dataIndex: 'active',
            render: (a: boolean) => (a ? <Tag color="green">{t('settings.active')}</Tag> : <Tag>{t('settings.inactive')}</Tag>),
          },
          {
            key: 'actions',
            render: (_, row) => (
              <Space>
                <Button size="small" onClick={() => open(row)}>
                  {t('settings.edit')}
                </Button>
                <Button size="small" danger={row.active} onClick={() => void toggle(row)}>
                  {row.active ? t('settings.deactivate') : t('settings.reactivate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('settings.createTitle') : t('settings.editTitle')}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        destroyOnHidden
      >
        {error !== undefined && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item name="group" label={t('settings.group')}>
            <Select options={causeGroups.map((g) => ({ value: g, label: t(`group.${g}`) }))} />
          </Form.Item>
          <Form.Item
            name="nameZh"
            label={t('settings.nameZh')}
            rules={[{ required: true, whitespace: true, message: t('settings.required') }]}
          >
            <Input maxLength={causeLimits.name} />
          </Form.Item>
          <Form.Item
            name="nameEn"
            label={t('settings.nameEn')}
            rules={[{ required: true, whitespace: true, message: t('settings.required') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
};
