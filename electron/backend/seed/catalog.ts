/**
 * The seeded merchant's catalogue: 8 suppliers, 20 products, 61 SKUs. Return rates, seasons and the defects a
 * product tends to show differ on purpose, so the quality screens have something true to find.
 */
export type Season = 'all' | 'winter' | 'summer' | 'fruit';

interface SupplierSeed {
  name: string;
  contact: string;
  /** Multiplies the return rate of everything this supplier makes. */
  qualityFactor: number;
}

export interface ProductSeed {
  name: string;
  code: string;
  goodsId: string;
  supplier: number;
  season: Season;
  /** Relative sales volume. */
  popularity: number;
  priceFen: number;
  costFen: number;
  /** Share of sold lines that come back as an after-sales case, before supplier and lot factors. */
  returnRate: number;
  /** Sized goods get wrong-size claims; fresh food has no 7-day no-reason return. */
  kind: 'apparel' | 'shoes' | 'goods' | 'electronics' | 'fresh';
  /** Defect codes (seeded defect_types) this product shows when something is really wrong. */
  defects: readonly string[];
  /** [spec text, SKU code suffix, price delta fen]. */
  specs: ReadonlyArray<readonly [string, string, number]>;
}

export const suppliers: readonly SupplierSeed[] = [
  { name: '义乌市恒通日用品有限公司', contact: '王经理 13857901234', qualityFactor: 1.0 },
  { name: '永康市诚达不锈钢制品厂', contact: '陈厂长 13958901122', qualityFactor: 0.8 },
  { name: '广州市白云区美衣服饰有限公司', contact: '李小姐 13602245566', qualityFactor: 1.5 },
  { name: '晋江市动力鞋业有限公司', contact: '许总 13905957788', qualityFactor: 1.1 },
  { name: '深圳市华强电子科技有限公司', contact: '张工 13714523344', qualityFactor: 1.3 },
  { name: '南通市家纺实业有限公司', contact: '周经理 13962887766', qualityFactor: 0.9 },
  { name: '烟台市果园直供合作社', contact: '刘姐 13853556677', qualityFactor: 1.2 },
  { name: '汕头市澄海区乐童玩具厂', contact: '黄老板 13502789900', qualityFactor: 1.0 },
];

const apparelDefects = ['LOOSE_THREAD', 'COLOUR_DIFFERENCE', 'STAIN', 'MISSING_TAG', 'ODOUR', 'SIZE_DEVIATION', 'MATERIAL_MISMATCH'];
const shoeDefects = ['LOOSE_THREAD', 'SIZE_DEVIATION', 'ODOUR', 'STAIN', 'BROKEN'];
const electronicDefects = ['NOT_WORKING', 'BROKEN', 'SCRATCH', 'MISSING_PARTS'];

export const products: readonly ProductSeed[] = [
  {
    name: '不锈钢保温杯500ml 大容量',
    code: 'CUP',
    goodsId: '517733020',
    supplier: 1,
    season: 'winter',
    popularity: 9,
    priceFen: 3990,
    costFen: 1450,
    returnRate: 0.05,
    kind: 'goods',
    defects: ['SCRATCH', 'ODOUR', 'BROKEN', 'NOT_WORKING'],
    specs: [
      ['白色', 'WH', 0],
      ['黑色', 'BK', 0],
      ['樱花粉', 'PK', 0],
      ['1000ml 白色', 'WH-1L', 2000],
    ],
  },
  {
    name: '儿童防滑运动鞋 透气网面',
    code: 'SHOE',
    goodsId: '602145587',
    supplier: 3,
    season: 'all',
    popularity: 6,
    priceFen: 7900,
    costFen: 3200,
    returnRate: 0.12,
    kind: 'shoes',
    defects: shoeDefects,
    specs: [
      ['蓝色,28码', 'BL-28', 0],
      ['蓝色,30码', 'BL-30', 0],
      ['粉色,28码', 'PK-28', 0],
      ['粉色,30码', 'PK-30', 0],
    ],
  },
  {
    name: '硅胶手机壳, "防摔"款',
    code: 'CASE',
    goodsId: '715530016',
    supplier: 0,
    season: 'all',
    popularity: 10,
    priceFen: 1590,
    costFen: 380,
    returnRate: 0.04,
    kind: 'goods',
    defects: ['COLOUR_DIFFERENCE', 'SIZE_DEVIATION', 'SCRATCH'],
    specs: [
      ['iPhone 15', 'IP15', 0],
      ['iPhone 16', 'IP16', 0],
      ['iPhone 16 Pro', 'IP16P', 200],
    ],
  },
  {
    name: '加厚珊瑚绒睡衣女冬季套装',
    code: 'PJ',
    goodsId: '438201112',
    supplier: 5,
    season: 'winter',
    popularity: 8,
    priceFen: 5990,
    costFen: 2300,
    returnRate: 0.1,
    kind: 'apparel',
    defects: apparelDefects,
    specs: [
      ['粉色,L', 'PK-L', 0],
      ['粉色,XL', 'PK-XL', 0],
      ['灰色,L', 'GY-L', 0],
      ['灰色,XL', 'GY-XL', 0],
    ],
  },
  {
    name: '智利车厘子 JJ级 2斤礼盒',
    code: 'CHERRY',
    goodsId: '688002314',
    supplier: 6,
    season: 'fruit',
    popularity: 5,
    priceFen: 12900,
    costFen: 8200,
    returnRate: 0.09,
    kind: 'fresh',
    defects: ['EXPIRED', 'TRANSIT_DAMAGE', 'PACKAGING_DAMAGED'],
    specs: [
      ['2斤装', '2J', 0],
      ['5斤装', '5J', 17000],
    ],
  },
  {
    name: '烟台红富士苹果 5斤装 脆甜',
    code: 'APPLE',
    goodsId: '688107755',
    supplier: 6,
    season: 'fruit',
    popularity: 6,
    priceFen: 2990,
    costFen: 1600,
    returnRate: 0.07,
    kind: 'fresh',
    defects: ['EXPIRED', 'TRANSIT_DAMAGE', 'PACKAGING_DAMAGED'],
    specs: [
      ['5斤 75mm', '5J-75', 0],
      ['5斤 85mm', '5J-85', 1000],
      ['10斤 80mm', '10J-80', 2600],
    ],
  },
  {
    name: '男士纯棉短袖T恤 宽松百搭',
    code: 'TEE',
    goodsId: '530981442',
    supplier: 2,
    season: 'summer',
    popularity: 9,
    priceFen: 2990,
    costFen: 900,
    returnRate: 0.11,
    kind: 'apparel',
    defects: apparelDefects,
    specs: [
      ['白色,M', 'WH-M', 0],
      ['白色,L', 'WH-L', 0],
      ['白色,XL', 'WH-XL', 0],
      ['黑色,L', 'BK-L', 0],
      ['黑色,XL', 'BK-XL', 0],
    ],
  },
  {
    name: '女士高腰阔腿牛仔裤 显瘦',
    code: 'JEANS',
    goodsId: '530996210',
    supplier: 2,
    season: 'all',
    popularity: 6,
    priceFen: 6900,
    costFen: 2600,
    returnRate: 0.16,
    kind: 'apparel',
    defects: apparelDefects,
    specs: [
      ['浅蓝,26', 'LB-26', 0],
      ['浅蓝,28', 'LB-28', 0],
      ['深蓝,26', 'DB-26', 0],
      ['深蓝,28', 'DB-28', 0],
    ],
  },
  {
    name: 'USB桌面小风扇 静音三档',
    code: 'FAN',
    goodsId: '745620981',
    supplier: 4,
    season: 'summer',
    popularity: 7,
    priceFen: 3590,
    costFen: 1350,
    returnRate: 0.08,
    kind: 'electronics',
    defects: electronicDefects,
    specs: [
      ['白色 充电款', 'WH', 0],
      ['绿色 充电款', 'GN', 0],
      ['白色 插电款', 'WH-P', -500],
    ],
  },
  {
    name: '蓝牙无线耳机 降噪运动款',
    code: 'EAR',
    goodsId: '745633107',
    supplier: 4,
    season: 'all',
    popularity: 7,
    priceFen: 8900,
    costFen: 3900,
    returnRate: 0.09,
    kind: 'electronics',
    defects: electronicDefects,
    specs: [
      ['黑色', 'BK', 0],
      ['白色', 'WH', 0],
    ],
  },
  {
    name: '20000毫安充电宝 快充',
    code: 'PB',
    goodsId: '745640552',
    supplier: 4,
    season: 'all',
    popularity: 5,
    priceFen: 6900,
    costFen: 3400,
    returnRate: 0.06,
    kind: 'electronics',
    defects: electronicDefects,
    specs: [
      ['白色', 'WH', 0],
      ['黑色', 'BK', 0],
    ],
  },
  {
    name: '纯棉四件套 1.8m床 简约条纹',
    code: 'BED',
    goodsId: '438266019',
    supplier: 5,
    season: 'all',
    popularity: 5,
    priceFen: 13900,
    costFen: 6200,
    returnRate: 0.07,
    kind: 'goods',
    defects: ['LOOSE_THREAD', 'COLOUR_DIFFERENCE', 'STAIN', 'ODOUR', 'SIZE_DEVIATION'],
    specs: [
      ['灰白条纹 1.5m', 'GY-15', -2000],
      ['灰白条纹 1.8m', 'GY-18', 0],
      ['蓝白条纹 1.8m', 'BL-18', 0],
    ],
  },
  {
    name: '加厚羽绒服女 中长款连帽',
    code: 'DOWN',
    goodsId: '531004789',
    supplier: 2,
    season: 'winter',
    popularity: 5,
    priceFen: 25900,
    costFen: 11800,
    returnRate: 0.18,
    kind: 'apparel',
    defects: apparelDefects,
    specs: [
      ['黑色,M', 'BK-M', 0],
      ['黑色,L', 'BK-L', 0],
      ['米白,M', 'WH-M', 0],
      ['米白,L', 'WH-L', 0],
    ],
  },
  {
    name: '不粘锅炒锅 家用电磁炉通用',
    code: 'WOK',
    goodsId: '517790324',
    supplier: 1,
    season: 'all',
    popularity: 4,
    priceFen: 8900,
    costFen: 3800,
    returnRate: 0.06,
    kind: 'goods',
    defects: ['SCRATCH', 'BROKEN', 'ODOUR', 'MISSING_PARTS'],
    specs: [
      ['30cm 带盖', '30', 0],
      ['32cm 带盖', '32', 1000],
    ],
  },
  {
    name: '儿童积木拼装玩具 300颗粒',
    code: 'BLOCK',
    goodsId: '802211563',
    supplier: 7,
    season: 'all',
    popularity: 5,
    priceFen: 4990,
    costFen: 1700,
    returnRate: 0.05,
    kind: 'goods',
    defects: ['MISSING_PARTS', 'BROKEN', 'ODOUR'],
    specs: [
      ['城市系列', 'CITY', 0],
      ['恐龙系列', 'DINO', 0],
      ['太空系列', 'SPACE', 500],
    ],
  },
  {
    name: '遥控汽车 儿童充电越野车',
    code: 'RCCAR',
    goodsId: '802230988',
    supplier: 7,
    season: 'all',
    popularity: 3,
    priceFen: 9900,
    costFen: 4100,
    returnRate: 0.1,
    kind: 'electronics',
    defects: electronicDefects,
    specs: [
      ['红色', 'RD', 0],
      ['蓝色', 'BL', 0],
    ],
  },
  {
    name: '家用收纳箱 加厚塑料 带盖',
    code: 'BOX',
    goodsId: '517802246',
    supplier: 0,
    season: 'all',
    popularity: 6,
    priceFen: 3290,
    costFen: 1100,
    returnRate: 0.05,
    kind: 'goods',
    defects: ['BROKEN', 'SCRATCH', 'SIZE_DEVIATION'],
    specs: [
      ['大号 三只装', 'L3', 0],
      ['中号 三只装', 'M3', -600],
      ['特大号 两只装', 'XL2', 800],
    ],
  },
  {
    name: '男士休闲板鞋 百搭小白鞋',
    code: 'SNEAK',
    goodsId: '602177430',
    supplier: 3,
    season: 'all',
    popularity: 5,
    priceFen: 9900,
    costFen: 4300,
    returnRate: 0.13,
    kind: 'shoes',
    defects: shoeDefects,
    specs: [
      ['白色,41', 'WH-41', 0],
      ['白色,42', 'WH-42', 0],
      ['白色,43', 'WH-43', 0],
    ],
  },
  {
    name: '夏季洞洞拖鞋 防滑厚底',
    code: 'SLIP',
    goodsId: '602189903',
    supplier: 3,
    season: 'summer',
    popularity: 6,
    priceFen: 1990,
    costFen: 700,
    returnRate: 0.08,
    kind: 'shoes',
    defects: shoeDefects,
    specs: [
      ['黑色,40-41', 'BK-40', 0],
      ['黑色,42-43', 'BK-42', 0],
      ['白色,38-39', 'WH-38', 0],
    ],
  },
  {
    name: '一次性洗脸巾 珍珠纹加厚 4卷',
    code: 'TOWEL',
    goodsId: '438299451',
    supplier: 0,
    season: 'all',
    popularity: 8,
    priceFen: 2290,
    costFen: 800,
    returnRate: 0.03,
    kind: 'goods',
    defects: ['STAIN', 'ODOUR', 'PACKAGING_DAMAGED', 'MISSING_PARTS'],
    specs: [
      ['4卷装', '4R', 0],
      ['8卷装', '8R', 2000],
    ],
  },
];
