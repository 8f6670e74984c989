/**
 * What the warehouse finds when a return is opened. The truth depends on the SKU and lot (a bad lot shows its own
 * defect again and again), and on the claim: many "quality problem" claims on good lots turn out to have no
 * defect at all, which is exactly the evidence the merchant needs in a dispute.
 */
import type { ReasonCategory } from '../../../shared/domain/aftersales';
import type { ClaimMatch, DefectClass, Disposition, FaultParty, Grade, PackageCondition } from '../../../shared/domain/inspection';
import type { ProductSeed } from './catalog';
import type { Rng } from './prng';

interface FoundDefect {
  code: string;
  quantity: number;
}

export interface InspectionPlan {
  grade: Grade;
  disposition: Disposition;
  claimMatch: ClaimMatch;
  fault: FaultParty;
  defects: FoundDefect[];
  notes: string | null;
  packageCondition: PackageCondition;
}

interface LotQuality {
  bad: boolean;
  /** The defect a bad lot keeps showing. */
  signatureDefect: string | null;
}

const describedDefects = ['COLOUR_DIFFERENCE', 'MATERIAL_MISMATCH', 'SIZE_DEVIATION'];

const gradeFor = (worst: DefectClass | null, rng: Rng): Grade => {
  if (worst === 'critical') return 'D';
  if (worst === 'major') return rng.chance(0.6) ? 'C' : 'D';
  if (worst === 'minor') return rng.chance(0.7) ? 'B' : 'C';
  return rng.chance(0.7) ? 'A' : 'B';
};

const dispositionFor = (grade: Grade, fault: FaultParty, rng: Rng): Disposition => {
  if (grade === 'A') return 'restock';
  if (grade === 'B') return 'restock_b';
  if (fault === 'supplier') return 'return_to_supplier';
  if (grade === 'C') return 'refurbish';
  return rng.chance(0.8) ? 'scrap' : 'refurbish';
};

export const planInspection = (
  rng: Rng,
  product: ProductSeed,
  reason: ReasonCategory,
  lot: LotQuality,
  supplierFactor: number,
  classOf: (code: string) => DefectClass,
): InspectionPlan => {
  const defects: FoundDefect[] = [];
  let claimMatch: ClaimMatch = 'yes';
  let fault: FaultParty = 'none';
  let notes: string | null = null;
  const add = (code: string) => defects.push({ code, quantity: rng.chance(0.9) ? 1 : 2 });

  switch (reason) {
    case 'quality':
    case 'not_as_described': {
      const pTrue = lot.bad ? 0.9 : Math.min(0.8, 0.3 + 0.2 * supplierFactor);
      if (rng.chance(pTrue)) {
        const described = product.defects.filter((code) => describedDefects.includes(code));
        const code =
          lot.bad && lot.signatureDefect && rng.chance(0.75)
            ? lot.signatureDefect
            : reason === 'not_as_described' && described.length > 0
              ? rng.pick(described)
              : rng.pick(product.defects);
        add(code);
        if (rng.chance(0.2)) {
          const second = rng.pick(product.defects);
          if (second !== code) add(second);
        }
        claimMatch = rng.chance(0.85) ? 'yes' : 'partly';
        fault = 'supplier';
      } else {
        claimMatch = 'no';
        fault = rng.chance(0.3) ? 'customer' : 'none';
        notes = '未发现质量问题，商品完好';
      }
      break;
    }
    case 'wrong_size':
      if (product.defects.includes('SIZE_DEVIATION') && rng.chance(lot.bad ? 0.6 : 0.2)) {
        add('SIZE_DEVIATION');
        fault = 'supplier';
      }
      break;
    case 'missing_parts':
      if (rng.chance(0.8)) {
        add('MISSING_PARTS');
        fault = 'warehouse';
      } else claimMatch = 'no';
      break;
    case 'wrong_item':
      if (rng.chance(0.85)) {
        add('WRONG_ITEM');
        fault = 'warehouse';
      } else claimMatch = 'no';
      break;
    case 'transit_damage':
      if (rng.chance(0.9)) {
        add(rng.chance(0.65) ? 'TRANSIT_DAMAGE' : 'PACKAGING_DAMAGED');
        fault = 'carrier';
      } else claimMatch = 'no';
      break;
    default:
      // No-reason and other returns: usually fine, sometimes used or soiled by the buyer.
      if (rng.chance(0.06)) {
        add('STAIN');
        fault = 'customer';
        notes = '商品有使用痕迹';
      }
  }

  const classes = defects.map((d) => classOf(d.code));
  const worst: DefectClass | null = classes.includes('critical')
    ? 'critical'
    : classes.includes('major')
      ? 'major'
      : classes.includes('minor')
        ? 'minor'
        : null;
  const grade = gradeFor(worst, rng);
  const packageCondition: PackageCondition =
    reason === 'transit_damage' && rng.chance(0.6)
      ? 'damaged'
      : rng.weighted<PackageCondition>([
          ['intact', 85],
          ['opened', 13],
          ['damaged', 2],
        ]);
  return { grade, disposition: dispositionFor(grade, fault, rng), claimMatch, fault, defects, notes, packageCondition };
};
