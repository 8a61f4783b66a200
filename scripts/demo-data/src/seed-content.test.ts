import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate';

const dataset = generateDemoData();
const organisation = (name: string) => dataset.organisations.find((candidate) => candidate.name === name);

describe('the seed press release', () => {
  const release = dataset.pressReleases[0];

  it('is the first press release, with the facts of the original', () => {
    expect(release).toMatchObject({
      title: 'Aufbau eines regionalen Weiterbildungsverbundes',
      subtitle: 'Projekt „Kooperative Weiterbildung Südostniedersachsen“ startet in konkrete Umsetzungsphase',
      dateline: 'Braunschweig',
      releaseDate: '2021-11-25',
      embargoUntil: null,
      publish: true,
    });
    const others = dataset.pressReleases.slice(1).map((other) => other.releaseDate);
    expect(others.every((date) => date > '2021-11-25')).toBe(true);
  });

  it('carries the full retrieved text as body paragraphs', () => {
    const text = release?.body.join('\n') ?? '';
    expect(release?.body[0]).toMatch(/^Die Digitalisierung stellt Unternehmen vor immense Herausforderungen\./);
    expect(text).toContain('rund 60 Vertreterinnen und Vertreter');
    expect(text).toContain('im Braunschweiger TrafoHub');
    expect(text).toContain('sagt Wendelin Göbel, Geschäftsführer der Allianz für die Region');
    expect(text).toContain('„Veränderungsmacher*in“ und „Digitale Kompetenzen in der Weiterbildung“');
    expect(text).toContain('über das DIGIT Forschungszentrum an der TU Clausthal');
    expect(text).toContain('strategische Personalplanung bei Volkswagen');
  });

  it('has a press photo credited to Allianz für die Region GmbH/ Susanne Hübner', () => {
    expect(release?.photos).toHaveLength(1);
    expect(release?.photos[0]).toMatchObject({
      credit: 'Allianz für die Region GmbH/ Susanne Hübner',
      photographer: 'Susanne Hübner',
      image: { width: 1600, height: 1067 },
    });
    expect(release?.photos[0]?.caption).toContain('TrafoHub');
  });

  it('names a press contact of the Allianz für die Region and relates to the kick-off', () => {
    const contact = dataset.contacts.find((candidate) => candidate.key === release?.pressContactKey);
    expect(contact?.isPressContact).toBe(true);
    expect(contact?.organisationKey).toBe(organisation('Allianz für die Region GmbH')?.key);
    const kickoff = dataset.events.find((event) => event.type === 'kickoff');
    expect(release?.relatedEventKeys).toEqual([kickoff?.key]);
  });
});

describe('the kick-off event', () => {
  const kickoff = dataset.events.find((event) => event.type === 'kickoff');

  it('took place on 25 November 2021 in the TrafoHub Braunschweig with about 60 guests', () => {
    expect(kickoff).toMatchObject({
      startsAt: '2021-11-25T13:00:00.000Z',
      timezone: 'Europe/Berlin',
      format: 'onsite',
      status: 'scheduled',
      isPublic: true,
      attendeesTotal: 60,
      publish: true,
    });
    expect(kickoff?.venue?.name).toContain('TRAFO Hub');
    expect(kickoff?.venue?.city).toBe('Braunschweig');
    expect(kickoff?.hygieneNotes).toMatch(/2G/);
  });

  it('has the welcome and the four talks named in the press release', () => {
    const titles = kickoff?.agenda.map((item) => item.title) ?? [];
    expect(titles).toHaveLength(5);
    expect(titles[0]).toBe('Begrüßung');
    expect(kickoff?.agenda[0]?.speaker).toBe('Wendelin Göbel');
    expect(titles.slice(1).join(' | ')).toMatch(/Veränderungsmacher\*in.*Digitale Kompetenzen in der Weiterbildung.*DIGIT.*Volkswagen/);
  });

  it('has participations that stay within its 60 guests', () => {
    const guests = dataset.eventParticipations
      .filter((participation) => participation.eventKey === kickoff?.key)
      .reduce((sum, { headcount }) => sum + headcount, 0);
    expect(guests).toBeGreaterThan(20);
    expect(guests).toBeLessThanOrEqual(60);
  });
});

describe('the funding project and its steering committee', () => {
  it('describes the BMAS-funded project of the Allianz für die Region', () => {
    expect(dataset.fundingProject).toMatchObject({
      name: 'Kooperative Weiterbildung Südostniedersachsen',
      fundingProgramme: 'Aufbau von Weiterbildungsverbünden',
      startsOn: '2021-11-01',
      endsOn: '2024-10-31',
      grantAmountEur: 652915,
    });
    expect(dataset.fundingProject.funder).toContain('BMAS');
  });

  it('seats the steering committee’s organisations as partners of the right types', () => {
    const committee = dataset.fundingProject.steeringCommittee;
    expect(committee.some((member) => member.name === 'Wendelin Göbel')).toBe(true);
    const types = committee.map((member) => organisation(member.organisation)?.type);
    expect(types).not.toContain(undefined);
    expect(new Set(types)).toEqual(
      new Set(['economic_development', 'chamber', 'trade_union', 'employment_agency', 'university', 'company', 'other']),
    );
    expect(organisation('Volkswagen AG')).toMatchObject({ type: 'company', sizeClass: 'large', district: 'wolfsburg' });
    for (const member of committee) expect(organisation(member.organisation)?.partnerSince).toBe('2021-11-01');
  });

  it('held its constitutive meeting in March 2022, internally', () => {
    const constitution = dataset.events.find((event) => event.title === 'Konstituierende Sitzung des Steuerkreises');
    expect(constitution).toMatchObject({ type: 'steering_committee_meeting', isPublic: false });
    expect(constitution?.startsAt.slice(0, 7)).toBe('2022-03');
  });
});
