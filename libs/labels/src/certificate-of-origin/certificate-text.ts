import { CertificateLanguage } from './certificate-language';

/** The words of the certificate, per language; `{n}` stands for a number. */
export interface CertificateText {
  readonly title: string;
  readonly subtitle: string;
  readonly certificateNo: string;
  readonly shipment: string;
  readonly exporter: string;
  readonly exportedFrom: string;
  readonly consignee: string;
  readonly destination: string;
  readonly countryOfOrigin: string;
  readonly kyrgyzRepublic: string;
  readonly customsDeclaration: string;
  readonly hsCode: string;
  readonly exportDate: string;
  readonly goods: string;
  readonly lot: string;
  readonly product: string;
  readonly quantity: string;
  readonly origin: string;
  readonly originOfLot: string;
  readonly village: string;
  readonly share: string;
  readonly producers: string;
  readonly unattributed: string;
  readonly certifications: string;
  readonly scheme: string;
  readonly certificate: string;
  readonly validity: string;
  readonly noCertifications: string;
  readonly inspections: string;
  readonly passed: string;
  readonly failed: string;
  readonly noInspections: string;
  readonly verify: string;
  readonly verifyNote: string;
  readonly record: string;
  readonly proofsPending: string;
  readonly madeInKyrgyzstan: string;
  /** The footer's page number: `{n}` this page, `{total}` the count. */
  readonly page: string;
}

/**
 * Written for the reader of each language, not word for word: the customs terms a buyer's customs
 * officer knows (ТН ВЭД in the Eurasian Economic Union, 仕向国 and 荷受人 in Japan, 启运地 and 收货人
 * in China). Product, village and scheme names come from master data in each language.
 */
export const CERTIFICATE_TEXT: Readonly<Record<CertificateLanguage, CertificateText>> = {
  en: {
    title: 'Certificate of Origin',
    subtitle: 'Origin traced from the Tamga provenance record',
    certificateNo: 'Certificate of origin No.',
    shipment: 'Shipment',
    exporter: 'Exporter',
    exportedFrom: 'Exported from',
    consignee: 'Consignee (buyer)',
    destination: 'Country of destination',
    countryOfOrigin: 'Country of origin',
    kyrgyzRepublic: 'Kyrgyz Republic',
    customsDeclaration: 'Customs declaration',
    hsCode: 'HS code',
    exportDate: 'Date of export',
    goods: 'Goods',
    lot: 'Lot',
    product: 'Product',
    quantity: 'Quantity',
    origin: 'Origin: villages and their shares of the exported quantity',
    originOfLot: 'Origin of lot',
    village: 'Village',
    share: 'Share',
    producers: 'Producers',
    unattributed: 'Origin not traced',
    certifications: 'Certifications valid on the date of export',
    scheme: 'Scheme',
    certificate: 'Certificate',
    validity: 'Valid',
    noCertifications: 'None recorded',
    inspections: 'Inspections and laboratory tests',
    passed: 'passed',
    failed: 'failed',
    noInspections: 'None recorded',
    verify: 'Verify this certificate',
    verifyNote: "Scan the QR code or open the address to see the shipment's record.",
    record: 'Issued from the Tamga provenance record: {n} recorded events, each identified by its GS1 CBV 2.0 event hash.',
    proofsPending: 'Digital signatures and inclusion proofs: not yet available.',
    madeInKyrgyzstan: 'Made in Kyrgyzstan',
    page: 'Page {n} of {total}',
  },
  ru: {
    title: 'Сертификат происхождения',
    subtitle: 'Происхождение прослежено по записям системы прослеживаемости Tamga',
    certificateNo: 'Сертификат происхождения №',
    shipment: 'Отгрузка',
    exporter: 'Экспортёр',
    exportedFrom: 'Место отправки',
    consignee: 'Грузополучатель (покупатель)',
    destination: 'Страна назначения',
    countryOfOrigin: 'Страна происхождения',
    kyrgyzRepublic: 'Кыргызская Республика',
    customsDeclaration: 'Таможенная декларация',
    hsCode: 'Код ТН ВЭД (ГС)',
    exportDate: 'Дата экспорта',
    goods: 'Товары',
    lot: 'Партия',
    product: 'Продукт',
    quantity: 'Количество',
    origin: 'Происхождение: сёла и их доли в экспортированном количестве',
    originOfLot: 'Происхождение партии',
    village: 'Село',
    share: 'Доля',
    producers: 'Производители',
    unattributed: 'Происхождение не прослежено',
    certifications: 'Сертификаты, действительные на дату экспорта',
    scheme: 'Система сертификации',
    certificate: 'Сертификат',
    validity: 'Действителен',
    noCertifications: 'Не зарегистрированы',
    inspections: 'Инспекции и лабораторные испытания',
    passed: 'соответствует',
    failed: 'не соответствует',
    noInspections: 'Не зарегистрированы',
    verify: 'Проверить сертификат',
    verifyNote: 'Отсканируйте QR-код или откройте адрес, чтобы увидеть записи об этой отгрузке.',
    record: 'Выдан на основании записей Tamga: {n} зарегистрированных событий, каждое обозначено хешем события GS1 CBV 2.0.',
    proofsPending: 'Цифровые подписи и доказательства включения: пока недоступны.',
    madeInKyrgyzstan: 'Сделано в Кыргызстане',
    page: 'Стр. {n} из {total}',
  },
  ja: {
    title: '原産地証明書',
    subtitle: 'Tamga トレーサビリティ記録に基づく原産地の追跡',
    certificateNo: '原産地証明書番号',
    shipment: '出荷番号',
    exporter: '輸出者',
    exportedFrom: '積出地',
    consignee: '荷受人（買主）',
    destination: '仕向国',
    countryOfOrigin: '原産国',
    kyrgyzRepublic: 'キルギス共和国',
    customsDeclaration: '輸出申告番号',
    hsCode: 'HSコード',
    exportDate: '輸出日',
    goods: '貨物',
    lot: 'ロット',
    product: '品名',
    quantity: '数量',
    origin: '原産地：輸出数量に占める各村の割合',
    originOfLot: 'ロットの原産地',
    village: '村',
    share: '割合',
    producers: '生産者',
    unattributed: '原産地未追跡',
    certifications: '輸出日に有効な認証',
    scheme: '認証制度',
    certificate: '認証番号',
    validity: '有効期間',
    noCertifications: '記録なし',
    inspections: '検査・試験結果',
    passed: '合格',
    failed: '不合格',
    noInspections: '記録なし',
    verify: 'この証明書を確認する',
    verifyNote: 'QRコードを読み取るか、下記のアドレスを開くと、この出荷の記録を確認できます。',
    record: 'Tamga のトレーサビリティ記録に基づき発行：記録されたイベント {n} 件（各イベントは GS1 CBV 2.0 イベントハッシュで識別）。',
    proofsPending: '電子署名と包含証明：現在は未提供です。',
    madeInKyrgyzstan: 'キルギス製（Made in Kyrgyzstan）',
    page: '{n} / {total} ページ',
  },
  zh: {
    title: '原产地证明书',
    subtitle: '依据 Tamga 溯源记录追溯原产地',
    certificateNo: '原产地证书编号',
    shipment: '货运编号',
    exporter: '出口商',
    exportedFrom: '启运地',
    consignee: '收货人（买方）',
    destination: '目的国',
    countryOfOrigin: '原产国',
    kyrgyzRepublic: '吉尔吉斯共和国',
    customsDeclaration: '出口报关单号',
    hsCode: 'HS编码',
    exportDate: '出口日期',
    goods: '货物',
    lot: '批次',
    product: '品名',
    quantity: '数量',
    origin: '原产地：各村在出口数量中所占份额',
    originOfLot: '批次原产地',
    village: '村',
    share: '份额',
    producers: '生产者',
    unattributed: '原产地未追溯',
    certifications: '出口之日有效的认证',
    scheme: '认证体系',
    certificate: '证书编号',
    validity: '有效期',
    noCertifications: '无记录',
    inspections: '检验与实验室检测',
    passed: '合格',
    failed: '不合格',
    noInspections: '无记录',
    verify: '验证本证书',
    verifyNote: '扫描二维码或打开下列网址，即可查看本批货物的记录。',
    record: '依据 Tamga 溯源记录签发：共 {n} 条已记录事件，每条均以 GS1 CBV 2.0 事件哈希标识。',
    proofsPending: '数字签名与包含证明：暂未提供。',
    madeInKyrgyzstan: '吉尔吉斯斯坦制造（Made in Kyrgyzstan）',
    page: '第 {n} 页，共 {total} 页',
  },
};
