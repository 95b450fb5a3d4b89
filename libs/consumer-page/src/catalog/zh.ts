import { ZH_INSPECTOR } from './inspector/zh';
import { Messages } from './messages';

/** Chinese (simplified): for buyers in China and shoppers there scanning a jar. */
export const ZH: Messages = {
  languageName: '中文',
  tagline: '一村一品 · 吉尔吉斯斯坦',
  languageSwitcher: '语言',
  pageTitle: '{product}的来源',
  lot: '批次',
  serial: '序列号',
  gtin: 'GTIN',

  originTitle: '产地来源',
  village: '村庄',
  producer: '生产者',
  producerNote: '生产者以注册编号显示；Tamga不公开个人姓名。',
  harvested: '采收日期',
  harvestPlace: '采收地点',
  harvestsCount: '原料采收批次：{n}',
  andMore: '另有{n}处',
  madeFrom: '原料',
  mapCaption: '吉尔吉斯斯坦地图上的采收地点',
  mapLake: '伊塞克湖',
  mapCapital: '比什凯克',
  noOrigin: '此批次的产地未有记录。',

  stepsTitle: '制作过程',
  stepInputs: '原料',
  stepHarvest: '采收',
  stepPacked: '包装',
  stepSplit: '批次拆分',
  stepMerged: '批次合并',
  noSteps: '按采收原样销售。',
  earlierSteps: '更早的{n}个步骤未显示。',

  certificatesTitle: '今日有效的认证',
  validUntil: '有效期至{date}',
  noCertificates: '今日没有有效的认证。',

  labTitle: '检测结果',
  labTested: '检测日期：{date}',
  labWithin: '符合限值',
  labOutside: '超出限值',
  labLimit: '限值',
  noLab: '尚无检测结果记录。',

  soldTitle: '销售地点',
  exportedTo: '出口至{country}',
  notSold: '尚未销售。',
  unitSold: '此件商品已售出：{place}，{date}。',

  integrityTitle: '关于此记录',
  integrity: '此信息来自Tamga只可追加的记录中的{n}条事件：记录不会被修改或删除，更正以新事件的形式添加。最新记录：{date}。',
  integrityUpstream: '其产地通过{n}个上游批次追溯。',
  verifySoon: '您自行核验记录的功能即将推出。',
  integrityLog: '已记录在Tamga日志的检查点{n}中。',
  integrityLogProof: '查看证明',
  integrityLogPending: '最新记录尚未纳入Tamga日志的已签名检查点，很快就会纳入。',

  bannerRecalled: '已召回：请勿使用本产品，请退回购买的商店。',
  bannerUnitRecalled: '此件商品已召回：请勿使用，请退回购买的商店。',
  bannerSomeUnitsRecalled: '本批次中有{n}件已召回。请扫描您手中商品上的代码，确认是否在召回之列。',
  bannerHeld: '暂停销售：该批次正在核查，解除前不得销售。',
  bannerIngredientRecalled: '本产品的一种原料（{product}，批次{lot}）已被召回。使用前请向商店咨询。',
  reason: '原因：{reason}',
  since: '日期：{date}',

  productIntro: '扫描罐子或包装上的代码，即可查看该批次的来源。',
  recentLots: '最近批次',
  noLots: '尚无批次记录。',

  notFoundTitle: '未找到此代码',
  notFoundBody: 'Tamga中尚无此代码对应的产品、批次或单件记录。请核对标签上的代码，或向商店咨询。',
  badRequestTitle: '无法识别此代码',
  badRequestBody: '此地址不是有效的GS1数字链接（{reason}）。请重新扫描二维码，或输入标签上印刷的代码。',
  badGtin: '商品编码（GTIN）有误',
  badCheckDigit: '商品编码的校验位不符',
  badLot: '批号无效',
  badSerial: '序列号无效',
  badStructure: '其组成部分缺失或顺序有误',

  pieces: '{n}件',
  categories: {
    honey: '蜂蜜', jam: '果酱', berries: '浆果', 'dried-fruit': '果干', herbs: '草本植物', sugar: '糖', soap: '香皂', oil: '油脂',
    wool: '羊毛', felt: '毛毡', textile: '纺织品', dairy: '乳制品', other: '其他',
  },
  processes: {
    extraction: '提取', blending: '调配', cooking: '熬制', 'soap-making': '制皂', felting: '擀毡', drying: '干燥', spinning: '纺纱',
  },
  labParameters: {
    moisture: '水分', hmf: 'HMF（新鲜度指标）', ph: 'pH', 'diastase activity': '淀粉酶活性', 'soluble solids': '可溶性固形物',
    'yeasts and moulds': '酵母菌和霉菌', 'free alkali (naoh)': '游离碱（NaOH）',
  },
  inspector: ZH_INSPECTOR,
};
