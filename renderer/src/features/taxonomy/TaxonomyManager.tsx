import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefectType } from '../../../../shared/contract/taxonomy.contract';
import { defectCategories, defectClasses, type DefectCategory, type DefectClass } from '../../../../shared/domain/inspection';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';

interface Draft {
  code: string;
  nameZh: string;
  nameEn: string;
  category: DefectCategory;
  defaultClass: DefectClass;
}

const classColor: Record<DefectClass, string> = { critical: 'red', major: 'orange', minor: 'blue' };

/**
 * The owners' defect taxonomy: add, rename (zh/en), re-class, re-categorise, deactivate. There is no delete:
 * past findings keep their type. Embedded in the Settings page.
 */
export const TaxonomyManager = () => {
  const { t } = useTranslation('taxonomy');
  const { message } = App.useApp();
  const [rows, setRows] = useState<DefectType[]>([]);
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(true);
  const [editing, setEditing] = useState<DefectType | 'new' | null>(null);
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<Draft>();
  const [saving, setSaving] = useState(false);
  // A ref, not only state: a double click fires the second OK before React re-renders with `saving`.
  const savingRef = useRef(false);

  const load = useCallback(() => {
    void call('taxonomy.list', { search: search.trim() || undefined, includeInactive: showInactive })
      .then(setRows)
      .catch((e: unknown) => setError(e));
  }, [search, showInactive]);
  useEffect(load, [load]);

  const open = (row: DefectType | 'new') => {
    setError(undefined);
    setEditing(row);
    form.setFieldsValue(row === 'new' ? { code: '', nameZh: '', nameEn: '', category: 'appearance', defaultClass: 'minor' } : row);
  };

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    try {
      const values = await form.validateFields().catch(() => null);
      if (!values) return; // the form shows what is missing beside each field
      if (editing === 'new') await call('taxonomy.create', values);
      else if (editing)
        await call('taxonomy.update', {
          id: editing.id,
          nameZh: values.nameZh,
          nameEn: values.nameEn,
          category: values.category,
          defaultClass: values.defaultClass,
        });
      void message.success(t('saved'));
      setEditing(null);
      load();
    } catch (e) {
      setError(e);
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const toggle = async (row: DefectType) => {
    try {
      await call('taxonomy.setActive', { id: row.id, active: !row.active });
      load();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <Card
      title={t('title')}
      data-testid="taxonomy-manager"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="taxonomy-add">
          {t('add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280 }}
          data-testid="taxonomy-search"
        />
        <Space>
          <Switch checked={showInactive} onChange={setShowInactive} />
          {t('showInactive')}
        </Space>
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        data-testid="taxonomy-table"
        columns={[
          { title: t('code'), dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: t('nameZh'), dataIndex: 'nameZh' },
          { title: t('nameEn'), dataIndex: 'nameEn' },
          { title: t('category'), dataIndex: 'category', render: (c: DefectCategory) => t(`enum.category.${c}`) },
          {
            title: t('defaultClass'),
            dataIndex: 'defaultClass',
            render: (c: DefectClass) => <Tag color={classColor[c]}>{t(`enum.defectClass.${c}`)}</Tag>,
          },
          { title: t('usage'), dataIndex: 'usageCount', align: 'right' },
          {
            title: t('status'),
            dataIndex: 'active',
            render: (a: boolean) => (a ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>),
          },
          {
            key: 'actions',
            render: (_, row) => (
              <Space>
                <Button size="small" onClick={() => open(row)} data-testid={`taxonomy-edit-${row.code}`}>
                  {t('edit')}
                </Button>
                <Button size="small" danger={row.active} onClick={() => void toggle(row)} data-testid={`taxonomy-toggle-${row.code}`}>
                  {row.active ? t('deactivate') : t('reactivate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('createTitle') : editing ? t('editTitle', { code: editing.code }) : ''}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        confirmLoading={saving}
        destroyOnHidden
      >
        {error !== undefined && (
          <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} data-testid="taxonomy-error" />
        )}
        <Form form={form} layout="vertical">
          <Form.Item
            name="code"
            label={t('code')}
            extra={t('codeHint')}
            rules={[
              { required: true, message: t('required') },
              { pattern: /^[A-Za-z][A-Za-z0-9_]{1,31}$/, message: t('codeHint') },
            ]}
          >
            <Input disabled={editing !== 'new'} data-testid="taxonomy-code" />
          </Form.Item>
          <Form.Item name="nameZh" label={t('nameZh')} rules={[{ required: true, message: t('required') }, { max: 40 }]}>
            <Input data-testid="taxonomy-name-zh" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('nameEn')} rules={[{ required: true, message: t('required') }, { max: 40 }]}>
            <Input data-testid="taxonomy-name-en" />
          </Form.Item>
          <Space>
            <Form.Item name="category" label={t('category')}>
              <Select style={{ width: 180 }} options={defectCategories.map((c) => ({ value: c, label: t(`enum.category.${c}`) }))} />
            </Form.Item>
            <Form.Item name="defaultClass" label={t('defaultClass')}>
              <Select style={{ width: 140 }} options={defectClasses.map((c) => ({ value: c, label: t(`enum.defectClass.${c}`) }))} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </Card>
  );
};
