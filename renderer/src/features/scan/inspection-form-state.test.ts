import { describe, expect, it } from 'vitest';
import type { CaseCard } from '../../../../shared/contract/scan.contract';
import { defaultDisposition, defaultFault, emptyForm, fieldsOf, withDefaults } from './inspection-form-state';

const card = { requestedQuantity: 2, reasonCategory: 'quality' } as CaseCard;

describe('inspection form defaults', () => {
  it('fills fault and disposition from the claim and grade until the person chooses', () => {
    const filled = withDefaults({ ...emptyForm(card), grade: 'D', claimMatch: 'yes' }, card);
    expect(filled).toMatchObject({ fault: 'supplier', disposition: 'return_to_supplier', quantity: 2 });
    const chosen = withDefaults({ ...filled, fault: 'customer', faultChosen: true, grade: 'C' }, card);
    expect(chosen).toMatchObject({ fault: 'customer', disposition: 'refurbish' });
  });

  it('maps claims to the usual party at fault', () => {
    expect(defaultFault('no', 'quality')).toBe('none');
    expect(defaultFault('yes', 'transit_damage')).toBe('carrier');
    expect(defaultFault('partly', 'wrong_item')).toBe('warehouse');
    expect(defaultDisposition('D', 'customer')).toBe('scrap');
  });

  it('sends whole fields, leaving empty defect notes out', () => {
    const form = {
      ...emptyForm(card),
      defects: [{ key: 'k', defectTypeId: 'd1', code: 'X', nameZh: '', nameEn: '', class: 'minor' as const, quantity: 1, note: ' ' }],
    };
    expect(fieldsOf(form).defects).toEqual([{ defectTypeId: 'd1', class: 'minor', quantity: 1 }]);
  });
});
