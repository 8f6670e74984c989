import type { AqlClassPlan, AqlLotView, AqlScheme } from '../../../../shared/contract/aql.contract';
import { samplingPlan, tighterAccept, type SamplingPlan } from '../../../../shared/domain/aql/plan';
import type { AqlSettings } from '../../../../shared/domain/aql/settings';
import { canApproveReduced, replayScheme, scorePoints, type SchemeEvent } from '../../../../shared/domain/aql/switching';
import type { InspectionLevel, Severity } from '../../../../shared/domain/aql/tables';
import { classVerdict, lotVerdict } from '../../../../shared/domain/aql/verdict';
import { defectClasses, type DefectClass } from '../../../../shared/domain/inspection';
import type { schemeHistory } from './aql.repository';

/** A class's plan as frozen in `plans_json` when the inspection started. */
export type FrozenPlan = SamplingPlan & { class: DefectClass; aql: number };

export const plansFor = (lotSize: number, settings: AqlSettings, severity: Severity): FrozenPlan[] =>
  defectClasses.map((defectClass) => ({
    class: defectClass,
    aql: settings[defectClass],
    ...samplingPlan({ lotSize, level: settings.level, aql: settings[defectClass], severity }),
  }));

interface UnitDefect {
  unitNo: number | null;
  class: DefectClass;
}

/** Counts per class: nonconforming units among the class's own first n units (a unit counts once per class). */
export const countClasses = (plans: readonly FrozenPlan[], defects: readonly UnitDefect[], unitsInspected: number): AqlClassPlan[] =>
  plans.map((plan) => {
    const units = new Set(
      defects.filter((d) => d.class === plan.class && d.unitNo !== null && d.unitNo <= plan.sampleSize).map((d) => d.unitNo),
    );
    const inspected = Math.min(unitsInspected, plan.sampleSize);
    return { ...plan, defective: units.size, verdict: classVerdict(units.size, inspected, plan) };
  });

export const overallVerdict = (classes: readonly AqlClassPlan[]) => lotVerdict(classes.map((c) => c.verdict));

/** Units still to inspect before every class has a verdict. */
export const remainingUnits = (classes: readonly AqlClassPlan[], unitsInspected: number): number =>
  Math.max(0, ...classes.filter((c) => c.verdict === 'open').map((c) => c.sampleSize - unitsInspected));

/** §9.3.3 points this lot earns toward reduced inspection. */
export const lotScorePoints = (severity: Severity, classes: readonly AqlClassPlan[]): number =>
  scorePoints(
    classes
      .filter((c) => c.aql > 0)
      .map((c) => ({ accept: c.accept, defective: c.defective, tighterAccept: tighterAccept(severity, c.row, c.aql) })),
  );

export const schemeView = (history: ReturnType<typeof schemeHistory>): AqlScheme => {
  const events: SchemeEvent[] = history.map((entry) =>
    entry.kind === 'lot' ? { kind: 'lot', result: { accepted: entry.accepted, scorePoints: entry.scorePoints } } : { kind: entry.kind },
  );
  const { state, switches } = replayScheme(events);
  return {
    mode: state.mode,
    switchingScore: state.switchingScore,
    rejectedOnTightened: state.rejectedOnTightened,
    resultsSinceSwitch: state.results,
    canApproveReduced: canApproveReduced(state),
    switches: switches
      .map((entry) => {
        const event = history[entry.at];
        return {
          from: entry.from,
          to: entry.to,
          reason: entry.reason,
          at: event?.at ?? 0,
          lotCode: event?.kind === 'lot' ? event.lotCode : null,
        };
      })
      .reverse()
      .slice(0, 20),
  };
};

export const sampleSizeOf = (plans: readonly { sampleSize: number }[]): number => Math.max(...plans.map((p) => p.sampleSize));

export type InspectionView = NonNullable<AqlLotView['inspection']>;
export const asLevel = (value: string): InspectionLevel => value as InspectionLevel;
