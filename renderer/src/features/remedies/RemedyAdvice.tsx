import { App, Button, Card, Col, Input, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostTermView, RemediesView } from '../../../../shared/contract/remedies.contract';
import type { RemedyRoute } from '../../../../shared/domain/remedy-cost';
import { call } from '../../api/client';
import { formatFen, formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';

/** One term of a route's sum in words, with the figures it came from (its amount is shown beside it). */
const useTermText = () => {
  const { t, i18n } = useTranslation('remedies');
  const money = (fen: number | undefined) => formatFen(fen ?? 0, i18n.language);
  const percent = (p: number | undefined) => `${p ?? 0}%`;
  return (term: CostTermView): string => {
    const common = { quantity: term.quantity ?? 0, unitCost: money(term.unitCostFen) };
    switch (term.term) {
      case 'return_freight':
        return t(term.paidBy === 'merchant' ? 'advice.term.return_freight_merchant' : 'advice.term.return_freight_buyer', common);
      case 'labour':
        return t('advice.term.labour', { minutes: term.minutes ?? 0, rate: money(term.labourFenPerHour) });
      case 'expected_resale':
        return t(term.inspections ? 'advice.term.expected_resale' : 'advice.term.expected_resale_none', {
          ...common,
          percent: percent(term.valuePercent),
          inspections: term.inspections ?? 0,
        });
      case 'partial_refund':
        return t('advice.term.partial_refund', { refund: money(term.refundFen), percent: percent(term.percent) });
      default:
        return t(`advice.term.${term.term}`, common);
    }
  };
};

/** A term that brings money back (a resale value) reads as a minus, with a true minus sign. */
const signedFen = (fen: number, lang: string) => (fen < 0 ? `−${formatFen(-fen, lang)}` : formatFen(fen, lang));

/** Each route's cost side by side, the cheapest allowed one recommended; the agent takes it or says why not. */
export const RemedyAdvice = ({ view, onSaved }: { view: RemediesView; onSaved: (view: RemediesView) => void }) => {
  const { t, i18n } = useTranslation('remedies');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const termText = useTermText();
  const [reason, setReason] = useState('');
  const { advice, decision } = view;

  const choose = async (route: RemedyRoute) => {
    try {
      onSaved(await call('remedies.chooseRoute', { caseId: view.caseId, route, ...(reason.trim() && { overrideReason: reason.trim() }) }));
      void message.success(t('advice.saved'));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <div className="remedy-advice" data-testid="remedy-advice">
      <Typography.Text strong>{t('advice.title')}</Typography.Text>
      <Typography.Paragraph type="secondary" className="small">
        {t('advice.intro')}
      </Typography.Paragraph>
      <Row gutter={[8, 8]}>
        {advice.routes.map((r) => {
          const recommended = r.route === advice.recommended;
          return (
            <Col key={r.route} xs={24} sm={12}>
              <Card
                size="small"
                className={`remedy-route${recommended ? ' remedy-route-best' : ''}`}
                data-testid="remedy-route"
                data-route={r.route}
                title={t(`advice.route.${r.route}`)}
                extra={recommended ? <Tag color="green">{t('advice.recommended')}</Tag> : !r.allowed && <Tag>{t('advice.notAllowed')}</Tag>}
              >
                {/* Each term with its amount in a right-aligned column, so the column visibly adds up to the total. */}
                <ul className="remedy-terms">
                  {r.terms.map((term, i) => (
                    <li key={i} className="remedy-term" data-testid="remedy-term" data-term={term.term}>
                      <span>{termText(term)}</span>
                      <span className="remedy-money" data-testid="remedy-term-amount">
                        {signedFen(term.fen, i18n.language)}
                      </span>
                    </li>
                  ))}
                </ul>
                <div className="remedy-term remedy-route-sum">
                  <Typography.Text strong>{t('advice.total')}</Typography.Text>
                  <Typography.Text strong className="remedy-money" data-testid="remedy-route-total">
                    {formatFen(r.totalFen, i18n.language)}
                  </Typography.Text>
                </div>
                {view.canOffer && r.allowed && (
                  <Button
                    size="small"
                    block
                    className="remedy-choose"
                    type={recommended ? 'primary' : 'default'}
                    onClick={() => void choose(r.route)}
                  >
                    {t('advice.choose')}
                  </Button>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      {view.canOffer && (
        <Input
          className="remedy-override"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('advice.overridePlaceholder')}
          maxLength={500}
        />
      )}
      {decision && (
        <Typography.Paragraph className="small remedy-decision" data-testid="remedy-decision">
          {t('advice.chosen', {
            route: t(`advice.route.${decision.chosenRoute}`),
            time: formatTime(decision.decidedAt),
            name: decision.decidedByName ?? '—',
          })}
          {decision.overrideReason &&
            ` · ${t('advice.overridden', { route: decision.recommendedRoute ? t(`advice.route.${decision.recommendedRoute}`) : '—', reason: decision.overrideReason })}`}
        </Typography.Paragraph>
      )}
    </div>
  );
};
