import './remedies.css';
import { Alert, Card, Divider, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemediesView } from '../../../../shared/contract/remedies.contract';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';
import { CompensationLedger } from './CompensationLedger';
import { RemedyAdvice } from './RemedyAdvice';
import { RemedyList } from './RemedyList';
import { RemedyOfferForm } from './RemedyOfferForm';

/** The case page's remedies section: the cost advice, offers with the buyer's answers, and the ledger. */
export const CaseRemedies = ({ caseId, onChanged }: { caseId: string; onChanged: () => void }) => {
  const { t } = useTranslation('remedies');
  const errorText = useErrorText();
  const { user } = useSession();
  const loaded = useCall('remedies.list', user.role === 'inspector' ? null : { caseId });
  const [view, setView] = useState<RemediesView>();
  useEffect(() => setView(loaded.data), [loaded.data]);
  if (user.role === 'inspector') return null;

  // Every write answers the whole section, so it redraws from that answer; the drawer reloads its audit trail.
  const saved = (next: RemediesView) => {
    setView(next);
    onChanged();
  };

  return (
    <Card size="small" title={t('title')} className="block-gap" data-testid="case-remedies">
      {loaded.error && <Alert type="error" showIcon title={errorText(loaded.error)} />}
      {!view && !loaded.error && <Skeleton active />}
      {view && (
        <>
          {/* The advice is for deciding: a finished case keeps only the choice that was recorded, not today's estimate. */}
          {(view.canOffer || view.decision) && (
            <>
              <RemedyAdvice view={view} onSaved={saved} />
              <Divider className="remedy-divider" />
            </>
          )}
          <RemedyList view={view} onSaved={saved} />
          {view.canOffer ? (
            <RemedyOfferForm caseId={caseId} onSaved={saved} />
          ) : (
            <Alert type="info" title={t('offer.closed')} className="remedy-closed" />
          )}
          <Divider className="remedy-divider" />
          <CompensationLedger view={view} onSaved={saved} />
        </>
      )}
    </Card>
  );
};
