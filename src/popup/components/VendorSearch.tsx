import names from 'virtual:notrain/vendor-names';
import { useState } from 'preact/hooks';
import { useLocale } from '../i18n-context.ts';

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every tool NoTrain knows, filtered as the user types; each opens its record. */
export function VendorSearch({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useLocale();
  const [query, setQuery] = useState('');
  const sorted = [...names].sort((a, b) => a.name.localeCompare(b.name));
  const found = sorted.filter((v) => fold(v.name).includes(fold(query.trim())) || v.id.includes(fold(query.trim())));
  return (
    <section class="search">
      <label for="vendor-search">{t('emptySearchLabel')}</label>
      <input
        id="vendor-search"
        type="search"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        autoComplete="off"
        data-testid="vendor-search"
      />
      {found.length ? (
        <ul class="vendor-list" data-testid="vendor-list">
          {found.map((v) => (
            <li key={v.id}>
              <button type="button" class="link" onClick={() => onOpen(v.id)} data-vendor={v.id}>
                {v.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('emptyNoMatch', [query])}</p>
      )}
    </section>
  );
}
