import type { Role } from '../../shared/platform/roles.ts';
import { londonDay } from '../../shared/london-time.ts';
import { userActor } from '../platform/actor.ts';
import type { Services } from '../services.ts';

type People = Map<Role, { id: string; email: string; name: string }>;

/**
 * The tension side of the scenario's first morning: communities of Trafford and the city centre
 * with a key individual each, last week's routine assessment of Trafford, the draft CIA that gold
 * opened for operation Reassure, and a first scan so the morning's reports show as signals.
 */
export async function seedDemoTension(services: Services, forceId: string, people: People): Promise<void> {
  const person = people.get('npa_commander');
  if (!person) {
    return;
  }
  const commander = userActor({ userId: person.id, email: person.email, name: person.name, forceId, roles: ['npa_commander'], ip: null, requestId: null });
  const areas = await services.areas.listAreas(commander);
  const area = (name: string) => areas.find((a) => a.name === name && a.level === 'policing_area');
  const trafford = area('Trafford');
  const manchester = area('Manchester');
  if (!trafford || !manchester) {
    return;
  }
  const muslim = await services.communities.add(commander, {
    name: 'Muslim community of Old Trafford',
    kind: 'faith',
    areaId: trafford.id,
    description: 'Two mosques and a madrasa; many families of Pakistani heritage; Urdu and Punjabi spoken.',
  });
  const sikh = await services.communities.add(commander, { name: 'Sikh community', kind: 'faith', areaId: trafford.id, description: 'The gurdwara on Upper Chorlton Road.' });
  await services.communities.add(commander, { name: 'LGBT community of the city centre', kind: 'lgbt', areaId: manchester.id, description: 'The Village and its venues.' });
  for (const [communityId, name, role, languages] of [
    [muslim.id, 'Imam A. Rahman (synthetic)', 'Imam, Old Trafford mosque', ['Urdu', 'English']],
    [sikh.id, 'Mr H. Singh (synthetic)', 'Secretary, gurdwara committee', ['Punjabi', 'English']],
  ] as const) {
    await services.communities.addKeyIndividual(commander, communityId, { name, role, phone: '0161 496 0000', email: '', languages: [...languages], notes: 'Synthetic demo contact.' });
  }
  const today = londonDay(new Date());
  await services.assessments.create(commander, {
    areaId: trafford.id,
    communityId: null,
    level: 'normal',
    trend: 'stable',
    summary: 'Routine weekly assessment: no indication of rising tension in Trafford.',
    evidence: [{ category: 'potential', description: 'Friday prayers and a planned vigil later in the week', source: 'Neighbourhood team', reliability: 'reliable', observedOn: today, reportId: null, signalId: null }],
    keyTriggers: ['National events'],
    actions: [],
    partnersInformed: ['Trafford Council community safety'],
    nextReviewAt: null,
    supersedes: null,
  });
  const inADay = new Date(Date.now() + 86_400_000).toISOString();
  await services.cias.create(commander, {
    title: 'Operation Reassure: attack at a concert venue elsewhere in the UK',
    trigger: 'operation',
    reference: 'Op Reassure',
    commissionedBy: 'Gold commander (ACC)',
    summary: 'A terrorist attack at a concert venue in another city at 22:31 on day 0. Nothing has happened locally yet; reprisals against Muslim communities are the main risk.',
    areaIds: [trafford.id, manchester.id],
    communityIds: [muslim.id, sikh.id],
    communitiesAffected: 'Muslim communities (reprisals); LGBT venues of the city centre (concert audiences); all communities (fear).',
    communityProfile: '',
    impactAssessment: 'Fear of reprisals; attendance at Friday prayers may fall; rumours on social media.',
    tensionIndicators: 'Partner reports of a rumoured march; the morning’s reports; signals on religion-motivated reports.',
    risks: [{ description: 'Reprisal attacks on mosques and people seen as Muslim', likelihood: 'medium', impact: 'high' }],
    mitigations: [{ description: 'High-visibility patrols at all mosques at Friday prayers', owner: 'NPA commander', dueAt: null }],
    communicationStrategy: 'Reassurance message tonight in English, Urdu, Arabic and Polish.',
    equalityConsiderations: 'Patrols must reassure, not feel like surveillance of worshippers.',
    reviewFrequency: 'Daily at 07:00 while the operation runs',
    nextReviewAt: inADay,
  });
  await services.signals.scan(commander);
}
