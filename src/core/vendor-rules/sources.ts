/**
 * What counts as a source. People act on what NoTrain says, so a claim rests
 * on the vendor's own page, a real publication, a regulator, or a named web
 * archive's dated copy of the vendor's page; never on a link shortener (it can
 * be re-pointed), a copy on a free-hosting subdomain, a proxy mirror, or a
 * scraper that republishes others' text (`docs/vendor-criteria.md`).
 */
import { ARCHIVES, type Vendor } from '../vendor-schema.ts';
import { evidenceOf } from './evidence.ts';
import { onPrivateSuffix } from './domains.ts';
import type { Problem } from './problem.ts';

/** Link shorteners: the link can be re-pointed after review. */
const SHORTENERS = [
  'bit.ly',
  'buff.ly',
  'cutt.ly',
  'dlvr.it',
  'goo.gl',
  'is.gd',
  'lnkd.in',
  'ow.ly',
  'rb.gy',
  'rebrand.ly',
  'shorturl.at',
  't.co',
  't.ly',
  'tiny.cc',
  'tinyurl.com',
  'trib.al',
  'v.gd',
];

/** Services that show someone else's page: caches, proxies, scanners, translators. */
const MIRRORS = [
  'agateriver.com',
  'bardy.io',
  'boyslove-folie.fr',
  'cinxe.com',
  'e2c.how',
  'egor.org.ua',
  'free.blessedness.top',
  'gjolwiki.com',
  'figma-signup.helpjuice.com',
  'hn.jakechampion.name',
  'jessy.io',
  'mapledrawhubb.com',
  'mt-ai.org',
  'notion-proxy.senuto.com',
  'oszar.com',
  'primwork.cc',
  'redlib.cjs-cloud.com',
  'staging.urlscan.io',
  'tdck.sakura.ne.jp',
  'translate.goog',
  'tudornotes.com',
  'urlscan.io',
  'vuink.com',
  'digital-stage.wavy.com',
  'webcache.googleusercontent.com',
  'webkkk.net',
  'wenxing.site',
  'clients.your-server.de',
];

/**
 * Sites found republishing other sites' text (scrapers, spam and SEO farms).
 * Add a host here when a review finds one; the message tells the author why.
 */
export const SCRAPERS = [
  'ainews247.org',
  'aivoxo.com',
  'alexisfairbanks.com',
  'amazncomcodee.com',
  'americanblogspot.com',
  'askvity.info',
  'briefly.co',
  'cinxe.com',
  'citylife.capetown',
  'cloudcopilot.in',
  'code-velocity.com',
  'codingasik.com',
  'cohensive.com',
  'conductatlas.com',
  'coralberryevents.com',
  'cryptopostdaily.com',
  'datafloren.net',
  'dhirubhai.net',
  'dokumen.tips',
  'e-signaturehome.com',
  'edgentiq.com',
  'exbulletin.com',
  'ez-appz.com',
  'gokawiil.com',
  'googleflighys.com',
  'guangzhengfourteen.top',
  'historichorseracingph.com',
  'hothardware.top',
  'imtr.net',
  'informedclearly.com',
  'infosunrise.com',
  'konsentio.com',
  'legalclarity.org',
  'mawsandclaws.com',
  'mondayert.org',
  'news-you-need.com',
  'neznew.com',
  'oneuptime.com',
  'oportocamps.com',
  'particle.news',
  'pristinedetailingpros.com',
  'privacydrift.com',
  'privacyfetch.com',
  'profitfgts.com.br',
  'promo-sale.live',
  'pulse.bot',
  'readkong.com',
  'robotdyn.com',
  'salesforcedictionary.com',
  'sechead.com',
  'sevketayaksiz.org',
  'sipoch.com',
  'stockwatchindex.com',
  'teamctir.com',
  'tech4tick.com',
  'techcratic.com',
  'techiemag.co.uk',
  'technovate.top',
  'techolam.com',
  'tengele.com',
  'theglobalpractice.com',
  'theheraldnewstoday.com',
  'therealistjuggernaut.com',
  'therigh.com',
  'thesciencedaily.com',
  'thevoiceofworldcontrol.com',
  'tipsmake.com',
  'toolz.website',
  'umatechnology.org',
  'unanswered.io',
  'vmvirtualmachine.com',
  'vrksha.com',
  'wikitechlibrary.com',
  'wisechecker.com',
  'wiziwiz.com',
];

const ARCHIVE_HOSTS: readonly string[] = Object.values(ARCHIVES).flat();
const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Why a source URL is refused, or undefined when it may be cited. */
export function refusedSourceHost(host: string): string | undefined {
  if (SHORTENERS.some((d) => under(host, d))) return 'is a link shortener: cite the page it points to';
  if (SCRAPERS.some((d) => under(host, d))) return "republishes other sites' text: cite the original";
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return 'is a bare IP address: cite the site by its name';
  if (
    host.includes('---') ||
    host.includes('.rproxy.') ||
    (MIRRORS.some((d) => under(host, d)) && !ARCHIVE_HOSTS.includes(host))
  ) {
    return "is a mirror or proxy of another site: cite the original, or a named archive's copy";
  }
  if (onPrivateSuffix(host)) return 'is a free-hosting or platform subdomain, an unknown copy: cite the original';
  return undefined;
}

export function sourceProblems(vendor: Vendor): Problem[] {
  const problems: Problem[] = [];
  for (const [key, source] of Object.entries(vendor.sources)) {
    const field = `sources.${key}`;
    const host = new URL(source.url).hostname;
    const refused = refusedSourceHost(host);
    if (refused) problems.push({ field: `${field}.url`, message: `${host} ${refused}` });
    if (source.publisher === 'vendor') {
      if (source.kind || source.archive)
        problems.push({
          field: `${field}.kind`,
          message: 'a vendor page has no "kind" or "archive"; those describe third-party sources',
        });
      continue;
    }
    if (!source.kind)
      problems.push({
        field: `${field}.kind`,
        message: 'is required for a third-party source (news, analysis, regulator, forum or archive)',
      });
    const archiveHost = ARCHIVE_HOSTS.some((d) => under(host, d)) && host !== 'github.com';
    if (source.kind === 'archive') {
      if (!source.archive)
        problems.push({ field: `${field}.archive`, message: 'an archived copy names its archive and capture date' });
      else if (!ARCHIVES[source.archive.name].some((d) => under(host, d))) {
        problems.push({
          field: `${field}.url`,
          message: `${host} is not ${source.archive.name}'s (${ARCHIVES[source.archive.name].join(', ')})`,
        });
      }
    } else if (source.archive) {
      problems.push({ field: `${field}.archive`, message: 'only an archived copy (kind "archive") has an archive' });
    } else if (archiveHost) {
      problems.push({
        field: `${field}.kind`,
        message: `${host} is a web archive: its copies are kind "archive", with the capture date`,
      });
    }
  }
  for (const { path, evidence } of evidenceOf(vendor)) {
    evidence.forEach((item, index) => {
      const field = `${path}.evidence.${index}`;
      const source = vendor.sources[item.source];
      if (!source) return;
      if (source.publisher === 'vendor' && item.vendorWords) {
        problems.push({
          field: `${field}.vendorWords`,
          message: "is for third-party sources that reproduce the vendor's words",
        });
      }
      if (source.publisher === 'third-party' && item.confidence === 'high' && !item.vendorWords) {
        problems.push({
          field: `${field}.confidence`,
          message: '"high" on a third-party source needs a verbatim quote of the vendor\'s page ("vendorWords": true)',
        });
      }
      if (item.asOf && item.asOf > item.verified) {
        problems.push({
          field: `${field}.asOf`,
          message: `${item.asOf} is after the day the quote was read (${item.verified})`,
        });
      }
      if (source.archive && item.verified < source.archive.captured) {
        problems.push({
          field: `${field}.verified`,
          message: `${item.verified} is before the archive captured the page (${source.archive.captured})`,
        });
      }
    });
  }
  return problems;
}
