import type { GenerationContext } from './context';
import { dayOf, type Day } from './dates';
import { NameRegistry } from './names';
import type { OrganisationPool } from './organisation-pool';
import { REGION_TOWNS } from './places';
import type { Random } from './random';
import { ORG_ALLIANZ, ORG_HANDWERKSKAMMER, ORG_IG_METALL, ORG_IHK_BRAUNSCHWEIG } from './seed-content';
import type { SlugRegistry } from './slugs';
import type { Organisation, WorkingGroup } from './types';
import { TOPIC, type Topic } from '@verbund/domain';

const CORE_GROUPS: readonly { name: string; topic: Topic; description: string; forProviders?: true }[] = [
  {
    name: 'Arbeitskreis Digitalisierung im Mittelstand',
    topic: 'digitalisation',
    description:
      'Unternehmen tauschen sich zu digitalen Geschäftsprozessen, ERP-Einführungen und den Kompetenzen aus, die ihre Beschäftigten dafür brauchen, und planen gemeinsame Schulungen.',
  },
  {
    name: 'Arbeitskreis Mobilität im Wandel',
    topic: 'e_mobility',
    description:
      'Zulieferbetriebe und Werkstätten bereiten ihre Beschäftigten gemeinsam auf Elektromobilität und neue Antriebe vor, von der Hochvolt-Qualifizierung bis zur Umschulung.',
  },
  {
    name: 'Arbeitskreis Führung und Personalentwicklung',
    topic: 'leadership',
    description:
      'Personalverantwortliche aus kleinen und mittleren Unternehmen entwickeln Formate für Führungskräfte und eine strategische Personalplanung im Betrieb.',
  },
  {
    name: 'Arbeitskreis Weiterbildungsträger',
    topic: 'other',
    description:
      'Die Weiterbildungsträger im Verbund stimmen ihre Kursplanung ab, entwickeln betriebsübergreifende Verbundkurse und vereinbaren gemeinsame Qualitätsstandards.',
    forProviders: true,
  },
  {
    name: 'Arbeitskreis Nachhaltigkeit und Energie',
    topic: 'sustainability',
    description:
      'Betriebe und Träger erarbeiten Qualifizierungen zu Energiemanagement, Ressourceneffizienz und Nachhaltigkeitsberichterstattung.',
  },
];

const FIRST_MEETINGS_FROM = dayOf('2022-01-17');
const FIRST_MEETINGS_UNTIL = dayOf('2022-03-31');

export interface PlannedWorkingGroup {
  group: WorkingGroup;
  firstMeeting: Day;
}

/**
 * The core working groups all start meeting in the first quarter of 2022; at larger scales
 * local groups join them, starting later in the term.
 */
export function generateWorkingGroups(
  random: Random,
  context: GenerationContext,
  slugs: SlugRegistry,
  pool: OrganisationPool,
  providers: readonly Organisation[],
): PlannedWorkingGroup[] {
  const names = new NameRegistry();
  const planned: PlannedWorkingGroup[] = [];
  const total = Math.max(CORE_GROUPS.length, context.count(CORE_GROUPS.length));
  const anchorMembers = [ORG_ALLIANZ, ORG_IHK_BRAUNSCHWEIG, ORG_HANDWERKSKAMMER, ORG_IG_METALL];
  for (let index = 0; index < total; index++) {
    const core = CORE_GROUPS[index];
    const topic = core?.topic ?? random.pick(TOPIC.values.filter((candidate) => candidate !== 'other'));
    const name = core?.name ?? names.claim(() => `Arbeitskreis ${TOPIC.labels[topic]} ${random.pick(REGION_TOWNS).name}`);
    const firstMeeting = core
      ? random.int(FIRST_MEETINGS_FROM, FIRST_MEETINGS_UNTIL)
      : random.int(FIRST_MEETINGS_FROM, Math.max(FIRST_MEETINGS_FROM, context.termEnd - 365));
    // members are those on board half a year after the first meeting
    const settledDay = Math.min(firstMeeting + 180, context.activityEnd);
    const members = core?.forProviders
      ? random.sample(providers, random.int(6, 10))
      : pool.companies(random, settledDay, random.int(6, 12));
    const memberKeys = [
      ORG_ALLIANZ,
      ...random.sample(anchorMembers.slice(1), random.int(0, 2)),
      ...members.map((member) => member.key),
    ];
    planned.push({
      group: {
        key: `wg-${index + 1}`,
        name,
        slug: slugs.claim(name),
        topic,
        description:
          core?.description ??
          `Lokaler Arbeitskreis zum Thema ${TOPIC.labels[topic]}: Betriebe aus der Umgebung erheben gemeinsam ihre Weiterbildungsbedarfe und organisieren Kurse vor Ort.`,
        memberKeys: [...new Set(memberKeys)],
      },
      firstMeeting,
    });
  }
  return planned;
}
