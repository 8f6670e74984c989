import dayjs, { type Dayjs } from 'dayjs';
import { parseChinaTime } from '../../../../shared/domain/time';
import '../../i18n/format';

/**
 * A date picker edits wall-clock fields; they are China time whatever the PC's zone (as a manual case's deadline,
 * NewCaseModal). These turn an instant into a picker value with China's fields and back.
 */
export const pickerValueOf = (ms: number): Dayjs => dayjs(dayjs(ms).tz('Asia/Shanghai').format('YYYY-MM-DDTHH:mm:ss'));
export const instantOf = (picked: Dayjs): number | null => parseChinaTime(picked.format('YYYY-MM-DD HH:mm:ss'));
/** Today in China, for a pasted time without a date. */
export const chinaToday = (ms: number): string => dayjs(ms).tz('Asia/Shanghai').format('YYYY-MM-DD');
