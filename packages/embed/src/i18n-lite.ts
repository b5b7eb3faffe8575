// What the embed builds put in place of i18next and react-i18next (see build-options.mjs): the part of
// their API the kit uses — an isolated instance per locale (`createInstance`), nested keys with a
// fallback language, `{{name}}` interpolation, `_one`/`_other` plurals, `cimode` — in well under 1 kB
// instead of about 18 kB. The React package and its tests keep the real libraries.
type Tree = { [key: string]: string | Tree };
type Options = Record<string, unknown>;

// Deep merge; with `overwrite` false, texts already there (a host's overrides) are kept.
function merge(target: Tree, source: Tree, overwrite: boolean): Tree {
  const out: Tree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const current = out[key];
    if (typeof value === 'object' && typeof current === 'object') out[key] = merge(current, value, overwrite);
    else if (overwrite || current === undefined) out[key] = value;
  }
  return out;
}

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** An isolated translation instance with i18next's shape, as far as the kit uses it. */
export class LiteI18n {
  language = '';
  isInitialized = false;
  options: Options = {};
  private store: Record<string, Record<string, Tree>> = {};

  init(options: Options): Promise<LiteI18n['t']> {
    this.options = options;
    this.language = String(options.lng ?? 'sv');
    for (const [lng, namespaces] of Object.entries((options.resources ?? {}) as Record<string, Record<string, Tree>>)) {
      for (const [ns, texts] of Object.entries(namespaces)) this.addResourceBundle(lng, ns, texts);
    }
    this.isInitialized = true;
    return Promise.resolve(this.t);
  }

  addResourceBundle(lng: string, ns: string, texts: Tree, _deep = true, overwrite = true): this {
    this.store[lng] ??= {};
    const bundles = this.store[lng];
    bundles[ns] = merge(bundles[ns] ?? {}, texts, overwrite);
    return this;
  }

  changeLanguage(lng: string): Promise<LiteI18n['t']> {
    this.language = lng;
    return Promise.resolve(this.t);
  }

  on(): void {}
  off(): void {}

  t = (key: string, options: Options = {}): string => {
    if (this.language === 'cimode') return key;
    const ns = String(options.ns ?? this.options.defaultNS ?? '');
    const count = typeof options.count === 'number' ? options.count : undefined;
    let text: string | undefined;
    for (const lng of [this.language, String(this.options.fallbackLng ?? 'sv')]) {
      const tree = this.store[lng]?.[ns];
      const plural = count === undefined ? undefined : `${key}_${new Intl.PluralRules(lng).select(count)}`;
      text = (plural && lookup(tree, plural)) ?? lookup(tree, key);
      if (text !== undefined) break;
    }
    text ??= typeof options.defaultValue === 'string' ? options.defaultValue : key;
    return text.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) =>
      options[name] === undefined ? whole : String(options[name]),
    );
  };

  getFixedT(): LiteI18n['t'] {
    return this.t;
  }
}

/** i18next's `createInstance`: a new, isolated instance. */
export function createInstance(): LiteI18n {
  return new LiteI18n();
}

/** react-i18next's `useTranslation` with an explicit instance, as the kit's provider calls it. */
export function useTranslation(_ns: string, { i18n }: { i18n: LiteI18n }) {
  return { t: i18n.t, i18n, ready: true };
}

export default { createInstance };
