import { expect, screenshot, startServe, test } from './serve-fixture';
import { seededDataDir, testPng } from './scan-helpers';
import { apiCall, loginViaUi } from './store-helpers';

/**
 * A parcel whose label matches nothing: the station says so clearly, records it (courier, note, photo), lists it
 * one click away and links it to its case later. Bad scans get a clear message and save nothing.
 */
test('an unmatched parcel is recorded, listed and linked; bad scans are refused clearly', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  const served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    const scan = page.getByTestId('scan-input');
    await expect(scan).toBeFocused();

    // A 500-character scan (a stuck key) is refused with a clear message and nothing is looked up or saved.
    await page.keyboard.type('7'.repeat(500));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('scan-error')).toContainText('扫描内容超过 64 个字符（500 个）');
    await expect(scan).toHaveValue('');

    // Control characters around a code are dropped; an unknown code is answered with "nothing matches". The same
    // code again within a second counts once: both scans go in back to back, as a scanner sends them (waiting for
    // the first answer, or a screenshot, in between can take longer than the second on a loaded machine).
    await scan.fill('\u0002NOSUCH-PARCEL-0001\u0003');
    await page.keyboard.press('Enter');
    await scan.fill('NOSUCH-PARCEL-0001');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('no-match-alert')).toContainText('没有找到与“NOSUCH-PARCEL-0001”匹配的售后单');
    await expect(page.getByTestId('scan-notice')).toContainText('1 秒内重复扫描');
    await screenshot(page, 'scan-no-match-zh-CN');

    await page.getByTestId('unmatched-courier').locator('input').fill('极兔速递');
    await page.getByTestId('unmatched-note').fill('面单被撕，内有黑色T恤一件');
    await page.getByTestId('record-unmatched-button').click();
    await expect(page.getByTestId('unmatched-recorded')).toBeVisible();
    await page.getByTestId('parcel-photos-file').setInputFiles({ name: 'parcel.png', mimeType: 'image/png', buffer: testPng() });
    await expect(page.getByTestId('parcel-photos').getByTestId('photo-thumb')).toHaveCount(1);
    // An oversized photo is refused before upload, with its size in the message.
    await page
      .getByTestId('parcel-photos-file')
      .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.concat([testPng(), Buffer.alloc(9 * 1024 * 1024)]) });
    await expect(page.getByText('超过 8 MB 上限')).toBeVisible();
    await expect(page.getByTestId('parcel-photos').getByTestId('photo-thumb')).toHaveCount(1);

    // One click away: the list, with the parcel and its photo count.
    await page.getByTestId('open-unmatched').click();
    const table = page.getByTestId('unmatched-table');
    await expect(table).toContainText('NOSUCH-PARCEL-0001');
    await expect(table).toContainText('极兔速递');
    await expect(table).toContainText('面单被撕');
    await screenshot(page, 'scan-unmatched-list-zh-CN');
    await page.keyboard.press('Escape');
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('open-unmatched').click();
    await expect(table).toContainText('Link to case');
    await screenshot(page, 'scan-unmatched-list-en-US');
    await page.keyboard.press('Escape');
    await page.getByTestId('language-switch').getByText('简体中文').click();
    await page.getByTestId('open-unmatched').click();

    // Later the right case turns up: link the parcel; the case counts as received.
    const code = samples.awaitingReturnTracking[1]!;
    await table.getByRole('button', { name: '关联售后单' }).click();
    await page.getByTestId('link-search').locator('input').fill(code);
    await page.getByTestId('link-search').locator('input').press('Enter');
    await page.getByTestId('link-case').first().click();
    await expect(table).toContainText('没有待关联的包裹');
    await page.getByTestId('unmatched-drawer').getByText('全部').click();
    await expect(table).toContainText('已关联');
    const parcels = await apiCall<{ code: string; linkedCaseId: string | null; photoCount: number }[]>(page, 'parcels.list', {
      state: 'all',
    });
    expect(parcels).toEqual([expect.objectContaining({ code: 'NOSUCH-PARCEL-0001', photoCount: 1 })]);
    const found = await apiCall<{ cases: { id: string; status: string; receivedByName: string }[] }>(page, 'scan.lookup', { code });
    expect(found.cases[0]).toMatchObject({ id: parcels[0]!.linkedCaseId, status: 'received', receivedByName: 'inspector' });
  } finally {
    await served.stop();
  }
});
