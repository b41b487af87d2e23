import { MESSAGE_CATALOGUE } from '../../../src/core/i18n/catalogue';
import type { Bilingual, MessageSection } from '../../../src/core/i18n/entry';
import { isBilingual } from '../../../src/core/i18n/entry';

/**
 * A stand-in for any parameter: read as text it is `{name}`, as a list it joins to `{name}`, and each of its
 * properties is another stand-in named after the property. A message built from stand-ins shows its placeholders.
 */
function standIn(name: string): unknown {
  const text = `{${name}}`;
  return new Proxy([text], {
    get(_target, prop) {
      if (prop === Symbol.toPrimitive || prop === 'toString' || prop === 'valueOf' || prop === 'join') return () => text;
      if (prop === 'length') return 1;
      return typeof prop === 'string' ? standIn(prop) : undefined;
    },
  });
}

/** The text of one language of an entry, a function called with stand-ins for its parameters. */
function sample(message: unknown): unknown {
  return typeof message === 'function' ? (message as (...args: unknown[]) => unknown)(...[0, 1, 2, 3].map((i) => standIn(`#${i}`))) : message;
}

/** The `{name}` placeholders of a text, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{[^{}\s]+\}/g) ?? [])].sort();
}

/** Every entry of a section, by its dotted path. */
function entries(section: MessageSection, path: string): Array<[string, Bilingual]> {
  return Object.entries(section).flatMap(([key, value]) => (isBilingual(value) ? [[`${path}.${key}`, value] as [string, Bilingual]] : entries(value, `${path}.${key}`)));
}

const ALL = Object.entries(MESSAGE_CATALOGUE).flatMap(([name, section]) => entries(section as MessageSection, name));

describe('the message catalogue', () => {
  it.each(Object.keys(MESSAGE_CATALOGUE))('section %s has entries', (name) => {
    expect(ALL.filter(([path]) => path.startsWith(`${name}.`)).length).toBeGreaterThan(0);
  });

  it('sees the placeholders a message function uses, so a language that drops one is caught', () => {
    const entry = { vi: (p: { code: string }) => `Mã ${p.code}`, en: (_p: { code: string }) => 'A code' };
    expect(placeholders(sample(entry.vi) as string)).toEqual(['{code}']);
    expect(placeholders(sample(entry.en) as string)).toEqual([]);
  });

  it.each(ALL)('%s has a non-empty text in both languages with the same placeholders', (_path, entry) => {
    expect(Object.keys(entry).sort()).toEqual(['en', 'vi']);
    const vi = sample(entry.vi);
    const en = sample(entry.en);
    expect(typeof vi).toBe('string');
    expect(typeof en).toBe('string');
    expect((vi as string).trim()).not.toBe('');
    expect((en as string).trim()).not.toBe('');
    expect(placeholders(en as string)).toEqual(placeholders(vi as string));
  });
});
