import { App, Button, Input, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntryView, RemediesView } from '../../../../shared/contract/remedies.contract';
import { manualCompensationKinds } from '../../../../shared/domain/remedies';
import { call } from '../../api/client';
import { formatFen, formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { fenOf } from './money';

type ManualKind = (typeof manualCompensationKinds)[number];

/** Money paid out on the case in any form, with its total; voided entries stay listed, struck through. */
export const CompensationLedger = ({ view, onSaved }: { view: RemediesView; onSaved: (view: RemediesView) => void }) => {
  const { t, i18n } = useTranslation('remedies');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ManualKind>('return_freight');
  const [amount, setAmount] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [voidReason, setVoidReason] = useState('');
  const money = (fen: number) => formatFen(fen, i18n.language);

  const run = async (work: () => Promise<RemediesView>, done: string) => {
    try {
      onSaved(await work());
      void message.success(done);
      return true;
    } catch (error) {
      void message.error(errorText(error));
      return false;
    }
  };
  const add = async () => {
    const amountFen = fenOf(amount) ?? 0;
    if (
      await run(
        () => call('remedies.addPayment', { caseId: view.caseId, kind, amountFen, ...(note.trim() && { note: note.trim() }) }),
        t('ledger.added'),
      )
    ) {
      setAmount(null);
      setNote('');
    }
  };

  return (
    <div className="remedy-ledger" data-testid="remedy-ledger">
      <Space className="remedy-ledger-head" align="baseline">
        <Typography.Text strong>{t('ledger.title')}</Typography.Text>
        <Typography.Text strong data-testid="ledger-total">
          {t('ledger.total', { amount: money(view.ledgerTotalFen) })}
        </Typography.Text>
      </Space>
      <Table<LedgerEntryView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.ledger}
        locale={{ emptyText: t('ledger.empty') }}
        rowClassName={(e) => (e.voidedAt === null ? '' : 'remedy-voided')}
        columns={[
          { key: 'time', width: 140, render: (_, e) => formatTime(e.paidAt) },
          { key: 'kind', render: (_, e) => t(`ledger.kind.${e.kind}`) },
          {
            key: 'amount',
            align: 'right',
            width: 110,
            render: (_, e) => <Typography.Text delete={e.voidedAt !== null}>{money(e.amountFen)}</Typography.Text>,
          },
          {
            key: 'note',
            render: (_, e) =>
              e.voidedAt !== null
                ? t('ledger.voided', { reason: e.voidReason ?? '' })
                : [e.remedyId ? t('ledger.fromRemedy') : null, e.note].filter(Boolean).join(' · '),
          },
          { key: 'by', width: 90, render: (_, e) => e.recordedByName ?? '—' },
          {
            key: 'void',
            width: 70,
            render: (_, e) =>
              e.voidedAt === null && (
                <Popconfirm
                  title={
                    <Input
                      value={voidReason}
                      onChange={(ev) => setVoidReason(ev.target.value)}
                      placeholder={t('ledger.voidReason')}
                      maxLength={500}
                    />
                  }
                  onConfirm={() => run(() => call('remedies.voidPayment', { entryId: e.id, voidReason }), t('list.withdrawn'))}
                >
                  <Button size="small" type="text" danger>
                    {t('ledger.void')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
        showHeader={false}
      />
      <Space.Compact className="remedy-ledger-add">
        <Select<ManualKind>
          value={kind}
          onChange={setKind}
          className="remedy-ledger-kind"
          options={manualCompensationKinds.map((k) => ({ value: k, label: t(`ledger.kind.${k}`) }))}
        />
        <InputNumber<number>
          prefix="¥"
          precision={2}
          value={amount}
          onChange={setAmount}
          placeholder={t('ledger.amount')}
          className="remedy-ledger-amount"
        />
        <Input value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('ledger.note')} maxLength={500} />
        <Button onClick={() => void add()}>{t('ledger.add')}</Button>
      </Space.Compact>
    </div>
  );
};
