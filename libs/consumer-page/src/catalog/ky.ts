import { KY_INSPECTOR } from './inspector/ky';
import { Messages } from './messages';

/** Kyrgyz (Cyrillic script): the home language of OVOP villages. */
export const KY: Messages = {
  languageName: 'Кыргызча',
  tagline: 'Бир айыл — бир продукт · Кыргызстан',
  languageSwitcher: 'Тил',
  pageTitle: '{product}: кайдан келген',
  lot: 'Партия',
  serial: 'Сериялык номер',
  gtin: 'GTIN',

  originTitle: 'Кайдан келген',
  village: 'Айыл',
  producer: 'Өндүрүүчү',
  producerNote: 'Өндүрүүчүлөр катталган коду менен көрсөтүлөт: Tamga адамдардын аты-жөнүн жарыялабайт.',
  harvested: 'Жыйналган күнү',
  harvestPlace: 'Жыйналган жери',
  harvestsCount: 'Курамындагы түшүмдөр: {n}',
  andMore: 'жана дагы {n}',
  madeFrom: 'Чийки зат',
  mapCaption: 'Түшүм жыйналган жер Кыргызстандын картасында',
  mapLake: 'Ысык-Көл',
  mapCapital: 'Бишкек',
  noOrigin: 'Бул партиянын келип чыгышы катталган эмес.',

  stepsTitle: 'Кантип жасалган',
  stepInputs: 'Чийки заты',
  stepHarvest: 'Түшүм жыйноо',
  stepPacked: 'Таңгактоо',
  stepSplit: 'Партияны бөлүү',
  stepMerged: 'Партияларды бириктирүү',
  noSteps: 'Жыйналган бойдон сатылат.',
  earlierSteps: 'Мурунку {n} кадам көрсөтүлгөн жок.',

  certificatesTitle: 'Бүгүн күчүндө болгон сертификаттар',
  validUntil: '{date} чейин күчүндө',
  noCertificates: 'Бүгүн күчүндө болгон сертификат жок.',

  labTitle: 'Лабораториялык текшерүүнүн жыйынтыктары',
  labTested: 'Текшерилген күнү: {date}',
  labWithin: 'ченемде',
  labOutside: 'ченемден тышкары',
  labLimit: 'ченем',
  noLab: 'Лабораториялык жыйынтыктар катталган эмес.',

  soldTitle: 'Кайда сатылган',
  exportedTo: 'Экспорт: {country}',
  notSold: 'Азырынча сатыла элек.',
  unitSold: 'Бул нуска сатылган: {place}, {date}.',

  integrityTitle: 'Бул жазуу тууралуу',
  integrity:
    'Бул баян Tamga системасындагы {n} жазуудан түзүлгөн. Жазуулар өзгөртүлбөйт жана өчүрүлбөйт, оңдоолор жаңы жазуу катары кошулат. Акыркы жазуу: {date}.',
  integrityUpstream: 'Келип чыгышы мурунку {n} партия аркылуу аныкталган.',
  verifySoon: 'Жазууну өзүңүз текшере турган мүмкүнчүлүк жакында кошулат.',
  integrityLog: 'Tamga журналына {n}-текшерүү чекитинде жазылган.',
  integrityLogProof: 'Далилди текшерүү',
  integrityLogPending: 'Акыркы жазуу Tamga журналынын кол коюлган текшерүү чекитине али кире элек; жакында кирет.',

  bannerRecalled: 'Кайтарылып алынган: бул продуктуну колдонбоңуз. Аны сатып алган дүкөнүңүзгө кайтарыңыз.',
  bannerUnitRecalled: 'Бул нуска кайтарылып алынган: аны колдонбоңуз. Сатып алган дүкөнүңүзгө кайтарыңыз.',
  bannerSomeUnitsRecalled:
    'Бул партиянын {n} нускасы кайтарылып алынган. Сиздики алардын арасында бар-жогун билүү үчүн өз нускаңыздагы кодду сканерлеңиз.',
  bannerHeld: 'Убактылуу токтотулган: бул партия текшерилүүдө жана чектөө алынмайынча сатылбайт.',
  bannerIngredientRecalled: 'Бул продуктунун чийки заты ({product}, партия {lot}) кайтарылып алынган. Колдонуудан мурун дүкөндөн сураңыз.',
  reason: 'Себеби: {reason}',
  since: 'Күнү: {date}',

  productIntro: 'Партиясы кайдан келгенин билүү үчүн банкадагы же таңгактагы кодду сканерлеңиз.',
  recentLots: 'Акыркы партиялар',
  noLots: 'Азырынча партия катталган эмес.',

  notFoundTitle: 'Бул код бизде катталган эмес',
  notFoundBody:
    'Tamga системасында бул коддогу продукт, партия же нуска азырынча катталган эмес. Этикеткадагы кодду текшериңиз же дүкөндөн сураңыз.',
  badRequestTitle: 'Бул кодду окуу мүмкүн эмес',
  badRequestBody: 'Бул дарек туура GS1 Digital Link эмес: {reason}. QR кодду кайра сканерлеңиз же этикеткада басылган кодду териңиз.',
  badGtin: 'продукттун номери (GTIN) туура эмес',
  badCheckDigit: 'продукттун номериндеги текшерүү цифрасы туура келбейт',
  badLot: 'партиянын коду туура эмес',
  badSerial: 'сериялык номер туура эмес',
  badStructure: 'анын бөлүктөрү жетишпейт же туура эмес тартипте',

  pieces: '{n} даана',
  categories: {
    honey: 'Бал', jam: 'Кыям', berries: 'Мөмө-жемиштер', 'dried-fruit': 'Кургатылган жемиштер', herbs: 'Дары чөптөр', sugar: 'Кант',
    soap: 'Самын', oil: 'Май', wool: 'Жүн', felt: 'Кийиз', textile: 'Текстиль', dairy: 'Сүт азыктары', other: 'Башка',
  },
  processes: {
    extraction: 'Бөлүп алуу', blending: 'Аралаштыруу', cooking: 'Кайнатуу', 'soap-making': 'Самын жасоо', felting: 'Кийиз басуу',
    drying: 'Кургатуу', spinning: 'Жип ийрүү',
  },
  labParameters: {
    moisture: 'Нымдуулук', hmf: 'ГМФ (жаңылыгы)', ph: 'pH', 'diastase activity': 'Диастаза активдүүлүгү',
    'soluble solids': 'Эрүүчү кургак заттар', 'yeasts and moulds': 'Ачыткылар жана көгөрүү козу карындары',
    'free alkali (naoh)': 'Эркин щелочь (NaOH)',
  },
  inspector: KY_INSPECTOR,
};
