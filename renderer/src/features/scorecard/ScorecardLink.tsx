import { TrophyOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/session';

/** From the quality page's supplier ranking to the supplier scorecards; only owners may open them. */
export const ScorecardLink = () => {
  const { t } = useTranslation('scorecard');
  const navigate = useNavigate();
  if (useSession().user.role !== 'owner') return null;
  return (
    <Button
      size="small"
      type="link"
      icon={<TrophyOutlined />}
      onClick={() => void navigate('/scorecard')}
      data-testid="rates-open-scorecard"
    >
      {t('openFromRates')}
    </Button>
  );
};
