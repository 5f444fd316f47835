import type { PublicReportRequest } from '../../shared/reports/contract.ts';
import { PublicReportRequest as ReportSchema } from '../../shared/reports/contract.ts';
import type { Role } from '../../shared/platform/roles.ts';
import { userActor, type Actor } from '../platform/actor.ts';
import type { Services } from '../services.ts';

type People = Map<Role, { id: string; email: string; name: string }>;

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const element = (rating: 'low' | 'medium' | 'high', notes = '') => ({ rating, notes });

/**
 * The first morning of SCENARIO.md, as it would arrive: the school-gate report in Urdu, the
 * Neighbourhood Watch concern about a rumoured march, the gurdwara graffiti reported twice, and a
 * few days of ordinary reports around them. Synthetic, and labelled so by the demo force's name.
 */
export async function seedDemoReports(services: Services, forceId: string, people: People): Promise<void> {
  const actor = (role: Role): Actor | undefined => {
    const p = people.get(role);
    return p ? userActor({ userId: p.id, email: p.email, name: p.name, forceId, roles: [role], ip: null, requestId: null }) : undefined;
  };
  const handler = actor('call_handler');
  const partner = actor('partner');
  const parse = (r: PublicReportRequest) => ReportSchema.parse(r);
  const origin = { ip: null, requestId: null };

  await services.intake.submitPublicReport(
    origin,
    parse({
      kind: 'hate_crime',
      description:
        'آج صبح اسکول کے گیٹ کے باہر دو آدمیوں نے مجھ پر اور میری بیٹی پر نسلی گالیاں دیں اور ہم پر تھوکا۔ وہ کہہ رہے تھے کہ ہم اپنے ملک واپس جائیں۔ میری بیٹی بہت ڈری ہوئی ہے۔',
      occurredAt: minutesAgo(25),
      strands: ['religion', 'race'],
      perceivedReligion: 'muslim',
      location: { latitude: 53.4635, longitude: -2.2795, description: 'outside the primary school gate' },
      reporterRole: 'victim',
      anonymous: false,
      contact: {
        name: 'Ayesha',
        phone: '07700 900123',
        preferredMethod: 'phone',
        language: 'ur',
        needsInterpreter: true,
        notes: 'Please send a female officer who speaks Urdu.',
      },
    }),
  );

  if (partner) {
    await services.caseView.recordStaffReport(partner, {
      channel: 'partner',
      exercise: false,
      report: parse({
        kind: 'concern',
        description:
          'Residents of two streets near the mosque tell me they are afraid to go to evening prayers tonight because of a rumour on social media of a "march" past the mosque.',
        occurredAt: minutesAgo(60),
        location: { latitude: 53.4665, longitude: -2.2745, description: 'streets around the mosque' },
        reporterRole: 'organisation',
        organisation: 'Old Trafford Neighbourhood Watch',
        anonymous: true,
      }),
    });
  }

  const graffiti = 'Offensive graffiti sprayed in red paint on the wall of the Sikh gurdwara overnight, with a threat to the community.';
  for (const [role, minutes, words] of [
    ['call_handler', 15, graffiti],
    ['call_handler', 5, `${graffiti} I saw it on my way to work this morning.`],
  ] as const) {
    const a = actor(role);
    if (a) {
      await services.caseView.recordStaffReport(a, {
        channel: 'call',
        exercise: false,
        report: parse({
          kind: 'hate_crime',
          description: words,
          occurredAt: minutesAgo(minutes + 8 * 60),
          strands: ['religion'],
          perceivedReligion: 'sikh',
          location: { latitude: 53.4589, longitude: -2.2886, description: 'gurdwara wall, Upper Chorlton Road' },
          reporterRole: 'witness',
          anonymous: true,
        }),
      });
    }
  }

  // Earlier reports of the week, some already graded, for a queue that looks like a real shift.
  const earlier: [string, PublicReportRequest['strands'], number, number, number][] = [
    ['A man in a wheelchair was mocked and pushed on the tram platform by a group of teenagers.', ['disability'], 53.4808, -2.2426, 3 * 60],
    ['Two women holding hands were followed and threatened outside a bar in the Village.', ['sexual_orientation'], 53.4775, -2.2355, 9 * 60],
    ['Homophobic and transphobic abuse shouted at a trans woman at the bus station.', ['transgender', 'sexual_orientation'], 53.4831, -2.2393, 20 * 60],
    ['A Polish shopkeeper was told to go home and his window was smashed.', ['race'], 53.5403, -2.1183, 26 * 60],
    ['Antisemitic leaflets pushed through doors on a residential street.', ['religion'], 53.5069, -2.2489, 40 * 60],
  ];
  for (const [description, strands, latitude, longitude, minutes] of earlier) {
    const received = await services.intake.submitPublicReport(
      origin,
      parse({
        kind: 'hate_crime',
        description,
        occurredAt: minutesAgo(minutes),
        strands,
        location: { latitude, longitude },
        reporterRole: 'witness',
        anonymous: true,
      }),
    );
    const list = handler ? await services.caseView.list(handler, { q: received.reference, limit: 1 }) : undefined;
    const id = list?.rows[0]?.id;
    if (handler && id) {
      await services.caseActions.thrive(handler, id, {
        threat: element('medium'),
        harm: element('medium'),
        risk: element('medium'),
        investigation: element('medium', 'CCTV likely'),
        vulnerability: element(strands?.includes('disability') ? 'high' : 'medium'),
        engagement: element('medium'),
        grade: minutes > 24 * 60 ? 'scheduled' : 'priority',
        rationale: 'demo triage',
      });
    }
  }
}
