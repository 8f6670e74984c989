import { Card, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import { useCall } from '../../api/useCall';
import { formatTime } from '../../i18n/format';
import { auditSentence } from '../audit/audit-text';

/** Who did what to this case, its inspections and messages, as sentences: the append-only log, oldest first. */
export const CaseAudit = ({ entries }: { entries: AuditEntryView[] }) => {
  const { t, i18n } = useTranslation('cases');
  // Active users' names (the login picker's list, open to every role) turn an assignee id into a name.
  const users = useCall('auth.loginChoices', {});
  const userNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);
  return (
    <Card size="small" title={t('detail.audit')} className="block-gap" data-testid="case-audit">
      <Table<AuditEntryView>
        size="small"
        rowKey="seq"
        pagination={false}
        dataSource={entries}
        onRow={() => ({ 'data-testid': 'case-audit-row' }) as object}
        columns={[
          { title: '', key: 'at', width: 140, render: (_, e) => formatTime(e.at) },
          {
            title: '',
            key: 'sentence',
            render: (_, e) => <span className="audit-change">{auditSentence(e, { t, language: i18n.language, userNames })}</span>,
          },
        ]}
        showHeader={false}
      />
    </Card>
  );
};
