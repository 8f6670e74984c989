import { DeleteOutlined } from '@ant-design/icons';
import { Button, Empty, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefectType } from '../../../../shared/contract/taxonomy.contract';
import { defectClasses, type DefectClass } from '../../../../shared/domain/inspection';
import { call } from '../../api/client';
import type { DefectLine } from './inspection-form-state';
import type { RefSelectProps } from 'antd/es/select';

const classColor: Record<DefectClass, string> = { critical: 'red', major: 'orange', minor: 'blue' };

/** Matches what the inspector types against the Chinese name, the English name and the code. */
export const defectMatches = (d: Pick<DefectType, 'nameZh' | 'nameEn' | 'code'>, query: string): boolean => {
  const q = query.trim().toLowerCase();
  return q === '' || d.nameZh.includes(q) || d.nameEn.toLowerCase().includes(q) || d.code.toLowerCase().includes(q);
};

interface Props {
  lines: DefectLine[];
  onChange: (lines: DefectLine[], typing?: boolean) => void;
  readOnly: boolean;
  searchRef: RefObject<RefSelectProps | null>;
}

export const DefectPicker = ({ lines, onChange, readOnly, searchRef }: Props) => {
  const { t, i18n } = useTranslation('scan');
  const [types, setTypes] = useState<DefectType[]>([]);
  useEffect(() => {
    void call('taxonomy.list', {})
      .then(setTypes)
      .catch(() => undefined);
  }, []);
  const zh = i18n.language === 'zh-CN';
  // The reader's language only; the search still matches both names and the code.
  const label = (d: Pick<DefectType, 'nameZh' | 'nameEn'>) => (zh ? d.nameZh : d.nameEn);

  const add = (id: string) => {
    const type = types.find((d) => d.id === id);
    if (!type) return;
    const existing = lines.find((l) => l.defectTypeId === id);
    if (existing) onChange(lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + 1 } : l)));
    else
      onChange([
        ...lines,
        {
          key: `${id}-${Date.now()}`,
          defectTypeId: id,
          code: type.code,
          nameZh: type.nameZh,
          nameEn: type.nameEn,
          class: type.defaultClass,
          quantity: 1,
          note: '',
        },
      ]);
  };
  const patch = (key: string, change: Partial<DefectLine>, typing = false) =>
    onChange(
      lines.map((l) => (l.key === key ? { ...l, ...change } : l)),
      typing,
    );

  return (
    <Space orientation="vertical" className="full-width" size={8}>
      {!readOnly && (
        <Select
          ref={searchRef}
          showSearch={{ filterOption: (input, option) => (option ? defectMatches(option.type, input) : false) }}
          size="large"
          className="full-width"
          placeholder={t('form.defectSearch')}
          value={null}
          onChange={(id: string) => add(id)}
          data-testid="defect-search"
          options={types.map((d) => ({ value: d.id, label: `${label(d)} (${d.code})`, type: d }))}
          optionRender={(option) => (
            <Space>
              <span>{label(option.data.type)}</span>
              <Tag>{option.data.type.code}</Tag>
              <Tag color={classColor[option.data.type.defaultClass]}>{t(`enum.defectClass.${option.data.type.defaultClass}`)}</Tag>
            </Space>
          )}
        />
      )}
      {lines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('form.noDefects')} className="compact-empty" />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={lines}
          data-testid="defect-lines"
          columns={[
            { title: t('form.defects'), key: 'name', render: (_, l) => <span data-testid="defect-line">{label(l)}</span> },
            {
              title: t('form.defectClass'),
              key: 'class',
              width: 110,
              render: (_, l) => (
                <Select
                  size="small"
                  disabled={readOnly}
                  value={l.class}
                  onChange={(c: DefectClass) => patch(l.key, { class: c })}
                  options={defectClasses.map((c) => ({ value: c, label: <Tag color={classColor[c]}>{t(`enum.defectClass.${c}`)}</Tag> }))}
                />
              ),
            },
            {
              title: t('form.defectQuantity'),
              key: 'qty',
              width: 84,
              render: (_, l) => (
                <InputNumber
                  size="small"
                  min={1}
                  max={9999}
                  disabled={readOnly}
                  value={l.quantity}
                  onChange={(v) => v && patch(l.key, { quantity: v }, true)}
                />
              ),
            },
            {
              title: t('form.defectNote'),
              key: 'note',
              render: (_, l) => (
                <Input
                  size="small"
                  disabled={readOnly}
                  value={l.note}
                  maxLength={500}
                  onChange={(e) => patch(l.key, { note: e.target.value }, true)}
                />
              ),
            },
            ...(readOnly
              ? []
              : [
                  {
                    key: 'remove',
                    width: 44,
                    render: (_: unknown, l: DefectLine) => (
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('photo.remove')}
                        onClick={() => onChange(lines.filter((x) => x.key !== l.key))}
                      />
                    ),
                  },
                ]),
          ]}
        />
      )}
    </Space>
  );
};
