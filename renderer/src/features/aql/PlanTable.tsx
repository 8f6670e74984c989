import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AqlClassPlan } from '../../../../shared/contract/aql.contract';

const verdictColor = { open: 'default', accept: 'green', reject: 'red' } as const;

/** Per defect class: AQL, sample size, Ac/Re, the running count of defective units and the verdict. */
export const PlanTable = ({
  plans,
  inspected,
  completed = false,
}: {
  plans: AqlClassPlan[];
  inspected: number | null;
  completed?: boolean;
}) => {
  const { t } = useTranslation('aql');
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="class"
      dataSource={plans}
      data-testid="aql-plan"
      columns={[
        { title: t('plan.class'), key: 'class', render: (_, p) => t(`classes.${p.class}`) },
        { title: t('plan.aql'), key: 'aql', render: (_, p) => (p.aql === 0 ? t('plan.aqlZero') : String(p.aql)) },
        {
          title: t('plan.sample'),
          key: 'n',
          render: (_, p) => (
            <span data-testid={`aql-n-${p.class}`}>
              {p.sampleSize}
              {p.followedArrow && (
                <Tooltip title={t('plan.arrow', { row: p.row })}>
                  <Tag className="aql-arrow">↕ {p.row}</Tag>
                </Tooltip>
              )}
              {p.inspectAll && <Tag>{t('plan.all')}</Tag>}
            </span>
          ),
        },
        {
          title: t('plan.acRe'),
          key: 'acre',
          render: (_, p) => <span data-testid={`aql-acre-${p.class}`}>{`${p.accept} / ${p.reject}`}</span>,
        },
        ...(inspected === null
          ? []
          : [
              {
                title: t('plan.found'),
                key: 'found',
                render: (_: unknown, p: AqlClassPlan) => (
                  <span
                    data-testid={`aql-found-${p.class}`}
                  >{`${p.defective} (${Math.min(inspected, p.sampleSize)}/${p.sampleSize})`}</span>
                ),
              },
              {
                title: t('plan.verdict'),
                key: 'verdict',
                render: (_: unknown, p: AqlClassPlan) => (
                  <Tag color={verdictColor[p.verdict]} data-testid={`aql-verdict-${p.class}`}>
                    {t(completed && p.verdict === 'open' ? 'verdict.stopped' : `verdict.${p.verdict}`)}
                  </Tag>
                ),
              },
            ]),
      ]}
    />
  );
};
