import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Input, List, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnmatchedParcel } from '../../../../shared/contract/parcels.contract';
import { normaliseScanCode, type ScanLookupOutput } from '../../../../shared/contract/scan.contract';
import { call } from '../../api/client';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';

/** Links a parcel to its case: scan or type the case's number, pick the case. */
const LinkParcel = ({ parcel, onClose, onLinked }: { parcel: UnmatchedParcel | null; onClose: () => void; onLinked: () => void }) => {
  const { t } = useTranslation('scan');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [found, setFound] = useState<ScanLookupOutput>();
  useEffect(() => setFound(undefined), [parcel]);
  const search = async (text: string) => {
    const code = normaliseScanCode(text);
    if (!code) return;
    try {
      setFound(await call('scan.lookup', { code }));
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const link = async (caseId: string) => {
    if (!parcel) return;
    try {
      const result = await call('parcels.link', { parcelId: parcel.id, caseId });
      void message.success(t('unmatched.linkDone', { caseNumber: result.case.caseNumber }));
      onLinked();
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  return (
    <Modal
      open={parcel !== null}
      onCancel={onClose}
      footer={null}
      title={parcel && t('unmatched.linkTitle', { code: parcel.code })}
      destroyOnHidden
    >
      <Input.Search
        autoFocus
        size="large"
        placeholder={t('unmatched.linkSearch')}
        onSearch={(v) => void search(v)}
        enterButton
        data-testid="link-search"
      />
      {found && (
        <List
          className="gap-top"
          dataSource={found.cases}
          locale={{ emptyText: t('result.noneTitle', { code: found.code }) }}
          renderItem={(c) => (
            <List.Item
              actions={[
                <Button key="link" type="primary" onClick={() => void link(c.id)} data-testid="link-case">
                  {t('unmatched.link')}
                </Button>,
              ]}
            >
              <Space wrap>
                <Typography.Text strong>{c.caseNumber}</Typography.Text>
                <span>{c.orderNumber}</span>
                <Tag>{t(`enum.status.${c.status}`)}</Tag>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
};

/** The unmatched-parcels list, one click from the scan bar. */
export const UnmatchedParcels = ({ open, onClose, onChanged }: { open: boolean; onClose: () => void; onChanged: () => void }) => {
  const { t } = useTranslation('scan');
  const [state, setState] = useState<'open' | 'all'>('open');
  const [rows, setRows] = useState<UnmatchedParcel[]>([]);
  const [linking, setLinking] = useState<UnmatchedParcel | null>(null);
  const load = useCallback(
    () =>
      void call('parcels.list', { state })
        .then(setRows)
        .catch(() => undefined),
    [state],
  );
  useEffect(() => {
    if (open) load();
  }, [open, load]);

  return (
    <Drawer open={open} onClose={onClose} size={860} title={t('unmatched.title')} data-testid="unmatched-drawer">
      <Segmented
        value={state}
        onChange={(v) => setState(v as 'open' | 'all')}
        options={[
          { value: 'open', label: t('unmatched.open') },
          { value: 'all', label: t('unmatched.all') },
        ]}
      />
      <Table
        className="gap-top"
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('unmatched.none') }}
        data-testid="unmatched-table"
        columns={[
          {
            title: t('unmatched.code'),
            dataIndex: 'code',
            render: (code: string) => (
              <Typography.Text strong copyable>
                {code}
              </Typography.Text>
            ),
          },
          { title: t('unmatched.courier'), dataIndex: 'courier', render: (v: string | null) => v ?? '—' },
          { title: t('unmatched.note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
          { title: t('unmatched.receivedAt'), dataIndex: 'receivedAt', render: (v: number) => formatTime(v) },
          { title: t('unmatched.by'), dataIndex: 'receivedByName' },
          { title: t('unmatched.photos'), dataIndex: 'photoCount', width: 64 },
          {
            key: 'link',
            render: (_, p) =>
              p.linkedCaseId ? (
                <Tag color="green">{t('unmatched.linked', { caseNumber: p.linkedCaseNumber ?? '' })}</Tag>
              ) : (
                <Button icon={<LinkOutlined />} onClick={() => setLinking(p)}>
                  {t('unmatched.link')}
                </Button>
              ),
          },
        ]}
      />
      <LinkParcel
        parcel={linking}
        onClose={() => setLinking(null)}
        onLinked={() => {
          setLinking(null);
          load();
          onChanged();
        }}
      />
    </Drawer>
  );
};
