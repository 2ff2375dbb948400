import { BADGE_COLORS } from '../core/badge-colors.ts';
import type { MessageKey } from '../core/i18n.ts';
import { type AccessRequest, NeedsAccessButton } from '../popup/components/NeedsAccess.tsx';
import { useLocale } from '../popup/i18n-context.ts';

export interface WelcomeProps {
  vendorCount: number;
  /** Set when the browser has not granted the vendors' sites (Firefox asks): how to ask. */
  access?: AccessRequest | undefined;
}

/** The badge's states, as the toolbar shows them, each said in words. */
const BADGES: readonly { kind: string; badge?: MessageKey; color?: string; meaning: MessageKey }[] = [
  { kind: 'trains', badge: 'badgeTrains', color: BADGE_COLORS.trains, meaning: 'welcomeBadgeTrains' },
  { kind: 'opted-out', badge: 'badgeOptedOut', color: BADGE_COLORS.optedOut, meaning: 'welcomeBadgeOptedOut' },
  { kind: 'no-training', badge: 'badgeNoTraining', color: BADGE_COLORS.quiet, meaning: 'welcomeBadgeNoTraining' },
  { kind: 'unknown', badge: 'badgeUnknown', color: BADGE_COLORS.quiet, meaning: 'welcomeBadgeUnknown' },
  { kind: 'none', meaning: 'welcomeBadgeNone' },
];

/** Opened once, on install: what the badge says, what NoTrain reads and keeps, and what it does not cover. */
export function Welcome({ vendorCount, access }: WelcomeProps) {
  const { t } = useLocale();
  return (
    <main class="popup" data-tone="none">
      <header>
        <p class="vendor">{t('extensionName')}</p>
        <h1 class="headline">{t('welcomeTitle')}</h1>
        <p>{t('welcomeIntro', [String(vendorCount)])}</p>
      </header>
      {access ? (
        <section aria-labelledby="access-heading">
          <h2 id="access-heading">{t('accessTitle')}</h2>
          <p>{t('accessBody', [String(vendorCount)])}</p>
          <NeedsAccessButton {...access} />
        </section>
      ) : null}
      <section aria-labelledby="badge-heading">
        <h2 id="badge-heading">{t('welcomeBadgeHeading')}</h2>
        <dl class="badges">
          {BADGES.map(({ kind, badge, color, meaning }) => (
            <div key={kind}>
              {/* The toolbar's own colours, whatever the page's theme. */}
              <dt data-badge={kind} style={color ? { background: color } : undefined}>
                {badge ? t(badge) : t('welcomeBadgeNoneShown')}
              </dt>
              <dd>{t(meaning)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="reads-heading">
        <h2 id="reads-heading">{t('welcomeReadsHeading')}</h2>
        <ul>
          <li>{t('welcomeReadsTabs', [String(vendorCount)])}</li>
          <li>{t('welcomeReadsSettings')}</li>
          <li>{t('welcomeStores')}</li>
          <li>{t('welcomeNothingLeaves')}</li>
        </ul>
      </section>
      <section aria-labelledby="limits-heading">
        <h2 id="limits-heading">{t('welcomeLimitsHeading')}</h2>
        <ul>
          <li>{t('welcomeLimitsApps')}</li>
          <li>{t('welcomeLimitsOtherSites')}</li>
          <li>{t('welcomeLimitsNoChanges')}</li>
          <li>{t('welcomeLimitsDates')}</li>
        </ul>
      </section>
    </main>
  );
}
