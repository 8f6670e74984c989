import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierRow } from '../../../../shared/contract/suppliers.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';

interface SupplierForm {
  name: string;
  contact?: string;
  notes?: string;
}

/** The supplier list; owners add, edit, deactivate and reactivate (nothing is deleted). */
export const SuppliersTab = () => {
  const { t } = useTranslation('suppliers');
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const owner = useSession().user.role === 'owner';
  const [q, setQ] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const suppliers = useCall('suppliers.list', { q: q || undefined, includeInactive: showInactive });
  const [editing, setEditing] = useState<SupplierRow | 'new' | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<SupplierForm>();

  const open = (row: SupplierRow | 'new') => {
    setEditing(row);
    form.setFieldsValue(
      row === 'new' ? { name: '', contact: '', notes: '' } : { name: row.name, contact: row.contact ?? '', notes: row.notes ?? '' },
    );
  };

  const save = async (values: SupplierForm) => {
    setSaving(true);
    try {
      const fields = { name: values.name, contact: values.contact?.trim() || null, notes: values.notes?.trim() || null };
      const saved =
        editing === 'new' || editing === null
          ? await call('suppliers.create', fields)
          : await call('suppliers.update', { id: editing.id, ...fields });
      void message.success(t('saved', { name: saved.name }));
      setEditing(null);
      suppliers.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  const setActive = (row: SupplierRow, active: boolean) => {
    const run = async () => {
      try {
        await call('suppliers.update', { id: row.id, active });
        void message.success(t(active ? 'reactivated' : 'deactivated', { name: row.name }));
        suppliers.reload();
      } catch (error) {
        void message.error(errorText(error));
      }
    };
    if (active) void run();
    else
      modal.confirm({
        title: t('confirmDeactivate', { name: row.name }),
        okText: t('deactivate'),
        cancelText: t('form.cancel'),
        onOk: run,
      });
  };

  return (
    <Space direction="vertical" size={16} className="full-width">
      <div className="toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('search')}
          className="search"
          onChange={(e) => setQ(e.target.value.trim())}
        />
        <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
          {t('showInactive')}
        </Checkbox>
        <span className="spacer" />
        {owner && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="supplier-add">
            {t('add')}
          </Button>
        )}
      </div>
      <Typography.Text type="secondary">{t('linkHint')}</Typography.Text>
      <Table<SupplierRow>
        rowKey="id"
        size="middle"
        loading={suppliers.loading}
        dataSource={suppliers.data ?? []}
        pagination={false}
        data-testid="supplier-table"
        columns={[
          { title: t('col.name'), dataIndex: 'name', key: 'name', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
          { title: t('col.contact'), dataIndex: 'contact', key: 'contact', render: (v: string | null) => v ?? t('none') },
          { title: t('col.notes'), dataIndex: 'notes', key: 'notes', ellipsis: true, render: (v: string | null) => v ?? t('none') },
          { title: t('col.products'), dataIndex: 'productCount', key: 'products', align: 'right', width: 90 },
          { title: t('col.lots'), dataIndex: 'lotCount', key: 'lots', align: 'right', width: 90 },
          {
            title: t('col.status'),
            key: 'status',
            width: 100,
            render: (_, row) => (row.active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>),
          },
          ...(owner
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, row: SupplierRow) => (
                    <Space size={4}>
                      <Button size="small" onClick={() => open(row)}>
                        {t('edit')}
                      </Button>
                      <Button size="small" onClick={() => setActive(row, !row.active)}>
                        {row.active ? t('deactivate') : t('reactivate')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('form.addTitle') : t('form.editTitle', { name: editing?.name ?? '' })}
        okText={t('form.save')}
        cancelText={t('form.cancel')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="supplier-form">
          <Form.Item name="name" label={t('form.name')} rules={[{ required: true, whitespace: true, message: t('form.nameRequired') }]}>
            <Input maxLength={80} data-testid="supplier-name" />
          </Form.Item>
          <Form.Item name="contact" label={t('form.contact')} extra={t('form.contactHelp')}>
            <Input maxLength={120} data-testid="supplier-contact" />
          </Form.Item>
          <Form.Item name="notes" label={t('form.notes')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};
