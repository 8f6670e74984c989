import { Alert, App, Button, Card, Descriptions, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseLaw } from '../../../../shared/contract/law.contract';
import { parseYuanToFen } from '../../../../shared/domain/money';
import { freightPayers, type FreightPayer, type RuleSource } from '../../../../shared/domain/return-law';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatFen, formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';

type Verdict = CaseLaw['verdict'];
const isPayer = (value: string): value is FreightPayer => (freightPayers as readonly string[]).includes(value);

/** The rule a line came from, named in the reader's language. */
const RuleTag = ({ rule }: { rule: RuleSource }) => {
  const { t } = useTranslation('law');
  return (
    <Tag className="law-rule" data-rule={rule}>
      {t(`rule.${rule}`)}
    </Tag>
  );
};

/** One sentence: the window, the product's exception, and the conclusion ("在7天无理由期内（签收后第3天），生鲜商品除外 → 不适用无理由退货"). */
const useHeadline = () => {
  const { t } = useTranslation('law');
  return (v: Verdict): string => {
    const n = v.window.dayAfterStart ?? 0;
    if (v.basis === 'quality') return t(`verdict.quality.${v.qualityRemedy?.remedy ?? 'unknown'}`, { n });
    const days = v.window.days;
    const window =
      v.window.from === null
        ? t('verdict.window.unknown', { days })
        : v.window.from === 'signed' && v.window.within && n === 0
          ? t('verdict.window.signed_in_day0', { days })
          : t(`verdict.window.${v.window.from}_${v.window.within ? 'in' : 'out'}`, { days, n });
    const exception =
      v.exception.kind && v.exception.status !== 'none'
        ? t(`verdict.exceptionPart.${v.exception.status}`, { name: t(`exception.${v.exception.kind}`) })
        : '';
    const conclusion = v.noReason.conclusion === 'not_claimed' ? '' : ` → ${t(`verdict.conclusion.${v.noReason.conclusion}`)}`;
    return `${window}${exception}${conclusion}`;
  };
};

const FreightForm = ({ caseId, expected, onSaved }: { caseId: string; expected: FreightPayer | null; onSaved: (law: CaseLaw) => void }) => {
  const { t } = useTranslation('law');
  const errorText = useErrorText();
  const { message } = App.useApp();
  // Starts at whoever the rules say pays; the agent changes it when the facts differ.
  const [payer, setPayer] = useState<FreightPayer>(expected ?? 'buyer');
  const [amount, setAmount] = useState('');
  const [bad, setBad] = useState(false);
  const save = async () => {
    const fen = parseYuanToFen(amount);
    if (fen === null || fen < 0) return setBad(true);
    setBad(false);
    try {
      onSaved(await call('law.recordFreight', { caseId, freightPayer: payer, freightAmountFen: fen }));
      void message.success(t('verdict.freightSaved'));
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return (
    <Space wrap size={8} className="law-freight-form">
      <Select<FreightPayer>
        aria-label={t('verdict.freightPayerLabel')}
        data-testid="law-freight-payer"
        value={payer}
        onChange={setPayer}
        style={{ minWidth: 110 }}
        options={freightPayers.map((p) => ({ value: p, label: t(`verdict.payerOption.${p}`) }))}
      />
      <Input
        aria-label={t('verdict.freightAmountLabel')}
        data-testid="law-freight-amount"
        prefix="¥"
        value={amount}
        status={bad ? 'error' : undefined}
        onChange={(e) => setAmount(e.target.value)}
        onPressEnter={() => void save()}
        style={{ width: 120 }}
      />
      <Button data-testid="law-freight-save" onClick={() => void save()}>
        {t('verdict.recordFreight')}
      </Button>
      {bad && <Typography.Text type="danger">{t('verdict.badAmount')}</Typography.Text>}
    </Space>
  );
};

/** The law and the shop's policy on this case, each line with the rule it came from (issue 15, item 4). */
export const CaseLawVerdict = ({ caseId, voided }: { caseId: string; voided: boolean }) => {
  const { t, i18n } = useTranslation('law');
  const errorText = useErrorText();
  const headline = useHeadline();
  const { user } = useSession();
  const loaded = useCall('law.caseVerdict', { caseId });
  const [saved, setSaved] = useState<CaseLaw>();
  const law = saved ?? loaded.data;
  if (loaded.error) return <Alert type="error" showIcon title={errorText(loaded.error)} className="block-gap" />;
  if (!law) return <Card size="small" loading title={t('verdict.title')} className="block-gap" />;
  const v = law.verdict;
  const canRecord = !voided && (user.role === 'owner' || user.role === 'service') && v.freight.expected !== 'not_applicable';
  const excluded = v.noReason.conclusion === 'excluded' || v.noReason.conclusion === 'window_passed';
  return (
    <Card size="small" title={t('verdict.title')} className="block-gap" data-testid="case-law">
      <Alert
        type={v.basis === 'quality' ? 'info' : excluded ? 'warning' : v.noReason.conclusion === 'allowed' ? 'success' : 'info'}
        showIcon
        className="block-gap"
        data-testid="case-law-headline"
        title={headline(v)}
        description={
          v.basis === 'unclear' ? t('verdict.unclear') : v.exception.status === 'if_opened' ? t('verdict.ifOpenedNote') : undefined
        }
      />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('verdict.row.window')}>
          {v.window.from === null || v.window.startAt === null || v.window.endAt === null
            ? t('verdict.noTimes')
            : t('verdict.windowDetail', {
                from: t(`verdict.from.${v.window.from}`),
                start: formatTime(v.window.startAt),
                days: v.window.days,
                end: formatTime(v.window.endAt),
              })}{' '}
          <RuleTag rule={v.window.rule} />
          {v.window.lengthRule === 'shop_policy' && <RuleTag rule="shop_policy" />}
        </Descriptions.Item>
        <Descriptions.Item label={t('verdict.row.exception')}>
          {v.exception.kind === null ? (
            t('verdict.exceptionNone')
          ) : (
            <>
              {t(`verdict.exceptionStatus.${v.exception.status === 'none' ? 'applies' : v.exception.status}`, {
                name: t(`exception.${v.exception.kind}`),
              })}
              {v.basis === 'quality' && t('verdict.qualityNotAffected')} <RuleTag rule={v.exception.rule} />
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('verdict.row.freight')}>
          <Space direction="vertical" size={4}>
            <span data-testid="case-law-freight">
              {t(`verdict.freightExpected.${v.freight.expected}`)} <RuleTag rule={v.freight.rule} />
            </span>
            {v.freight.recorded && (
              <Typography.Text type={v.freight.mismatch ? 'warning' : 'secondary'} data-testid="case-law-freight-recorded">
                {t('verdict.freightRecorded', {
                  payer: t(`verdict.payer.${v.freight.recorded}`),
                  amount: formatFen(law.freightAmountFen ?? 0, i18n.language),
                })}
                {v.freight.mismatch && ` ${t('verdict.freightMismatch')}`}
              </Typography.Text>
            )}
            {canRecord && (
              <FreightForm caseId={caseId} expected={isPayer(v.freight.expected) ? v.freight.expected : null} onSaved={setSaved} />
            )}
          </Space>
        </Descriptions.Item>
        {v.refund && (
          <Descriptions.Item label={t('verdict.row.refund')}>
            {v.refund.dueAt === null
              ? t('verdict.refundPending', { hours: v.refund.hours })
              : t('verdict.refundDue', { hours: v.refund.hours, time: formatTime(v.refund.dueAt) })}
            {v.refund.cappedByLaw && t('verdict.refundCapped')} <RuleTag rule={v.refund.rule} />
          </Descriptions.Item>
        )}
        {v.burdenOfProof && (
          <Descriptions.Item label={t('verdict.row.burden')}>
            {v.burdenOfProof.endsAt === null
              ? t('verdict.burdenSellerNoDate')
              : t(v.burdenOfProof.sellerBears ? 'verdict.burdenSeller' : 'verdict.burdenBuyer', {
                  time: formatTime(v.burdenOfProof.endsAt),
                })}{' '}
            <RuleTag rule={v.burdenOfProof.rule} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
};
