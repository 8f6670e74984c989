import { describe, expect, it } from 'vitest';
import { maxScanCodeLength, normaliseScanCode, scanCodeProblem, scanCodeSchema } from './scan.contract';

describe('scanned code normalisation', () => {
  it('removes the Enter, tabs and control characters a scanner sends, and surrounding spaces', () => {
    expect(normaliseScanCode('  YT1234567890\r\n')).toBe('YT1234567890');
    expect(normaliseScanCode('\u0002SF1234\u0003\t')).toBe('SF1234');
  });

  it('removes zero-width marks and turns full-width IME input into plain ASCII', () => {
    expect(normaliseScanCode('２６０７３０－５９０８\u200b')).toBe('260730-5908');
    expect(normaliseScanCode('ＴＳ－１００')).toBe('TS-100');
  });

  it('keeps the inside of the code as it is (order numbers and SKU codes are exact)', () => {
    expect(normaliseScanCode('260730-590830166131860')).toBe('260730-590830166131860');
    expect(normaliseScanCode('TS-100 WH')).toBe('TS-100 WH');
  });

  it('names what is wrong: empty or too long', () => {
    expect(scanCodeProblem(normaliseScanCode('\r\n \u0000'))).toBe('empty');
    expect(scanCodeProblem('x'.repeat(maxScanCodeLength))).toBeNull();
    expect(scanCodeProblem('x'.repeat(maxScanCodeLength + 1))).toBe('too_long');
  });

  it('rejects a 500-character scan with a clear message, and accepts a clean one', () => {
    const long = scanCodeSchema.safeParse('9'.repeat(500));
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toContain('longer than 64 characters');
    expect(scanCodeSchema.parse(' ZT7000000001\n')).toBe('ZT7000000001');
    expect(scanCodeSchema.safeParse('\u0007\u0008').error?.issues[0]?.message).toContain('empty');
  });
});
