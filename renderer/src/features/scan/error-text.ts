import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client';

/** "Invalid input: <backend message>": the code in the reader's language, the backend's detail after it. */
export const useErrorText = () => {
  const { t } = useTranslation('scan');
  return useCallback(
    (error: unknown): string => {
      if (error instanceof ApiCallError) return t('error.prefix', { what: t(`common:error.${error.code}`), message: error.message });
      return error instanceof Error ? error.message : String(error);
    },
    [t],
  );
};
