import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * antd keeps a field's error text as it was worded when the field was checked: after a language switch the form
 * still showed Chinese errors in the English UI. Checking again the fields that show an error words them anew
 * (the rules' messages are built from `t` on each render); fields without an error stay untouched.
 */
export const useRewordsOnLanguage = (form: FormInstance): void => {
  const { i18n } = useTranslation();
  const shown = useRef(i18n.language);
  useEffect(() => {
    if (shown.current === i18n.language) return;
    shown.current = i18n.language;
    const withErrors = form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => field.name);
    // After the re-render that built the rules in the new language.
    if (withErrors.length > 0) setTimeout(() => void form.validateFields(withErrors).catch(() => undefined), 0);
  }, [form, i18n.language]);
};
