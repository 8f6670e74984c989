import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReplyTemplate } from '../../../../shared/contract/templates.contract';
import { replySituations } from '../../../../shared/domain/reply-templates';

/** Active templates grouped by situation, titled in the reader's language; searchable by either title. */
export const TemplatePicker = ({
  templates,
  value,
  onPick,
}: {
  templates: readonly ReplyTemplate[];
  value: string | undefined;
  onPick: (template: ReplyTemplate) => void;
}) => {
  const { t, i18n } = useTranslation('templates');
  const english = i18n.language === 'en-US';
  const options = replySituations
    .map((situation) => ({
      label: t(`situation.${situation}`),
      options: templates
        .filter((x) => x.situation === situation)
        .map((x) => ({ value: x.id, label: english ? x.titleEn : x.titleZh, search: `${x.titleZh} ${x.titleEn}` })),
    }))
    .filter((group) => group.options.length > 0);
  return (
    <Select
      showSearch={{ optionFilterProp: 'search' }}
      className="reply-template-picker"
      placeholder={t('composer.pick')}
      value={value}
      options={options}
      onChange={(id: string) => {
        const picked = templates.find((x) => x.id === id);
        if (picked) onPick(picked);
      }}
      data-testid="reply-template-picker"
    />
  );
};
