import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { formatTime } from '../../i18n/format';

const askedKey = 'returnlens.deskAlertsAsked';
const supported = (): boolean => typeof window !== 'undefined' && 'Notification' in window;

/**
 * Desktop alerts for cases crossing a threshold (Policy.deskAlerts). The backend hands each alert out once, ever
 * (desk_alerts_sent), so only a window that can show it asks: without permission nothing is taken and lost. In
 * Electron the renderer's Notification becomes the system's notification.
 */
export const useDeskAlerts = () => {
  const { t } = useTranslation('desk');
  const navigate = useNavigate();
  const [permission, setPermission] = useState(() => (supported() ? Notification.permission : 'denied'));
  // Asked once: after any answer (or a dismissal) the offer does not come back.
  const [asked, setAsked] = useState(() => localStorage.getItem(askedKey) === '1');

  const askPermission = useCallback(async () => {
    localStorage.setItem(askedKey, '1');
    setAsked(true);
    if (supported()) setPermission(await Notification.requestPermission());
  }, []);

  const takeAlerts = useCallback(async () => {
    if (!supported() || Notification.permission !== 'granted') return;
    try {
      const { alerts } = await call('desk.takeAlerts', {});
      for (const alert of alerts) {
        const note = new Notification(t('alerts.title'), {
          body: t('alerts.body', { caseNumber: alert.caseNumber, hours: alert.hoursBefore, time: formatTime(alert.deadlineAt) }),
          tag: `desk-${alert.caseId}-${alert.hoursBefore}`,
        });
        note.onclick = () => {
          window.focus();
          void navigate('/desk');
        };
      }
    } catch {
      // A missed poll is retried at the next one; the counter already shows the figures.
    }
  }, [t, navigate]);

  return { canAsk: supported() && permission === 'default' && !asked, askPermission, takeAlerts, granted: permission === 'granted' };
};
