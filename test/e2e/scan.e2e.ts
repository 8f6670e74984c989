import { expect, screenshot, startServe, test } from './serve-fixture';
import { addDefectByKeyboard, seededDataDir, testPng } from './scan-helpers';
import { apiCall, loginViaUi } from './store-helpers';

/**
 * The warehouse's common path, keyboard first: an inspector scans a seeded return tracking number, receives the
 * parcel, grades it, records two defects and a photo, chooses a disposition and completes. The Cases screen then
 * shows the inspection and the audit trail names the inspector.
 */
test('an inspector scans, receives, inspects and completes a return', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  const served = await startServe(dataDir);
  try {
    const code = samples.awaitingReturnTracking[0]!;
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    const scan = page.getByTestId('scan-input');
    await expect(scan).toBeFocused();
    await screenshot(page, 'scan-idle-zh-CN');

    // A USB scanner types fast and ends with Enter.
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    const workspace = page.getByTestId('case-workspace');
    await expect(workspace).toBeVisible();
    await expect(page.getByTestId('case-claim')).toContainText('退货退款');
    const caseNumber = (await page.getByTestId('case-number').innerText()).trim();
    await expect(scan).toBeFocused();

    // Receive with the keyboard (package intact is the default).
    await page.keyboard.press('Alt+r');
    await expect(page.getByTestId('received-line')).toContainText('inspector');
    await expect(page.getByTestId('case-status')).toHaveText('已收货');
    await expect(scan).toBeFocused();

    // Grade D with key 4; the claim matches (Alt+Y) → fault supplier and disposition "return to supplier" by default.
    await page.keyboard.press('4');
    await expect(page.getByTestId('grade-D')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Alt+y');
    await expect(page.getByTestId('save-state')).toContainText('已保存');

    // Two defects, searched in Chinese and in English.
    for (const query of ['线头', 'scratch']) {
      await addDefectByKeyboard(page, query);
    }
    await expect(page.getByTestId('defect-line')).toHaveCount(2);
    await expect(page.getByTestId('defect-lines')).toContainText('跳线/线头');
    await expect(page.getByTestId('defect-lines')).toContainText('划痕');

    // A photo from a file: stored, thumbnailed and shown.
    await page.getByTestId('inspection-photos-file').setInputFiles({ name: 'defect.png', mimeType: 'image/png', buffer: testPng() });
    await expect(page.getByTestId('inspection-photos').getByTestId('photo-thumb')).toHaveCount(1);

    // A non-image is refused on the spot, and nothing is added.
    await page
      .getByTestId('inspection-photos-file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await expect(page.getByText('“notes.txt”不是 JPEG、PNG 或 WebP 图片，未上传')).toBeVisible();
    await expect(page.getByTestId('inspection-photos').getByTestId('photo-thumb')).toHaveCount(1);

    await page.getByTestId('disposition-scrap').click();
    await page.getByTestId('disposition-return_to_supplier').click();
    await expect(scan).toBeFocused();
    await expect(page.getByTestId('save-state')).toContainText('已保存');
    await screenshot(page, 'scan-inspecting-zh-CN');

    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('completed-inspection')).toBeVisible();
    await expect(page.getByTestId('suggestion')).toContainText('全额退款');
    await expect(page.getByTestId('case-status')).toHaveText('已质检');
    await screenshot(page, 'scan-completed-zh-CN');
    await page.getByTestId('language-switch').getByText('English').click();
    await expect(page.getByTestId('suggestion')).toContainText('Full refund');
    await screenshot(page, 'scan-completed-en-US');
    await page.getByTestId('language-switch').getByText('简体中文').click();

    // The Cases screen shows the inspection, and the audit trail says who did it.
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-search').fill(caseNumber);
    await page.getByTestId(`case-row-${caseNumber}`).click();
    await expect(page.getByTestId('case-detail')).toBeVisible();
    await expect(page.getByTestId('case-inspection')).toHaveCount(1);
    await expect(page.getByTestId('case-inspection-inspector')).toHaveText('inspector');
    await expect(page.getByTestId('case-audit')).toContainText('inspector');

    // And through the API: status, suggestion, defects, photo and audit rows.
    const detail = await apiCall<{ case: { id: string } }[]>(page, 'scan.lookup', { code }).then(
      (r) => (r as unknown as { cases: { id: string; status: string; suggestedOutcome: string }[] }).cases[0]!,
    );
    expect(detail).toMatchObject({ status: 'inspected', suggestedOutcome: 'full_refund' });
    const inspections = await apiCall<{
      history: { id: string; grade: string; disposition: string; defects: unknown[]; inspectorName: string }[];
    }>(page, 'inspections.forCase', { caseId: detail.id });
    expect(inspections.history[0]).toMatchObject({ grade: 'D', disposition: 'return_to_supplier', inspectorName: 'inspector' });
    expect(inspections.history[0]!.defects).toHaveLength(2);
    const photos = await apiCall<unknown[]>(page, 'attachments.list', { ownerKind: 'inspection', ownerId: inspections.history[0]!.id });
    expect(photos).toHaveLength(1);
  } finally {
    await served.stop();
  }
});
