import './templates.css';
import { CopyOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import type { ReplyTemplate } from '../../../../shared/contract/templates.contract';
import {
  checkReply,
  fillTemplate,
  maxReplyChars,
  placeholderLabels,
  placeholderValuesOf,
  type ReplySituation,
} from '../../../../shared/domain/reply-templates';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatNumber } from '../../i18n/format';
import { TemplatePicker } from './TemplatePicker';

const buyerToken = `{${placeholderLabels.buyerName.zh}}`;

interface Picked {
  template: ReplyTemplate;
  /** The template as filled from the case: the text "unchanged" is compared with. */
  filled: string;
}

/**
 * The text box of a case's messages. For a reply to the buyer it offers the templates (filled from the case), the
 * buyer's name as shown in the chat, the checks (an unfilled placeholder or an over-long text blocks; the template
 * word for word and never-say phrases warn), Copy for the platform chat and Log. Inbound and internal notes get
 * the box and the length check only.
 */
export const ReplyComposer = ({
  detail,
  outbound,
  busy,
  placeholder,
  logLabel,
  onLog,
  situation,
}: {
  detail: CaseDetail;
  outbound: boolean;
  busy: boolean;
  placeholder: string;
  logLabel: string;
  /** Records the text; resolves true when it was stored, so the box empties. */
  onLog: (text: string, templateId: string | undefined) => Promise<boolean>;
  /** Opens with the first active template of this situation picked (the escalation card's "tell the buyer"). */
  situation?: ReplySituation;
}) => {
  const { t, i18n } = useTranslation('templates');
  const { message } = App.useApp();
  const { user } = useSession();
  const templates = useCall('templates.list', outbound ? {} : null);
  const phrases = useCall('templates.neverSayList', outbound ? {} : null);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Picked>();
  const [buyerName, setBuyerName] = useState('');
  /** The length of a text refused for being too long (a 10 MB paste): said, and kept out of the box. */
  const [refusedLength, setRefusedLength] = useState<number>();

  const valuesFor = (name: string) =>
    placeholderValuesOf({
      buyerName: name.trim() || null,
      orderNumber: detail.orderNumber,
      productName: detail.productName,
      specText: detail.specText,
      deadlineAt: detail.deadlineAt,
      type: detail.type,
      suggestedOutcome: detail.suggestedOutcome,
      suggestedRefundFen: detail.suggestedRefundFen,
      refundFen: detail.refundFen,
      agentName: user.name,
    });

  const pick = (template: ReplyTemplate) => {
    const filled = fillTemplate(template.bodyZh, valuesFor(buyerName));
    setPicked({ template, filled });
    setText(filled);
  };

  // Picked once, when the templates arrive; after that the agent chooses.
  const situationPicked = useRef(false);
  useEffect(() => {
    if (!situation || situationPicked.current || !templates.data) return;
    situationPicked.current = true;
    const first = templates.data.find((x) => x.situation === situation);
    if (first) pick(first);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, with the case as it is when the composer opens
  }, [situation, templates.data]);

  // The name fills the template's {买家昵称} wherever it still stands, edited or not.
  const nameBuyer = (name: string) => {
    setBuyerName(name);
    if (!picked || !name.trim()) return;
    const filled = fillTemplate(picked.template.bodyZh, valuesFor(name));
    setText((current) => (current === picked.filled ? filled : current.split(buyerToken).join(name.trim())));
    setPicked({ ...picked, filled });
  };

  const check = useMemo(
    () => checkReply(text, { outbound, filledTemplate: outbound ? (picked?.filled ?? null) : null, phrases: phrases.data ?? [] }),
    [text, outbound, picked, phrases.data],
  );
  const language = i18n.language;
  const list = (items: string[]) => items.join(language === 'en-US' ? ', ' : '、');
  const sendable = outbound && text.trim() !== '' && !check.blocked;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('composer.copied'));
    } catch {
      void message.error(t('composer.copyFailed'));
    }
  };

  const log = async () => {
    if (await onLog(text, outbound ? picked?.template.id : undefined)) {
      setText('');
      setPicked(undefined);
    }
  };

  return (
    <Space direction="vertical" size={8} className="full-width" data-testid="reply-composer">
      {outbound && (
        <Space wrap>
          <TemplatePicker templates={templates.data ?? []} value={picked?.template.id} onPick={pick} />
          {picked && picked.template.bodyZh.includes(buyerToken) && (
            <Input
              className="reply-buyer-name"
              value={buyerName}
              maxLength={40}
              placeholder={t('composer.buyerName')}
              aria-label={t('composer.buyerName')}
              onChange={(e) => nameBuyer(e.target.value)}
              data-testid="reply-buyer-name"
            />
          )}
        </Space>
      )}
      {outbound && !picked && (
        <Typography.Text type="secondary" className="small">
          {t('composer.pickHint')}
        </Typography.Text>
      )}
      {picked && language === 'en-US' && picked.template.glossEn && (
        <Typography.Text type="secondary" className="small" data-testid="reply-gloss">
          {t('composer.gloss', { gloss: picked.template.glossEn })}
        </Typography.Text>
      )}
      <Input.TextArea
        autoSize={{ minRows: 3, maxRows: 10 }}
        value={text}
        placeholder={placeholder}
        onPaste={(e) => {
          // Laying out megabytes in a text box freezes the page: a paste that would be too long is refused before it lands.
          const box = e.currentTarget;
          const length = text.length - (box.selectionEnd - box.selectionStart) + e.clipboardData.getData('text').length;
          if (length <= maxReplyChars) return;
          e.preventDefault();
          setRefusedLength(length);
        }}
        onChange={(e) => {
          const value = e.target.value;
          if (value.length > maxReplyChars) return setRefusedLength(value.length);
          setRefusedLength(undefined);
          setText(value);
        }}
        data-testid="case-message-input"
      />
      {(refusedLength !== undefined || check.tooLong) && (
        <Alert
          type="error"
          showIcon
          data-testid="reply-too-long"
          message={t('composer.tooLong', {
            max: formatNumber(maxReplyChars, language),
            length: formatNumber(refusedLength ?? text.length, language),
          })}
        />
      )}
      {check.unfilled.length > 0 && (
        <Alert type="error" showIcon data-testid="reply-unfilled" message={t('composer.unfilled', { list: list(check.unfilled) })} />
      )}
      {check.unchanged && <Alert type="warning" showIcon data-testid="reply-unchanged" message={t('composer.unchanged')} />}
      {check.neverSay.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="reply-never-say"
          message={t('composer.neverSay', {
            list: list(check.neverSay.map((p) => t('composer.neverSayItem', { phrase: p.phrase, kind: t(`kind.${p.kind}`) }))),
          })}
        />
      )}
      <Space wrap>
        {outbound && (
          <Button icon={<CopyOutlined />} disabled={!sendable} onClick={() => void copy()} data-testid="reply-copy">
            {t('composer.copy')}
          </Button>
        )}
        <Button
          type="primary"
          icon={<SendOutlined />}
          disabled={!text.trim() || check.blocked}
          loading={busy}
          onClick={() => void log()}
          data-testid="case-message-send"
        >
          {logLabel}
        </Button>
      </Space>
    </Space>
  );
};
