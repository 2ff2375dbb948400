import type { Fact } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { Refs } from './Refs.tsx';
import { Scope, Status } from './Status.tsx';

export function Facts({ facts }: { facts: readonly Fact[] }) {
  const { tr, orList } = useLocale();
  return (
    <dl class="facts">
      {facts.map((fact) => (
        <div class="fact" key={fact.label.key}>
          <dt>{tr(fact.label)}</dt>
          <dd>
            {orList(fact.value.map(tr))}
            <Refs refs={fact.refs} /> <Status status={fact.status} />
            <Scope regions={fact.regions} />
            {fact.detail ? <span class="detail">{fact.detail}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
