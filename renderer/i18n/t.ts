import { messagesEn } from './messages.en';
import type { Messages, PluralForms } from './messages.en';

/**
 * The one way interface text is produced. Messages are looked up by key in the catalogue of
 * the current locale, with `{name}` placeholders filled from `params`. A message may have
 * plural forms (one/few/many/other, as Intl.PluralRules names them), picked by `params.count`,
 * so Belarusian and Russian catalogues can say "2 справы" and "5 спраў".
 */
export type MessageKey = keyof Messages;
export type Catalogue = { [K in MessageKey]: string | PluralForms };

type Template<K extends MessageKey> = Messages[K] extends PluralForms
  ? Messages[K]['other']
  : Messages[K];
type ParamNames<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;
type ParamsOf<K extends MessageKey> = [ParamNames<Template<K>>] extends [never]
  ? []
  : [params: Record<ParamNames<Template<K>>, string | number>];

let locale = 'en';
let catalogue: Catalogue = messagesEn;
let pluralRules = new Intl.PluralRules(locale);

/** Switches the interface language (only English exists yet). */
export function setCatalogue(nextLocale: string, next: Catalogue): void {
  locale = nextLocale;
  catalogue = next;
  pluralRules = new Intl.PluralRules(locale);
}

export function currentLocale(): string {
  return locale;
}

export function t<K extends MessageKey>(key: K, ...params: ParamsOf<K>): string {
  const message: string | PluralForms = catalogue[key] ?? messagesEn[key];
  const values = (params[0] ?? {}) as Record<string, string | number>;
  const template =
    typeof message === 'string' ? message : pickPlural(message, Number(values['count'] ?? 0));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function pickPlural(forms: PluralForms, count: number): string {
  const rule = pluralRules.select(count) as keyof PluralForms;
  return forms[rule] ?? forms.other;
}
