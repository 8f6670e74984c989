import { App, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import { call } from '../../api/client';
import { useErrorText } from '../../ui/error-text';
import { ReplyComposer } from '../templates/ReplyComposer';

/** The reply composer opened on the 'escalation' templates: the buyer is told what happens next and when; logged as an outgoing message. */
export const NotifyBuyerModal = ({ detail, onClose, onLogged }: { detail: CaseDetail; onClose: () => void; onLogged: () => void }) => {
  const { t } = useTranslation('escalation');
  const { t: tc } = useTranslation('cases');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const log = async (text: string, templateId: string | undefined) => {
    setBusy(true);
    try {
      await call('communications.add', { caseId: detail.id, direction: 'outbound', text, ...(templateId && { templateId }) });
      void message.success(t('notifyLogged'));
      onLogged();
      return true;
    } catch (error) {
      void message.error(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('notifyTitle')} footer={null} onCancel={onClose} destroyOnHidden width={640} data-testid="escalation-notify-modal">
      <ReplyComposer
        detail={detail}
        outbound
        busy={busy}
        situation="escalation"
        placeholder={tc('action.messagePlaceholder')}
        logLabel={tc('templates:composer.log')}
        onLog={log}
      />
    </Modal>
  );
};
