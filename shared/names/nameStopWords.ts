import { foldToken } from './foldText.js';

/**
 * Capitalised words that are not names of people, for finding person-like names in a text.
 * Folded (lower case, no diacritics). Three kinds, treated differently:
 *
 * - BOUNDARY words end a name but do not spoil what is next to them: titles ("President
 *   Alexander Lukashenko" → Alexander Lukashenko), demonyms and countries ("Russian President
 *   Vladimir Putin"), months and weekdays, and the function words that are capitalised only
 *   because they start a sentence ("The", "But").
 * - INSTITUTION words mark the whole capitalised sequence as the name of an organisation,
 *   place, prize or event, so none of it is a person ("Associated Press", "Nobel Peace
 *   Prize", "Grand Kremlin Palace", "Viasna Human Rights Centre").
 */

const TITLES = `
president presidents prime minister ministers mr mrs ms miss dr sir lady lord general colonel
major captain lieutenant sergeant judge justice pope king queen prince princess chancellor
secretary senator ambassador envoy leader chairman chairwoman director professor prof rev
reverend saint st father sister brother dictator opposition activist journalist lawyer
spokesman spokeswoman spokesperson official officials candidate laureate mayor governor
commissioner rapporteur deputy head chief
президент прэзідэнт премьер прэм'ер министр міністр пан пані спадар спадарыня господин госпожа
генерал судья суддзя лидер лідэр журналист журналіст адвокат
`;

const PLACES_AND_PEOPLES = `
belarus belarusian belarusians belarussian byelorussia belorussia russia russian russians ukraine
ukrainian ukrainians lithuania lithuanian lithuanians poland polish pole poles latvia latvian
latvians estonia estonian estonians germany german germans france french britain british briton
britons england english spain spanish america american americans us usa uk eu un nato united
kingdom states europe european europeans western eastern west east soviet nazi baltic minsk
moscow kremlin washington vilnius warsaw kyiv kiev tallinn riga brussels london paris berlin
barcelona manchester alaska greece hrodna grodno homiel gomel brest viciebsk vitebsk mahilyow
mahiliou mogilev geneva strasbourg
беларусь беларусі беларуси белоруссия беларускі белорусский расія россия расійскі российский
украіна украина літва литва польшча польша германія германия масква москва мінск минск
`;

const CALENDAR = `
january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
студзень люты сакавік красавік травень чэрвень ліпень жнівень верасень кастрычнік лістапад
снежань январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
`;

const FUNCTION_WORDS = `
the a an and but or nor so yet for of to in on at by with from into onto as after before since
when while if then than this that these those there here their they them he she it its we our
you your i me my his her him who whom whose which what why how where among according between
during under over once soon almost both each every no not all any some many more most much
several only even still now today yesterday tomorrow earlier later meanwhile however although
though because despite until unless also just one two three four five six seven eight nine ten
another other others such same former latter last first next new old right left like about
above below around against via per subsequently finally instead indeed perhaps maybe
і и а але но у в на па по пасля после гэта это ён он яна она яны они мы вы не ні ни што что
`;

const INSTITUTIONS = `
press prize palace council ministry ministries union state states centre center agency house
office party court committee republic federation bank international forces force army police
church university institute academy association group service services radio television tv
news times post journal nations organization organisation foundation fund platform social
airlines airline airport street square avenue prison colony region district oblast city day war
rights human security guard guards parliament assembly commission movement front network
company corporation inc ltd club team school college hospital embassy photo brief channel
magazine daily weekly review media journalists reporters borders watch
суд міністэрства министерство калонія колония рэспубліка республика саюз союз цэнтр центр
партыя партия радыё радио універсітэт университет вобласць область раён район вуліца улица
турма тюрьма камітэт комитет
`;

function words(list: string): Set<string> {
  return new Set(
    list
      .split(/\s+/u)
      .map(foldToken)
      .filter((w) => w !== ''),
  );
}

export const NAME_BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  ...words(TITLES),
  ...words(PLACES_AND_PEOPLES),
  ...words(CALENDAR),
  ...words(FUNCTION_WORDS),
]);

export const INSTITUTION_WORDS: ReadonlySet<string> = words(INSTITUTIONS);
