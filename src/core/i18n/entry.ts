/** The shape of the message catalogue: every entry holds its Vietnamese and English text side by side. */
import type { Lang } from '../model/model';

/** One message in both languages: a missing language is a type error where the entry is written. */
export interface Bilingual<T extends Message = Message> {
  readonly vi: T;
  readonly en: T;
}

/** A text (it may hold `{name}` placeholders filled by `fill`) or a function building the text from typed parameters. */
export type Message = string | ((...args: never) => string);

/** A part of the catalogue: entries and named groups of entries. */
export interface MessageSection {
  readonly [key: string]: Bilingual | MessageSection;
}

/** A section seen in one language: every entry replaced by its text (or text function) in that language. */
export type InLanguage<S> = { readonly [K in keyof S]: S[K] extends Bilingual<infer T> ? (T extends string ? string : T) : InLanguage<S[K]> };

/** A message with parameters: the English function's parameters are typed from the Vietnamese one's. */
export function withParams<P extends readonly unknown[]>(entry: { readonly vi: (...params: P) => string; readonly en: (...params: P) => string }): Bilingual<(...params: P) => string> {
  return entry;
}

/** True for an entry (a pair of texts) rather than a group of entries. */
export function isBilingual(value: Bilingual | MessageSection): value is Bilingual {
  const vi = (value as { vi?: unknown }).vi;
  return typeof vi === 'string' || typeof vi === 'function';
}

const views = { vi: new WeakMap<object, unknown>(), en: new WeakMap<object, unknown>() };

/** A section of the catalogue in one language, built once per section and language. */
export function inLanguage<S extends MessageSection>(section: S, lang: Lang): InLanguage<S> {
  const known = views[lang].get(section);
  if (known) return known as InLanguage<S>;
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) view[key] = isBilingual(value) ? value[lang] : inLanguage(value, lang);
  views[lang].set(section, view);
  return view as InLanguage<S>;
}

/** A message with parameters in both languages, each filled with the same parameters. */
export function inBothLanguages<P extends readonly unknown[]>(entry: Bilingual<(...params: P) => string>, ...params: P): Bilingual<string> {
  return { vi: entry.vi(...params), en: entry.en(...params) };
}

/** A text in both languages, each rendered by the same function of the language. */
export function perLanguage(render: (lang: Lang) => string): Bilingual<string> {
  return { vi: render('vi'), en: render('en') };
}
