import { Button, Card, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { formatNumber } from '../../i18n/format';

/** Polls imports.progress while a preview or commit runs; Cancel stops either (a commit rolls back). */
export const ImportProgressBar = ({ phaseHint }: { phaseHint: 'reading' | 'committing' }) => {
  const { t, i18n } = useTranslation('imports');
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  useEffect(() => {
    let alive = true;
    const tick = () =>
      call('imports.progress', {})
        .then((p) => alive && p && setProgress(p))
        .catch(() => undefined);
    void tick();
    const timer = setInterval(tick, 500);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const phase = progress?.phase === 'checking' ? 'checking' : progress?.phase === 'committing' ? 'committing' : phaseHint;
  return (
    <Card data-testid="import-progress">
      <Typography.Text strong>{t(`progress.${phase}`)}</Typography.Text>
      <Progress percent={progress?.percent ?? 0} status="active" />
      <Space size="large" wrap>
        {progress && (
          <Typography.Text type="secondary">
            {t('progress.rate', {
              rows: formatNumber(progress.rowsDone, i18n.language),
              rate: formatNumber(progress.rowsPerSecond, i18n.language),
            })}
          </Typography.Text>
        )}
        {progress?.secondsLeft != null && (
          <Typography.Text type="secondary">{t('progress.left', { seconds: progress.secondsLeft })}</Typography.Text>
        )}
        {progress && (
          <Button
            size="small"
            danger
            onClick={() => void call('imports.cancel', { importId: progress.importId })}
            data-testid="import-progress-cancel"
          >
            {t('progress.cancel')}
          </Button>
        )}
      </Space>
    </Card>
  );
};
