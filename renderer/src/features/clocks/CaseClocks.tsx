import { CheckOutlined, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import type { ClockView } from '../../../../shared/contract/clocks.contract';
import { taskClockKinds, type TaskClockKind } from '../../../../shared/domain/clocks';
import { parseChinaTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { announceClocksChanged, onClocksChanged } from './clocks-changed';
import { CompleteTaskModal } from './CompleteTaskModal';
import { dueColor, dueState, useCountdownText, useDurationText, useNow } from './countdown';
import './clocks.css';

type CaseFacts = Pick<CaseDetail, 'id' | 'status' | 'deadlineAt' | 'respondedAt' | 'receivedAt' | 'voided' | 'dispute'>;

/** The picked wall-clock time read as China time, whatever this PC's zone (docs/ARCHITECTURE.md, Data). */
const chinaTimeOf = (picked: Dayjs): number | null => parseChinaTime(picked.format('YYYY-MM-DD HH:mm'));

const isTask = (kind: ClockView['kind']): kind is TaskClockKind => (taskClockKinds as readonly string[]).includes(kind);

/** One history line: who or what armed the clock and why, then how it stopped. */
const useClockStory = () => {
  const { t } = useTranslation('clocks');
  return (k: ClockView): string[] => {
    const why = t(`armed.${k.armedReason}`);
    const at = formatTime(k.armedAt);
    const lines = [
      k.armedByName
        ? t('section.armedBy', { at, who: k.armedByName, why })
        : k.armedByFile
          ? t('section.armedByFile', { at, file: k.armedByFile, why })
          : t('section.armedBySystem', { at, why }),
    ];
    if (k.stoppedAt !== null && k.stoppedReason) {
      const how = [
        t(`stopped.${k.stoppedReason}`),
        k.followUpOutcome === 'answered' && k.satisfaction !== null ? t('section.satisfaction', { score: k.satisfaction }) : null,
        k.followUpOutcome === 'no_answer' ? t('section.noAnswer') : null,
      ]
        .filter(Boolean)
        .join(' · ');
      const who = k.stoppedByName ?? k.stoppedByFile;
      lines.push(
        who
          ? t('section.stoppedBy', { at: formatTime(k.stoppedAt), how, who })
          : t('section.stoppedAt', { at: formatTime(k.stoppedAt), how }),
      );
    }
    if (k.comment) lines.push(k.comment);
    return lines;
  };
};

/**
 * The case's clocks (issue 15, items 2 and 7): each running one with its due time and countdown, the whole history
 * (armed when, by whom or which import, why; stopped when and why), the first response time, and for the desk:
 * set an evidence deadline, a promised update or a follow-up date, and complete a task.
 */
export const CaseClocks = ({ detail, onChanged }: { detail: CaseFacts; onChanged: () => void }) => {
  const { t } = useTranslation('clocks');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const clocks = useCall('clocks.forCase', { caseId: detail.id });
  const now = useNow(15_000);
  const countdown = useCountdownText();
  const duration = useDurationText();
  const story = useClockStory();
  const [form] = Form.useForm<{ kind: TaskClockKind; dueAt?: Dayjs; note?: string }>();
  const [busy, setBusy] = useState(false);
  const [completing, setCompleting] = useState<ClockView>();
  const { reload } = clocks;
  // The case changed elsewhere on the page (status, receipt, first answer): its clocks may have moved with it.
  const facts = JSON.stringify([detail.status, detail.deadlineAt, detail.respondedAt, detail.receivedAt, detail.voided, detail.dispute]);
  const seenFacts = useRef(facts);
  useEffect(() => {
    if (seenFacts.current === facts) return;
    seenFacts.current = facts;
    reload();
    announceClocksChanged();
  }, [facts, reload]);
  // Another section armed or stopped one of this case's clocks (the escalation card's evidence deadline).
  useEffect(() => onClocksChanged(reload), [reload]);

  const v = clocks.data;
  const canWrite = user.role !== 'inspector' && !detail.voided;
  const intervening = detail.status === 'platform_review' || detail.dispute;
  const kinds = taskClockKinds.filter((k) => k !== 'evidence' || intervening);
  const running = v?.clocks.filter((k) => k.stoppedAt === null) ?? [];

  const changed = () => {
    reload();
    onChanged();
    announceClocksChanged();
  };
  const save = async (values: { kind: TaskClockKind; dueAt?: Dayjs; note?: string }) => {
    const dueAt = values.dueAt ? chinaTimeOf(values.dueAt) : null;
    if (dueAt === null) return;
    setBusy(true);
    try {
      await call('clocks.set', { caseId: detail.id, kind: values.kind, dueAt, ...(values.note?.trim() && { note: values.note.trim() }) });
      void message.success(t('set.saved'));
      form.resetFields(['dueAt', 'note']);
      changed();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('section.title')} className="block-gap case-clocks" data-testid="case-clocks">
      {clocks.error && <Alert type="error" showIcon title={errorText(clocks.error)} />}
      {v && (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('section.firstResponse')}>
              <span data-testid="first-response">
                {v.firstResponseMs !== null && v.respondedAt !== null
                  ? t('section.firstResponseAt', { time: duration(v.firstResponseMs), at: formatTime(v.respondedAt) })
                  : t('section.noResponse')}
              </span>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary" className="small">
            {t('section.running')}
          </Typography.Text>
          {running.length === 0 && <div className="case-clock-running">{t('section.nothingRunning')}</div>}
          {running.map((k) => {
            const state = dueState(k.dueAt, now);
            return (
              <div key={k.id} className="case-clock-running" data-testid="case-clock-running" data-kind={k.kind}>
                <Tag color={dueColor[state]} icon={state === 'overdue' ? <ExclamationCircleFilled /> : <ClockCircleOutlined />}>
                  {countdown(k.dueAt, now)}
                </Tag>
                <Typography.Text strong>{t(`kind.${k.kind}`)}</Typography.Text>
                <Typography.Text type="secondary">{t('section.due', { time: formatTime(k.dueAt) })}</Typography.Text>
                {k.note && <Typography.Text>{k.note}</Typography.Text>}
                {canWrite && isTask(k.kind) && (
                  <Button size="small" icon={<CheckOutlined />} onClick={() => setCompleting(k)} data-testid="case-clock-complete">
                    {t('complete.button')}
                  </Button>
                )}
              </div>
            );
          })}
          {v.clocks.length > 0 && (
            <>
              <Typography.Text type="secondary" className="small">
                {t('section.history')}
              </Typography.Text>
              <Timeline
                className="case-clock-history"
                data-testid="case-clock-history"
                items={[...v.clocks].reverse().map((k) => ({
                  color: k.stoppedAt === null ? 'blue' : k.stoppedReason === 'met' ? 'green' : 'gray',
                  content: (
                    <div data-testid="case-clock-entry" data-kind={k.kind} data-armed={k.armedReason} data-stopped={k.stoppedReason ?? ''}>
                      <Typography.Text strong>{t(`kind.${k.kind}`)}</Typography.Text>{' '}
                      <Typography.Text type="secondary">{t('section.due', { time: formatTime(k.dueAt) })}</Typography.Text>
                      {k.note && <div>{k.note}</div>}
                      {story(k).map((line, i) => (
                        <div key={i} className="small">
                          {line}
                        </div>
                      ))}
                    </div>
                  ),
                }))}
              />
            </>
          )}
          {canWrite && (
            <Typography.Text type="secondary" className="small case-clock-set-title">
              {t('set.title')}
            </Typography.Text>
          )}
          {canWrite && (
            <Form
              form={form}
              layout="inline"
              className="case-clock-set"
              initialValues={{ kind: 'promised_update' }}
              onFinish={(values) => void save(values)}
              data-testid="case-clock-set"
            >
              <Form.Item name="kind" label={t('set.kind')}>
                <Select
                  className="case-clock-kind"
                  popupMatchSelectWidth={false}
                  options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                  data-testid="case-clock-kind"
                />
              </Form.Item>
              <Form.Item name="note" label={t('set.note')}>
                <Input maxLength={500} placeholder={t('set.notePromise')} className="case-clock-note" data-testid="case-clock-note" />
              </Form.Item>
              <Form.Item
                name="dueAt"
                label={t('set.dueAt')}
                tooltip={t('set.zone')}
                rules={[
                  { required: true, message: t('set.pickTime') },
                  {
                    validator: (_, value: Dayjs | undefined) => {
                      const at = value ? chinaTimeOf(value) : null;
                      return at === null || at > Date.now() ? Promise.resolve() : Promise.reject(new Error(t('set.pastTime')));
                    },
                  },
                ]}
              >
                {/* No "Now" button: it would give this PC's wall clock, not China's. */}
                <DatePicker showTime={{ format: 'HH:mm' }} showNow={false} format="YYYY-MM-DD HH:mm" data-testid="case-clock-due" />
              </Form.Item>

              <Form.Item>
                <Space>
                  <Button type="primary" htmlType="submit" loading={busy} data-testid="case-clock-save">
                    {t('set.submit')}
                  </Button>
                </Space>
              </Form.Item>
            </Form>
          )}
        </>
      )}
      {completing && isTask(completing.kind) && (
        <CompleteTaskModal
          clockId={completing.id}
          kind={completing.kind}
          onClose={() => setCompleting(undefined)}
          onDone={() => {
            setCompleting(undefined);
            changed();
          }}
        />
      )}
    </Card>
  );
};
