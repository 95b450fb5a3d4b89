import { RU_INSPECTOR } from './inspector/ru';
import { Messages } from './messages';

/** Russian: read across Kyrgyzstan and by buyers in Kazakhstan and the rest of the region. */
export const RU: Messages = {
  languageName: 'Русский',
  tagline: 'Одно село — один продукт · Кыргызстан',
  languageSwitcher: 'Язык',
  pageTitle: '{product}: происхождение',
  lot: 'Партия',
  serial: 'Серийный номер',
  gtin: 'GTIN',

  originTitle: 'Происхождение',
  village: 'Село',
  producer: 'Производитель',
  producerNote: 'Производители указаны регистрационным кодом: Tamga не публикует имена людей.',
  harvested: 'Дата сбора',
  harvestPlace: 'Место сбора',
  harvestsCount: 'Сборов урожая в составе: {n}',
  andMore: 'и ещё {n}',
  madeFrom: 'Сырьё',
  mapCaption: 'Место сбора на карте Кыргызстана',
  mapLake: 'Иссык-Куль',
  mapCapital: 'Бишкек',
  noOrigin: 'Происхождение этой партии не записано.',

  stepsTitle: 'Как это сделано',
  stepInputs: 'Сырьё',
  stepHarvest: 'Сбор урожая',
  stepPacked: 'Фасовка',
  stepSplit: 'Разделение партии',
  stepMerged: 'Объединение партий',
  noSteps: 'Продаётся в том виде, в каком собрано.',
  earlierSteps: 'Более ранние этапы не показаны: {n}.',

  certificatesTitle: 'Сертификаты, действующие сегодня',
  validUntil: 'действует до {date}',
  noCertificates: 'Сегодня действующих сертификатов нет.',

  labTitle: 'Результаты лабораторных испытаний',
  labTested: 'Дата испытания: {date}',
  labWithin: 'в норме',
  labOutside: 'вне нормы',
  labLimit: 'норма',
  noLab: 'Результаты лабораторных испытаний не записаны.',

  soldTitle: 'Где продавалось',
  exportedTo: 'Экспорт: {country}',
  notSold: 'Пока не продавалось.',
  unitSold: 'Этот экземпляр продан: {place}, {date}.',

  integrityTitle: 'Об этой записи',
  integrity:
    'Эта история составлена из записей журнала Tamga (записей: {n}), который только дополняется: записи не изменяются и не удаляются, исправления добавляются новыми записями. Последняя запись: {date}.',
  integrityUpstream: 'Происхождение прослежено через более ранние партии (партий: {n}).',
  verifySoon: 'Возможность проверить запись самостоятельно скоро появится.',
  integrityLog: 'Записано в журнале Tamga на контрольной точке {n}.',
  integrityLogProof: 'Проверить доказательство',
  integrityLogPending: 'Последняя запись ещё не вошла в подписанную контрольную точку журнала Tamga; это произойдёт в ближайшее время.',

  bannerRecalled: 'Отозвано: не используйте этот товар. Верните его в магазин, где вы его купили.',
  bannerUnitRecalled: 'Этот экземпляр отозван: не используйте его. Верните его в магазин, где вы его купили.',
  bannerSomeUnitsRecalled:
    'Часть товара из этой партии отозвана (экземпляров: {n}). Отсканируйте код на своём экземпляре, чтобы узнать, касается ли это его.',
  bannerHeld: 'Продажа приостановлена: партия проходит проверку и не может продаваться, пока ограничение не снято.',
  bannerIngredientRecalled: 'Сырьё этого товара ({product}, партия {lot}) отозвано. Прежде чем использовать товар, уточните в магазине.',
  reason: 'Причина: {reason}',
  since: 'Дата: {date}',

  productIntro: 'Отсканируйте код на банке или упаковке, чтобы узнать, откуда её партия.',
  recentLots: 'Последние партии',
  noLots: 'Партии пока не записаны.',

  notFoundTitle: 'Этот код нам неизвестен',
  notFoundBody: 'В Tamga пока не записаны ни товар, ни партия, ни экземпляр с этим кодом. Проверьте код на этикетке или спросите в магазине.',
  badRequestTitle: 'Этот код не удаётся прочитать',
  badRequestBody:
    'Этот адрес не является корректной ссылкой GS1 Digital Link: {reason}. Отсканируйте QR-код ещё раз или введите код, напечатанный на этикетке.',
  badGtin: 'неверный номер товара (GTIN)',
  badCheckDigit: 'не совпадает контрольная цифра номера товара',
  badLot: 'неверный код партии',
  badSerial: 'неверный серийный номер',
  badStructure: 'части адреса отсутствуют или идут не по порядку',

  pieces: '{n} шт.',
  categories: {
    honey: 'Мёд', jam: 'Джем и варенье', berries: 'Ягоды', 'dried-fruit': 'Сухофрукты', herbs: 'Травы', sugar: 'Сахар', soap: 'Мыло',
    oil: 'Масла и жиры', wool: 'Шерсть', felt: 'Войлок', textile: 'Текстиль', dairy: 'Молочные продукты', other: 'Другое',
  },
  processes: {
    extraction: 'Экстракция', blending: 'Купажирование', cooking: 'Варка', 'soap-making': 'Мыловарение', felting: 'Валяние',
    drying: 'Сушка', spinning: 'Прядение',
  },
  labParameters: {
    moisture: 'Влажность', hmf: 'ГМФ (свежесть)', ph: 'pH', 'diastase activity': 'Диастазное число',
    'soluble solids': 'Растворимые сухие вещества', 'yeasts and moulds': 'Дрожжи и плесени', 'free alkali (naoh)': 'Свободная щёлочь (NaOH)',
  },
  inspector: RU_INSPECTOR,
};
