import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorReasons, isErrorReason, type ErrorParamValue } from '../../../shared/contract/error-reasons';
import { errorCodes, type ErrorCode } from '../../../shared/contract/errors';
import { ApiCallError } from '../api/api-error';
import { formatList } from '../i18n/format';

/**
 * The one way a screen words a failure: an answer of the service is worded from its `reason` and `params` in
 * the reader's language (ui/errors.locale.ts), else by a generic sentence for its code (`common:error.<CODE>`);
 * anything else (a bug, a browser refusal) by one generic sentence. The backend's English `message` is for logs
 * and is never shown, nor an id.
 */

/** "lines.0.skuCode" → "skuCode", "order_number" → "orderNumber": how a field is looked up in `errors:field`. */
const fieldKey = (path: string): string => {
  const last =
    path
      .split('.')
      .filter((part) => part !== '' && !/^\d+$/.test(part))
      .at(-1) ?? '';
  return last.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
};

/** A parameter's words: known vocabulary (roles, fields, choices, encodings) in the reader's language; data as it is. */
const wordParam = (name: string, value: string, t: TFunction): string | null => {
  switch (name) {
    case 'role':
      return t(`common:role.${value}`, { defaultValue: '' }) || t(`errors:role.${value}`, { defaultValue: '' }) || null;
    case 'field': {
      const key = fieldKey(value);
      return key ? t(`errors:field.${key}`, { defaultValue: '' }) || null : null;
    }
    case 'choices':
      return t(`errors:choice.${value}`, { defaultValue: value });
    case 'encoding':
      return t(`errors:encoding.${value}`, { defaultValue: value.toUpperCase() });
    default:
      return value;
  }
};

/** The words of every parameter, or null when one cannot be worded (an unknown field): then the code's sentence. */
const wordParams = (
  names: readonly string[],
  params: Readonly<Record<string, ErrorParamValue>>,
  t: TFunction,
  locale: string,
): Record<string, string> | null => {
  const words: Record<string, string> = {};
  for (const name of names) {
    const value = params[name];
    if (value === undefined) return null;
    if (typeof value === 'number') {
      words[name] = new Intl.NumberFormat(locale).format(value);
      continue;
    }
    const parts = typeof value === 'string' ? [value] : value;
    const worded = parts.map((part) => wordParam(name, part, t));
    if (worded.some((w) => w === null || w === '')) return null;
    words[name] = formatList(worded as string[], locale);
  }
  return words;
};

const codeSentence = (code: ErrorCode | undefined, t: TFunction): string =>
  code && errorCodes.includes(code) ? t(`common:error.${code}`) : t('errors:unexpected');

/** Words an error for the page, in the current language of `t`. */
export const formatError = (error: unknown, t: TFunction, locale = 'zh-CN'): string => {
  if (!(error instanceof ApiCallError)) return t('errors:unexpected');
  const { code, reason, params } = error.body;
  if (!isErrorReason(reason)) return codeSentence(code, t);
  const words = wordParams(errorReasons[reason], params ?? {}, t, locale);
  if (!words) return codeSentence(code, t);
  // A numeric `count` goes to i18next as a number too, so it picks the singular or plural wording.
  const count = typeof params?.count === 'number' ? { count: params.count } : {};
  return t(`errors:reason.${reason}`, { ...words, ...count, interpolation: { escapeValue: false } });
};

/** `formatError` bound to the current language; re-renders when it changes. */
export const useErrorText = () => {
  const { t, i18n } = useTranslation('errors');
  return useCallback((error: unknown): string => formatError(error, t, i18n.language), [t, i18n.language]);
};
