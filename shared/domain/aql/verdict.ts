import type { SamplingPlan } from './plan';

/** Where one defect class stands: still open, or decided. Reject is final as soon as Re is reached. */
export type ClassVerdict = 'open' | 'accept' | 'reject';

export const classVerdict = (defective: number, inspected: number, plan: Pick<SamplingPlan, 'sampleSize' | 'reject'>): ClassVerdict => {
  if (defective >= plan.reject) return 'reject';
  return inspected >= plan.sampleSize ? 'accept' : 'open';
};

/** The lot is rejected when any class is; accepted when every class is. */
export const lotVerdict = (classes: readonly ClassVerdict[]): ClassVerdict =>
  classes.includes('reject') ? 'reject' : classes.every((verdict) => verdict === 'accept') ? 'accept' : 'open';
