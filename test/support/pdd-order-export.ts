import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

/**
 * A Pinduoduo order export (GB18030, CRLF, the back office's 28 columns) of any size, written as a stream: the
 * import bench's million rows and the commit-job tests' tens of thousands. Deterministic (a fixed-seed LCG);
 * one line per order, order numbers in file order, quoted fields with commas and doubled quotes.
 */
export const pddOrderHeader =
  '商品,订单号,订单状态,商品总价(元),邮费(元),店铺优惠折扣(元),平台优惠折扣(元),多多支付立减金额(元),用户实付金额(元),商家实收金额(元),商品数量(件),支付时间,发货时间,确认收货时间,商品id,商品规格,样式ID,商家编码-规格维度,商家编码-商品维度,商家备注,售后状态,快递单号,快递公司,订单成交时间,是否分期,分期期数,手续费承担方,分期方式';
const skus = [
  ['不锈钢保温杯500ml 大容量', '517733020', '白色', '5507139', 'CUP-WH', 'CUP', 3990],
  ['不锈钢保温杯500ml 大容量', '517733020', '黑色', '5507140', 'CUP-BK', 'CUP', 3990],
  ['儿童防滑运动鞋 透气网面', '602145587', '"蓝色,30码"', '5869554', 'SHOE-BL-30', 'SHOE', 7900],
  ['"硅胶手机壳, ""防摔""款"', '715530016', 'iPhone 15', '3400981', 'CASE-IP15', 'CASE', 1590],
  ['加厚珊瑚绒睡衣女冬季套装', '438201112', '"粉色,L"', '8497796', 'PJ-PK-L', 'PJ', 5990],
  ['智利车厘子 JJ级 2斤礼盒', '688002314', '2斤装', '7712345', 'CHERRY-2J', 'CHERRY', 12900],
] as const;
const statuses = ['已签收', '已取消', '已发货，待签收', '待发货'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${pad(fen % 100)}`;

export const generateOrderExport = async (file: string, rows: number): Promise<void> => {
  const out = createWriteStream(file);
  out.write(iconv.encode(`${pddOrderHeader}\r\n`, 'gb18030'));
  let chunk: string[] = [];
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < rows; i++) {
    const [title, goodsId, spec, styleId, skuCode, productCode, price] = skus[i % skus.length]!;
    const qty = 1 + rand(3);
    const day = 1 + (i % 28);
    const stamp = `2026-08-${pad(day)} ${pad(rand(24))}:${pad(rand(60))}:00`;
    const status = statuses[rand(4)]!;
    const total = price * qty;
    const orderNumber = `2608${pad(day)}-${String(100000000000000 + i).padStart(15, '0')}`;
    chunk.push(
      `${title},${orderNumber},${status},${yuan(total)},0.00,0.00,1.00,0.00,${yuan(total - 100)},${yuan(total)},${qty},${stamp},${stamp},,${goodsId},${spec},${styleId},${skuCode},${productCode},,无售后或售后取消,${7590996030000 + i},中通快递,${stamp},否,,,`,
    );
    if (chunk.length === 10000) {
      if (!out.write(iconv.encode(`${chunk.join('\r\n')}\r\n`, 'gb18030'))) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(iconv.encode(`${chunk.join('\r\n')}\r\n`, 'gb18030'));
  out.end();
  await once(out, 'finish');
};

// `node --import tsx test/support/pdd-order-export.ts FILE ROWS` (the import bench runs it in a child process).
if (process.argv[1]?.endsWith('pdd-order-export.ts') && process.argv[2]) {
  generateOrderExport(process.argv[2], Number(process.argv[3] ?? 1_000_000)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
