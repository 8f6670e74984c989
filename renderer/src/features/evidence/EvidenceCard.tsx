import { App, Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceLanguages, type EvidencePack } from '../../../../shared/contract/evidence.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatNumber, formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { downloadBase64 } from '../export/download';

type PackLanguage = (typeof evidenceLanguages)[number];

/** Opens the PDF in a new tab (the browser's PDF viewer); where new windows are refused (Electron), saves it instead. */
const openPdf = (file: { fileName: string; mime: string; base64: string }) => {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const opened = window.open(url, '_blank');
  if (!opened) downloadBase64(file);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

const PackItem = ({ pack }: { pack: EvidencePack }) => {
  const { t, i18n } = useTranslation('evidence');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fetchThen = async (handle: (file: { fileName: string; mime: string; base64: string }) => void) => {
    setBusy(true);
    try {
      handle(await call('evidence.get', { id: pack.id }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const photos = pack.photosFull + pack.photosReduced;
  // A pack without photos is tens of KB; "0.1 MB" would hide that.
  const sizeText = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('sizeKb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), i18n.language) })
      : t('size', { size: formatNumber(bytes / 1024 / 1024, i18n.language, 1) });
  return (
    <List.Item
      data-testid="evidence-pack"
      actions={[
        <Button key="open" size="small" data-testid="evidence-open" loading={busy} onClick={() => void fetchThen(openPdf)}>
          {t('open')}
        </Button>,
        <Button key="save" size="small" data-testid="evidence-save" loading={busy} onClick={() => void fetchThen(downloadBase64)}>
          {t('save')}
        </Button>,
      ]}
    >
      <Space direction="vertical" size={0}>
        <Space size={6} wrap>
          <Typography.Text strong>{pack.fileName}</Typography.Text>
          <Tag>{t(`languageTag.${pack.language}`)}</Tag>
          <Typography.Text type="secondary">{sizeText(pack.sizeBytes)}</Typography.Text>
        </Space>
        <Typography.Text type="secondary">
          {t('madeBy', { time: formatTime(pack.createdAt), who: pack.createdByName ?? '' })}
          {photos > 0 &&
            ` · ${pack.photosReduced > 0 ? t('photosReduced', { count: photos, reduced: pack.photosReduced }) : t('photos', { count: photos })}`}
        </Typography.Text>
        <Typography.Text type="secondary" copyable={{ text: pack.sha256 }}>
          {t('sha', { sha: pack.sha256 })}
        </Typography.Text>
      </Space>
    </List.Item>
  );
};

/** The case page's evidence pack section: make a PDF for a platform intervention, then open or save any made before. */
export const EvidenceCard = ({ caseId, onChanged }: { caseId: string; onChanged: () => void }) => {
  const { t } = useTranslation('evidence');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const allowed = user.role !== 'inspector';
  const packs = useCall('evidence.list', allowed ? { caseId } : null);
  const [language, setLanguage] = useState<PackLanguage>('zh-CN');
  const [making, setMaking] = useState(false);
  if (!allowed) return null;

  const make = async () => {
    setMaking(true);
    try {
      const pack = await call('evidence.create', { caseId, language });
      void message.success(t('made', { name: pack.fileName }));
      packs.reload();
      onChanged();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setMaking(false);
    }
  };

  return (
    <Card size="small" title={t('title')} className="block-gap" data-testid="case-evidence">
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Space wrap>
        <Select
          aria-label={t('language')}
          value={language}
          onChange={setLanguage}
          style={{ minWidth: 200 }}
          options={evidenceLanguages.map((value) => ({ value, label: t(`languageOption.${value}`) }))}
        />
        <Button type="primary" loading={making} onClick={() => void make()} data-testid="evidence-make">
          {making ? t('making') : t('make')}
        </Button>
      </Space>
      {packs.error && <Typography.Paragraph type="danger">{errorText(packs.error)}</Typography.Paragraph>}
      <List
        size="small"
        loading={packs.loading && !packs.data}
        dataSource={packs.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} /> }}
        renderItem={(pack) => <PackItem key={pack.id} pack={pack} />}
      />
    </Card>
  );
};
