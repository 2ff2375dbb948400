import type { Fact } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { Refs } from './Refs.tsx';
import { Scope, Status } from './Status.tsx';

/** The key facts; each row's label names the plan or product it is about, and one line explains "non-generative". */
export function Facts({ facts, glossary = true }: { facts: readonly Fact[]; glossary?: boolean }) {
  const { t, tr, orList } = useLocale();
  return (
    <>
      <dl class="facts">
        {facts.map((fact, index) => (
          <div class="fact" key={index}>
            <dt>
              {tr(fact.label)}
              {/* Record prose (plan names, the vendor's terms) is English in every popup language. */}
              {fact.scope ? (
                <span class="fact-scope" lang="en">
                  {fact.scope}
                </span>
              ) : null}
            </dt>
            <dd>
              {orList(fact.value.map(tr))}
              <Refs refs={fact.refs} /> <Status status={fact.status} />
              <Scope regions={fact.regions} />
              {fact.detail ? (
                <span class="detail" lang="en">
                  {fact.detail}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {glossary && facts.some((f) => f.models === 'non-generative') ? (
        <p class="glossary">{t('glossaryNonGenerative')}</p>
      ) : null}
    </>
  );
}
