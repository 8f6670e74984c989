import { Button, Card, Select, Space, Tag, Typography } from 'antd';
import type { RefSelectProps } from 'antd/es/select';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefectType } from '../../../../shared/contract/taxonomy.contract';
import { defectClasses, type DefectClass } from '../../../../shared/domain/inspection';
import { call } from '../../api/client';
import { defectMatches } from '../scan/DefectPicker';

const classColor: Record<DefectClass, string> = { critical: 'red', major: 'orange', minor: 'blue' };
export interface UnitDefect {
  defectTypeId: string;
  nameZh: string;
  nameEn: string;
  class: DefectClass;
}

interface Props {
  nextUnit: number;
  total: number;
  busy: boolean;
  onRecord: (defects: UnitDefect[]) => Promise<void>;
  onGood: (count: number) => Promise<void>;
  onUndo: () => Promise<void>;
}

/**
 * One sampled unit at a time, keyboard first like the return station: type to find a defect (Chinese, English or
 * code), Enter adds it to this unit, Ctrl+Enter records the unit (no defect = a good unit), Alt+A back to search.
 */
export const UnitRecorder = ({ nextUnit, total, busy, onRecord, onGood, onUndo }: Props) => {
  const { t, i18n } = useTranslation('aql');
  const [types, setTypes] = useState<DefectType[]>([]);
  const [defects, setDefects] = useState<UnitDefect[]>([]);
  const search = useRef<RefSelectProps>(null);
  const zh = i18n.language === 'zh-CN';
  useEffect(() => {
    void call('taxonomy.list', {})
      .then(setTypes)
      .catch(() => undefined);
  }, []);
  useEffect(() => search.current?.focus(), [nextUnit]);
  const record = async () => {
    if (busy) return;
    await onRecord(defects);
    setDefects([]);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.key === 'Enter') {
        event.preventDefault();
        void record();
      } else if (event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const cycleClass = (index: number) =>
    setDefects((list) =>
      list.map((d, i) => (i === index ? { ...d, class: defectClasses[(defectClasses.indexOf(d.class) + 1) % defectClasses.length]! } : d)),
    );
  const remaining = total - nextUnit + 1;
  if (remaining <= 0)
    return (
      <Card size="small" title={t('unit.title')}>
        <Space>
          <Typography.Text>{t('unit.done')}</Typography.Text>
          <Button onClick={() => void onUndo()} disabled={busy}>
            {t('unit.undo')}
          </Button>
        </Space>
      </Card>
    );
  return (
    <Card
      size="small"
      title={t('unit.title')}
      extra={<Tag data-testid="aql-unit-current">{t('unit.current', { n: nextUnit, total })}</Tag>}
    >
      <Space orientation="vertical" className="full-width" size={8}>
        <Select
          ref={search}
          showSearch={{ filterOption: (input, option) => (option ? defectMatches(option.type, input) : false) }}
          size="large"
          className="full-width"
          placeholder={t('unit.defectSearch')}
          value={null}
          data-testid="aql-defect-search"
          onChange={(id: string) => {
            const type = types.find((d) => d.id === id);
            // A defect type once per unit: the class counts nonconforming units, not defects (a second Enter is a no-op).
            if (type)
              setDefects((list) =>
                list.some((d) => d.defectTypeId === type.id)
                  ? list
                  : [...list, { defectTypeId: type.id, nameZh: type.nameZh, nameEn: type.nameEn, class: type.defaultClass }],
              );
          }}
          options={types.map((d) => ({ value: d.id, label: `${zh ? d.nameZh : d.nameEn} (${d.code})`, type: d }))}
        />
        <div data-testid="aql-unit-defects">
          {defects.length === 0 ? (
            <Typography.Text type="secondary">{t('unit.none')}</Typography.Text>
          ) : (
            defects.map((d, index) => (
              <Tag
                key={`${d.defectTypeId}-${index}`}
                color={classColor[d.class]}
                closable
                onClose={() => setDefects((list) => list.filter((_, i) => i !== index))}
                onClick={() => cycleClass(index)}
              >
                {`${zh ? d.nameZh : d.nameEn} · ${t(`classes.${d.class}`)}`}
              </Tag>
            ))
          )}
        </div>
        <Space wrap>
          <Button type="primary" onClick={() => void record()} loading={busy} data-testid="aql-record-unit">
            {t('unit.record', { n: nextUnit })} <Typography.Text keyboard>{t('unit.recordKey')}</Typography.Text>
          </Button>
          {defects.length === 0 &&
            [5, 10]
              .filter((count) => count <= remaining)
              .map((count) => (
                <Button key={count} onClick={() => void onGood(count)} disabled={busy} data-testid={`aql-good-${count}`}>
                  {t('unit.good', { count })}
                </Button>
              ))}
          {nextUnit > 1 && (
            <Button onClick={() => void onUndo()} disabled={busy} data-testid="aql-undo">
              {t('unit.undo')}
            </Button>
          )}
        </Space>
      </Space>
    </Card>
  );
};
