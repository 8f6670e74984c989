import { PlusOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { userSummarySchema } from '../../../../shared/contract/users.contract';
import { roles, type Role } from '../../../../shared/domain/roles';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';

type UserSummary = z.infer<typeof userSummarySchema>;
interface UserForm {
  name: string;
  role: Role;
  pin?: string;
  pinConfirm?: string;
  active?: boolean;
}

const roleColor: Record<Role, string> = { owner: 'red', inspector: 'blue', service: 'green' };
const pinRule = /^\d{6,12}$/;

/** Owner only: add users with a role and PIN, rename, change role, reset the PIN, deactivate. */
export const UsersTab = () => {
  const { t } = useTranslation('settings');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user: me } = useSession();
  const users = useCall('users.list', {});
  const [editing, setEditing] = useState<UserSummary | 'new' | null>(null);
  const [form] = Form.useForm<UserForm>();
  const [busy, setBusy] = useState(false);

  const open = (target: UserSummary | 'new') => {
    setEditing(target);
    form.resetFields();
    if (target !== 'new') form.setFieldsValue({ name: target.name, role: target.role, active: target.active });
  };

  const save = async (values: UserForm) => {
    setBusy(true);
    try {
      if (editing === 'new') {
        await call('users.create', { name: values.name, role: values.role, pin: values.pin ?? '' });
        void message.success(t('users.created', { name: values.name }));
      } else if (editing) {
        await call('users.update', {
          id: editing.id,
          name: values.name,
          role: values.role,
          active: values.active,
          ...(values.pin ? { pin: values.pin } : {}),
        });
        void message.success(t('users.saved'));
      }
      setEditing(null);
      users.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const isNew = editing === 'new';
  const target = typeof editing === 'object' ? editing : null;
  return (
    <Space direction="vertical" size={16} className="full-width">
      <div className="settings-tab-head">
        <Typography.Text type="secondary">{t('users.intro')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="users-add">
          {t('users.add')}
        </Button>
      </div>
      {users.error && <Alert type="error" showIcon title={errorText(users.error)} />}
      <Table<UserSummary>
        rowKey="id"
        loading={users.loading}
        dataSource={users.data ?? []}
        pagination={false}
        onRow={(u) => ({ 'data-testid': `user-row-${u.name}` }) as object}
        columns={[
          {
            title: t('users.name'),
            key: 'name',
            render: (_, u) => (
              <Space>
                <UserOutlined />
                {u.name}
                {u.id === me.id && <Typography.Text type="secondary">{t('users.you')}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('users.role'), key: 'role', render: (_, u) => <Tag color={roleColor[u.role]}>{t(`role.${u.role}`)}</Tag> },
          {
            title: t('users.status'),
            key: 'active',
            render: (_, u) => (u.active ? <Tag color="success">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>),
          },
          {
            title: t('users.actions'),
            key: 'actions',
            width: 120,
            render: (_, u) => (
              <Button size="small" onClick={() => open(u)} data-testid={`user-edit-${u.name}`}>
                {t('users.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={isNew ? t('users.add') : t('users.editTitle', { name: target?.name ?? '' })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        forceRender
      >
        <Form<UserForm> form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ role: 'service', active: true }}>
          <Form.Item
            name="name"
            label={t('users.name')}
            rules={[{ required: true, whitespace: true, max: 40, message: t('users.required', { field: t('users.name') }) }]}
          >
            <Input data-testid="user-form-name" />
          </Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
            <Select data-testid="user-form-role" options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="pin"
            label={isNew ? t('users.pin') : t('users.newPin')}
            extra={t('users.pinHint')}
            rules={[{ required: isNew, pattern: pinRule, message: t('users.pinHint') }]}
          >
            <Input.Password inputMode="numeric" maxLength={12} data-testid="user-form-pin" autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="pinConfirm"
            label={t('users.pinConfirm')}
            dependencies={['pin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  (getFieldValue('pin') ?? '') === (value ?? '') ? Promise.resolve() : Promise.reject(new Error(t('users.pinMismatch'))),
              }),
            ]}
          >
            <Input.Password inputMode="numeric" maxLength={12} data-testid="user-form-pin-confirm" autoComplete="new-password" />
          </Form.Item>
          {!isNew && (
            <Form.Item name="active" label={t('users.status')} valuePropName="checked" extra={t('users.lastOwner')}>
              <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} data-testid="user-form-active" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
};
