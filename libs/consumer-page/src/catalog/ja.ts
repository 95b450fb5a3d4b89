import { JA_INSPECTOR } from './inspector/ja';
import { Messages } from './messages';

/** Japanese: for buyers in Japan, where OVOP began, and shoppers there scanning a jar. */
export const JA: Messages = {
  languageName: '日本語',
  tagline: '一村一品 · キルギス',
  languageSwitcher: '言語',
  pageTitle: '{product}の産地',
  lot: 'ロット',
  serial: 'シリアル番号',
  gtin: 'GTIN',

  originTitle: '産地',
  village: '村',
  producer: '生産者',
  producerNote: '生産者は登録IDで表示しています。Tamgaは個人名を公開しません。',
  harvested: '収穫日',
  harvestPlace: '収穫地',
  harvestsCount: '原料の収穫：{n}件',
  andMore: 'ほか{n}件',
  madeFrom: '原料',
  mapCaption: 'キルギスの地図上の収穫地',
  mapLake: 'イシク・クル湖',
  mapCapital: 'ビシュケク',
  noOrigin: 'このロットの産地は記録されていません。',

  stepsTitle: '製造工程',
  stepInputs: '原料',
  stepHarvest: '収穫',
  stepPacked: '包装',
  stepSplit: 'ロット分割',
  stepMerged: 'ロット統合',
  noSteps: '収穫したままの状態で販売されています。',
  earlierSteps: 'これより前の{n}工程は表示していません。',

  certificatesTitle: '本日有効な認証',
  validUntil: '{date}まで有効',
  noCertificates: '本日有効な認証はありません。',

  labTitle: '検査結果',
  labTested: '検査日：{date}',
  labWithin: '基準内',
  labOutside: '基準外',
  labLimit: '基準',
  noLab: '検査結果は記録されていません。',

  soldTitle: '販売先',
  exportedTo: '{country}へ輸出',
  notSold: 'まだ販売されていません。',
  unitSold: 'この商品は販売済みです：{place}、{date}。',

  integrityTitle: 'この記録について',
  integrity:
    'この情報は、Tamgaの追記専用の記録にある{n}件のイベントから作成されています。記録は変更も削除もされず、訂正は新しいイベントとして追加されます。最新の記録：{date}。',
  integrityUpstream: '産地は{n}件の前工程のロットをたどって確認しています。',
  verifySoon: 'ご自身で記録を検証できる機能を近日公開予定です。',
  integrityLog: 'Tamgaログのチェックポイント{n}に記録されています。',
  integrityLogProof: '証明を確認する',
  integrityLogPending: '最新の記録はまだTamgaログの署名付きチェックポイントに含まれていません。まもなく含まれます。',

  bannerRecalled: 'リコール対象：この商品は使用しないでください。お買い求めの店舗へご返品ください。',
  bannerUnitRecalled: 'この商品はリコール対象です。使用せず、お買い求めの店舗へご返品ください。',
  bannerSomeUnitsRecalled: 'このロットの{n}個がリコール対象です。お手元の商品のコードを読み取り、対象かどうかをご確認ください。',
  bannerHeld: '出荷保留：このロットは確認中のため、保留が解除されるまで販売できません。',
  bannerIngredientRecalled: 'この商品の原料（{product}、ロット{lot}）がリコールされています。ご使用前に販売店へお問い合わせください。',
  reason: '理由：{reason}',
  since: '日付：{date}',

  productIntro: '瓶や包装のコードを読み取ると、そのロットの産地がわかります。',
  recentLots: '最近のロット',
  noLots: 'ロットはまだ記録されていません。',

  notFoundTitle: 'このコードは登録されていません',
  notFoundBody: 'このコードの商品・ロット・個体は、まだTamgaに記録されていません。ラベルのコードをご確認いただくか、販売店にお問い合わせください。',
  badRequestTitle: 'このコードは読み取れません',
  badRequestBody: 'このアドレスは有効なGS1デジタルリンクではありません（{reason}）。QRコードをもう一度読み取るか、ラベルに印刷されたコードを入力してください。',
  badGtin: '商品コード（GTIN）が正しくありません',
  badCheckDigit: '商品コードのチェックデジットが一致しません',
  badLot: 'ロット番号が正しくありません',
  badSerial: 'シリアル番号が正しくありません',
  badStructure: '構成要素が不足しているか、順序が正しくありません',

  pieces: '{n}個',
  categories: {
    honey: 'はちみつ', jam: 'ジャム', berries: 'ベリー', 'dried-fruit': 'ドライフルーツ', herbs: 'ハーブ', sugar: '砂糖', soap: '石けん',
    oil: '油脂', wool: '羊毛', felt: 'フェルト', textile: '織物', dairy: '乳製品', other: 'その他',
  },
  processes: {
    extraction: '抽出', blending: 'ブレンド', cooking: '加熱調理', 'soap-making': '石けん製造', felting: 'フェルト加工', drying: '乾燥',
    spinning: '紡績',
  },
  labParameters: {
    moisture: '水分', hmf: 'HMF（鮮度の指標）', ph: 'pH', 'diastase activity': 'ジアスターゼ活性', 'soluble solids': '可溶性固形分',
    'yeasts and moulds': '酵母・カビ', 'free alkali (naoh)': '遊離アルカリ（NaOH）',
  },
  inspector: JA_INSPECTOR,
};
