import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { LotRow } from '../../../../shared/contract/lots.contract';
import { Barcode128 } from './Barcode128';

/**
 * The lot label, shown as it prints: lot code as a Code 128 barcode with SKU, product, supplier and received date.
 * "Print" uses the browser's print; lots.css hides everything but the label on paper.
 */
export const LotLabelModal = ({ lot, onClose }: { lot: LotRow | null; onClose: () => void }) => {
  const { t } = useTranslation('lots');
  return (
    <Modal
      open={lot !== null}
      title={t('print.title')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose} data-testid="lot-label-close">
          {t('print.close')}
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="lot-label-print">
          {t('print.print')}
        </Button>,
      ]}
    >
      {lot && (
        <div className="lot-label-print" data-testid="lot-label">
          <div className="lot-label-product">
            {lot.productName}
            {lot.specText ? ` · ${lot.specText}` : ''}
          </div>
          <Barcode128 value={lot.lotCode} />
          <div className="lot-label-code">{lot.lotCode}</div>
          <div className="lot-label-meta">
            <span>{lot.skuCode}</span>
            <span>
              {t('print.received', {
                date: lot.receivedAt === null ? '—' : dayjs(lot.receivedAt).tz('Asia/Shanghai').format('YYYY-MM-DD'),
              })}
            </span>
          </div>
          <div className="lot-label-meta">
            <span>{lot.supplierName ?? ''}</span>
            <span>{lot.quantity === null ? '' : t('print.qty', { count: lot.quantity })}</span>
          </div>
        </div>
      )}
    </Modal>
  );
};
