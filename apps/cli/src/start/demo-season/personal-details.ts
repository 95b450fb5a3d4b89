import { PartyPersonalDetails } from '#tamga/domain';

/**
 * Who the demo producers are as people, sent only to PUT /parties/{id}/personal-details (an
 * erasable table beside the log), never in an event. Every person is invented: the names carry
 * "(демо)" and the phone numbers use +996 000, a range no Kyrgyz operator is assigned.
 */
function person(partyId: string, personName: string, n: number, address: string): PartyPersonalDetails {
  return { partyId, personName: `${personName} (демо)`, phone: `+996 000 000 ${String(100 + n)}`, address };
}

export const PERSONAL_DETAILS: readonly PartyPersonalDetails[] = [
  person('producer:tamga-1', 'Асель Тамгаева', 1, 'Тамга айылы, Жети-Өгүз району'),
  person('producer:tamga-2', 'Бакыт Аарычиев', 2, 'Тамга айылы, Жети-Өгүз району'),
  person('producer:tamga-3', 'Гүлзат Омартаева', 3, 'Тамга айылы, Жети-Өгүз району'),
  person('producer:barskoon-1', 'Нурлан Барскоонов', 4, 'Барскоон айылы, Жети-Өгүз району'),
  person('producer:barskoon-2', 'Жылдыз Эспарцетова', 5, 'Барскоон айылы, Жети-Өгүз району'),
  person('producer:barskoon-3', 'Азамат Балчиев', 6, 'Барскоон айылы, Жети-Өгүз району'),
  person('producer:tosor-1', 'Гүлнара Тосорова', 7, 'Тосор айылы, Жети-Өгүз району'),
  person('producer:tosor-2', 'Эрлан Уячаев', 8, 'Тосор айылы, Жети-Өгүз району'),
  person('producer:ananyevo-1', 'Айгүл Чычырканакова', 9, 'Ананьево айылы, Ысык-Көл району'),
  person('producer:ananyevo-2', 'Марат Жээкбаев', 10, 'Ананьево айылы, Ысык-Көл району'),
  person('producer:ananyevo-3', 'Салтанат Көлбаева', 11, 'Ананьево айылы, Ысык-Көл району'),
  person('producer:ak-suu-1', 'Талант Аксуев', 12, 'Ак-Суу айылы, Ак-Суу району'),
  person('producer:ak-suu-2', 'Назира Булакова', 13, 'Ак-Суу айылы, Ак-Суу району'),
  person('producer:kyzyl-suu-1', 'Эрмек Кызылсуев', 14, 'Кызыл-Суу айылы, Жети-Өгүз району'),
  person('producer:kyzyl-suu-2', 'Чолпон Мөмөева', 15, 'Кызыл-Суу айылы, Жети-Өгүз району'),
  person('producer:jeti-oguz-1', 'Улан Жайлоов', 16, 'Жети-Өгүз айылы, Жети-Өгүз району'),
  person('producer:jeti-oguz-2', 'Аида Өгүзова', 17, 'Жети-Өгүз айылы, Жети-Өгүз району'),
  person('producer:bokonbaevo-1', 'Сайкал Кийизова', 18, 'Бөкөнбаев айылы, Тоң району'),
  person('producer:bokonbaevo-2', 'Бекболот Шырдаков', 19, 'Бөкөнбаев айылы, Тоң району'),
  person('producer:bokonbaevo-3', 'Нургүл Жүнүсова', 20, 'Бөкөнбаев айылы, Тоң району'),
  person('producer:tup-1', 'Кубан Малчиев', 21, 'Түп айылы, Түп району'),
  person('producer:tup-2', 'Жамиля Түпова', 22, 'Түп айылы, Түп району'),
  person('producer:kaindy-1', 'Санжар Кызылчаев', 23, 'Кайыңды айылы, Панфилов району'),
];
