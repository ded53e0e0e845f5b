import type {Profile} from '../profile.js'
import {phrases} from './phrases.js'

/**
 * Russian: resolutions of the UN (`Генеральная Ассамблея,`, `ссылаясь на…`, `1. постановляет…`,
 * openers and verbs in lower case) and resolutions of parliaments (`Государственная Дума … п о с т
 * а н о в л я е т:`, numbered paragraphs opening with an infinitive: `1. Принять…`).
 *
 * @example ru.enactingTerms?.includes('постановляет') // true
 */
export const ru: Profile = {
  language: 'ru',
  stopWords: phrases(
    'и | в | на | с | по | о | не | что | к | для | от | из | об | а | как | его | ее | её | или | это | при | также | их | она | так',
  ),
  documentNumber: [
    /^РЕЗОЛЮЦИЯ (\d{1,3}\/\d{1,4})/u,
    /^(?=\p{Lu})РЕШЕНИЕ № ?(\d{1,4}\/\d{1,4})/iu,
    // A Security Council resolution's number and year: `Резолюция 2999 (2031)`.
    /^Резолюция (\d{1,5} \(\d{4}\))/u,
    /^(\d{1,3}\/\d{1,4}(?: [A-Z])?)\. /u,
    // The date and number line of a Russian act: `от 14 марта 2031 г. № 412`, `от 2 мая 2031 года № 12-р`.
    /^от \d{1,2} [а-я]{3,8} \d{4} (?:г\.|года) ?№ ?(\d{1,6}(?:-[А-Яа-я]{1,4})?)/u,
  ],
  bodies: [
    {
      formula: 'Совет министров',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'Совет министров ОБСЕ',
      symbolPrefix: 'MC.DEC/',
    },
    {
      formula: 'Постоянный совет',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-pc',
      href: '/ontology/organization/osce/permanentCouncil',
      showAs: 'Постоянный совет ОБСЕ',
      symbolPrefix: 'PC.DEC/',
    },
    {
      formula: 'Генеральная Ассамблея',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-ga',
      href: '/ontology/organization/un/generalAssembly',
      showAs: 'Генеральная Ассамблея Организации Объединенных Наций',
      symbolPrefix: 'A/RES/',
    },
    {
      formula: 'Совет Безопасности',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-sc',
      href: '/ontology/organization/un/securityCouncil',
      showAs: 'Совет Безопасности Организации Объединенных Наций',
      symbolPrefix: 'S/RES/',
    },
  ],
  formulaQualifiers: phrases('в соответствии с | согласно | на основании'),
  formulaPronouns: ['Мы, ', 'МЫ, '],
  formulaArticles: [],
  formulaEndings: [',', ':'],
  lowerCaseClauses: true,
  recitalOpeners: phrases(`
    ссылаясь | вновь подтверждая | подтверждая | признавая | отмечая | принимая во внимание |
    принимая к сведению | учитывая | напоминая | подчеркивая | подчёркивая | выражая | приветствуя |
    будучи | глубоко обеспокоена | глубоко обеспокоен | серьезно обеспокоена | обеспокоенная |
    обеспокоена | встревоженная | встревожена | сознавая | осознавая | будучи убеждена | убежденная |
    руководствуясь | рассмотрев | действуя | считая | полагая | исходя из | с удовлетворением отмечая |
    с обеспокоенностью отмечая | желая | стремясь | констатируя | сожалея | осуждая | памятуя`),
  recitalEndings: phrases('ая | яя | ясь | вшись'),
  operativeVerbs: phrases(`
    постановляет | просит | призывает | настоятельно призывает | предлагает | приветствует |
    подтверждает | вновь подтверждает | осуждает | подчеркивает | подчёркивает | принимает к сведению |
    принимает | одобряет | утверждает | рекомендует | поручает | выражает | признает | признаёт |
    отмечает | с удовлетворением отмечает | заявляет | требует | поддерживает | поощряет | считает |
    решает | напоминает | предлагает | уполномочивает | продлевает | назначает | благодарит |
    принять | направить | внести | утвердить | признать | поручить | установить | одобрить |
    рекомендовать | предложить | обратиться | назначить | освободить`),
  adverbs: phrases('также | далее | вновь | настоятельно | решительно | еще раз | ещё раз'),
  enactingTerms: phrases(`
    постановляет | постановляют | постановил | постановила | решил | решила | решили | приняла настоящий регламент |
    принял настоящий регламент | приняли настоящий регламент | приняли настоящее решение | приказываю | постановляю`),
  // An act's title, under the issuer and the kind: `О мерах по …`, `Об утверждении …`, `Обо всех …`.
  titleOpeners: ['О', 'Об', 'Обо'],
  hierarchyWords: [
    {word: 'Статья', name: 'article'},
    {word: 'Глава', name: 'chapter'},
    {word: 'Часть', name: 'part'},
    {word: 'Раздел', name: 'section'},
  ],
  adoptionLines: [
    /^\d{1,4}-е (?:пленарное )?заседание(?![\p{L}\p{N}])/iu,
    /^Принят(?:а|ая) (?:Советом Безопасности )?на (?:его |ее |её )?\d{1,5}-м заседании(?![\p{L}\p{N}])/iu,
    /^(?:Резолюция|Решение), принят(?:ая|ое) [А-ЯЁ][^,]{0,120}/u,
    /^от \d{1,2} [а-я]{3,8} \d{4} (?:г\.|года)/u,
    // The chambers' lines under a federal law's title: `Принят Государственной Думой 18 февраля 2031 года`.
    /^Принят[аоы]? (?:Государственной Думой|Советом Федерации) \d{1,2} [а-я]{3,8} \d{4} (?:г\.|года)/u,
    // The date alone under a signature, place and date apart (`Москва, Кремль` / `14 апреля 2031 года`).
    /^\d{1,2} [а-я]{3,8} \d{4} (?:г\.|года)$/u,
  ],
  partHeadings: {preamble: ['Преамбула'], operative: ['Постановляющая часть']},
  // With the genitive a draft's line ends with (`…: проект резолюции`, `проект решения`).
  documentKinds: phrases(
    'Резолюция | Решение | Декларация | Рекомендация | Заявление | Постановление | Конвенция | Договор | Соглашение | Протокол | Устав | Пакт | Федеральный закон | Закон | Резолюции | Решения',
  ),
  closingOpeners: phrases('Совершено в | В удостоверение чего | В подтверждение чего'),
  // The number under a decree's signature, place and date (`Москва, Кремль` / `14 апреля 2031 года` / `№ 248`).
  closingNumbers: [/^№ ?(\d{1,6}(?:-[А-Яа-я]{1,4})?)$/u],
  attachments: [
    {startsWith: 'ЗАЯВЛЕНИЕ О ТОЛКОВАНИИ', name: 'interpretativeStatement'},
    {startsWith: 'ЗАЯВЛЕНИЕ', name: 'statement'},
    {startsWith: 'ПРИЛОЖЕНИЕ', name: 'annex'},
    // The stamp over what an act approves (`УТВЕРЖДЕНЫ` / `постановлением Правительства … от … № 312`,
    // then `ПРАВИЛА …`, its title): the approved text is the act's attachment. The participle agrees
    // with the approved text's kind (`УТВЕРЖДЕН` a `ПОРЯДОК`, `УТВЕРЖДЕНА` a `ПРОГРАММА`, …).
    {startsWith: 'УТВЕРЖДЕН', name: 'annex', stamp: true},
    {startsWith: 'УТВЕРЖДЕНА', name: 'annex', stamp: true},
    {startsWith: 'УТВЕРЖДЕНО', name: 'annex', stamp: true},
    {startsWith: 'УТВЕРЖДЕНЫ', name: 'annex', stamp: true},
  ],
  delegationPrefixes: ['Сделано делегацией ', 'Делегация '],
  delegationConnectors: [],
  corrigendumOpeners: phrases('Включает исправление | Включает исправления'),
  linguisticConformity: phrases('лингвистического согласования'),
  months: [
    ['январь', 'января'],
    ['февраль', 'февраля'],
    ['март', 'марта'],
    ['апрель', 'апреля'],
    ['май', 'мая'],
    ['июнь', 'июня'],
    ['июль', 'июля'],
    ['август', 'августа'],
    ['сентябрь', 'сентября'],
    ['октябрь', 'октября'],
    ['ноябрь', 'ноября'],
    ['декабрь', 'декабря'],
  ],
  pageFurniture: [/^(?:Страница|СТРАНИЦА) \d{1,4}$/u, /^Страница \d{1,4} из \d{1,4}$/iu],
  hyphenPrefixes: phrases('экс | вице | пост | анти | контр | не'),
  hyphenSuffixes: phrases('то | либо | нибудь | таки'),
}
