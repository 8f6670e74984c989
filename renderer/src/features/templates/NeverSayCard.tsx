import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeverSayPhraseView } from '../../../../shared/contract/templates.contract';
import { neverSayKinds, type NeverSayKind } from '../../../../shared/domain/reply-templates';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

const kindColor: Record<NeverSayKind, string> = { blame: 'red', refusal: 'orange', arguing: 'purple' };

/** The owner's never-say list: phrases the composer warns about. Switched off, never deleted (audited). */
export const NeverSayCard = () => {
  const { t } = useTranslation('templates');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const phrases = useCall('templates.neverSayList', { includeInactive: true });
  const [phrase, setPhrase] = useState('');
  const [kind, setKind] = useState<NeverSayKind>('blame');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      if (done) void message.success(done);
      phrases.reload();
      return true;
    } catch (e) {
      void message.error(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    if (await run(() => call('templates.neverSayAdd', { phrase, kind }), t('settings.neverSay.added'))) setPhrase('');
  };
  const toggle = (row: NeverSayPhraseView) => void run(() => call('templates.neverSayUpdate', { id: row.id, active: !row.active }));

  return (
    <Card title={t('settings.neverSay.title')} data-testid="never-say-card">
      <Typography.Paragraph type="secondary">{t('settings.neverSay.intro')}</Typography.Paragraph>
      <Space.Compact className="block-gap">
        <Input
          value={phrase}
          maxLength={40}
          placeholder={t('settings.neverSay.phrase')}
          aria-label={t('settings.neverSay.phrase')}
          onChange={(e) => setPhrase(e.target.value)}
          onPressEnter={() => void add()}
          data-testid="never-say-phrase"
        />
        <Select<NeverSayKind>
          value={kind}
          onChange={setKind}
          className="never-say-kind"
          options={neverSayKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <Button type="primary" disabled={!phrase.trim()} loading={busy} onClick={() => void add()} data-testid="never-say-add">
          {t('settings.neverSay.add')}
        </Button>
      </Space.Compact>
      {phrases.error && <Alert type="error" showIcon message={errorText(phrases.error)} />}
      <Table<NeverSayPhraseView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={phrases.data ?? []}
        columns={[
          {
            title: t('settings.neverSay.phrase'),
            dataIndex: 'phrase',
            render: (p: string, row) => (row.active ? p : <Typography.Text delete>{p}</Typography.Text>),
          },
          {
            title: t('settings.neverSay.kind'),
            dataIndex: 'kind',
            render: (k: NeverSayKind) => <Tag color={kindColor[k]}>{t(`kind.${k}`)}</Tag>,
          },
          {
            width: 100,
            render: (_, row) => (
              <Button size="small" onClick={() => toggle(row)} disabled={busy}>
                {row.active ? t('settings.neverSay.deactivate') : t('settings.neverSay.reactivate')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
};
