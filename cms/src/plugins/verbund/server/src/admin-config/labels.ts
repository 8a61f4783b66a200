import type { TypeName } from '../constants';

/** [label, help text] of one field as the admin panel shows it. */
export type FieldText = readonly [label: string, description?: string];

export interface TypeLayout {
  /** Fields in the order the edit view shows them; the record's main field comes first. */
  fields: Record<string, FieldText>;
  /**
   * Columns of the list view: the ones people scan. Few enough that Strapi's publication status,
   * which it appends last, stays on a 1440 px screen (cms/e2e/admin-pickers-lists.e2e.ts); dates
   * take a quarter of that width, as Strapi writes them out with the weekday.
   */
  list: string[];
  /** Field shown for the record in relation pickers. */
  mainField: string;
  /** Default order of the list view when it is not the first name/title column ascending: newest first for dated records. */
  sort?: { field: string; order: 'ASC' | 'DESC' };
}

const TOPIC_HELP =
  'Themenfeld der Weiterbildung (z. B. Digitalisierung, Automatisierung, Führung). Dieselbe Liste gilt für Angebote und Bedarfe, damit Bedarfe passenden Angeboten zugeordnet werden können.';
/** The computed name of a record (services/display-name.ts); shown in pickers, titles and lists, never edited. */
const DISPLAY_NAME: FieldText = ['Bezeichnung', 'Wird beim Speichern aus dem Eintrag und seinen Verknüpfungen gebildet.'];
const DISTRICT_HELP =
  'Landkreis bzw. kreisfreie Stadt der Region; „Außerhalb der Region“ für Orte außerhalb der Verbundregion. Grundlage der Kennzahl „Regionale Abdeckung“.';

export const TYPE_LAYOUTS: Record<TypeName, TypeLayout> = {
  'funding-project': {
    mainField: 'name',
    list: ['name', 'startsOn', 'endsOn'],
    fields: {
      name: ['Projektname'],
      shortName: ['Kurzname', 'Kurzform des Projektnamens, z. B. für Tabellenköpfe.'],
      fundingProgramme: ['Förderprogramm', 'z. B. Bundesprogramm „Aufbau von Weiterbildungsverbünden“.'],
      funder: ['Fördermittelgeber', 'z. B. Bundesministerium für Arbeit und Soziales (BMAS).'],
      grantReference: ['Förderkennzeichen', 'Intern: wird öffentlich nicht ausgegeben.'],
      grantAmountEur: ['Fördersumme (EUR)', 'Intern: Beträge werden öffentlich nicht ausgegeben.'],
      startsOn: ['Laufzeitbeginn', 'Erster Tag der Förderlaufzeit. Projektjahre zählen in 12-Monats-Schritten ab diesem Tag.'],
      endsOn: ['Laufzeitende', 'Letzter Tag der Förderlaufzeit.'],
      region: ['Region'],
      description: ['Beschreibung'],
      steeringCommittee: ['Steuerkreis', 'Mitglieder des Steuerkreises mit Organisation und Funktion.'],
    },
  },
  organisation: {
    mainField: 'name',
    list: ['name', 'type', 'sizeClass', 'district', 'partnerSince', 'partnerUntil'],
    fields: {
      name: ['Name'],
      slug: ['URL-Kürzel', 'Wird beim Speichern aus dem Namen erzeugt, wenn leer; muss eindeutig sein.'],
      type: ['Art der Organisation'],
      sizeClass: ['Größenklasse', 'Nach der Zahl der Beschäftigten; „Größe unbekannt“, wenn nicht bekannt (zählt dann nicht in den KMU-Anteil).'],
      sector: ['Branche'],
      district: ['Landkreis / Stadt', DISTRICT_HELP],
      partnerSince: ['Verbundpartner seit', 'Datum des Beitritts (z. B. Kooperationsvereinbarung). Leer = kein Verbundpartner.'],
      partnerUntil: ['Verbundpartner bis', 'Letzter Tag der Partnerschaft; leer, solange sie besteht. Darf nicht vor „Verbundpartner seit“ liegen.'],
      website: ['Website', 'Vollständige Adresse mit https://'],
      description: ['Beschreibung'],
    },
  },
  contact: {
    mainField: 'name',
    list: ['name', 'role', 'organisation', 'isPressContact'],
    fields: {
      name: ['Name'],
      role: ['Funktion'],
      organisation: ['Organisation'],
      email: ['E-Mail', 'Personenbezogen: wird nur bei Pressekontakten öffentlich ausgegeben und nie exportiert.'],
      phone: ['Telefon', 'Personenbezogen: wird nur bei Pressekontakten öffentlich ausgegeben und nie exportiert.'],
      isPressContact: ['Pressekontakt', 'Nur Pressekontakte sind öffentlich sichtbar und können Pressemitteilungen zugeordnet werden.'],
    },
  },
  'press-release': {
    sort: { field: 'releaseDate', order: 'DESC' },
    mainField: 'title',
    list: ['title', 'releaseDate', 'dateline'],
    fields: {
      title: ['Titel'],
      subtitle: ['Untertitel'],
      slug: ['URL-Kürzel', 'Wird beim Speichern aus dem Titel erzeugt, wenn leer; muss eindeutig sein.'],
      dateline: ['Ort (Dateline)', 'Ort am Anfang der Meldung, z. B. „Braunschweig“.'],
      releaseDate: ['Erscheinungsdatum', 'Datum, das über der Meldung steht; zählt für die Kennzahl „Pressemitteilungen“.'],
      embargoUntil: ['Sperrfrist bis', 'Vor diesem Zeitpunkt ist die Meldung nirgends öffentlich. Wer vorher veröffentlicht, merkt sie vor: Sie erscheint dann automatisch zu diesem Zeitpunkt.'],
      lead: ['Vorspann', 'Kurzfassung in ein bis drei Sätzen.'],
      body: ['Text'],
      photos: ['Pressefotos', 'Jedes Foto braucht eine Quelle (Bildnachweis).'],
      pressContact: ['Pressekontakt', 'Ansprechperson für Rückfragen der Presse (nur als Pressekontakt markierte Personen).'],
      relatedEvents: ['Zugehörige Veranstaltungen'],
      tags: ['Schlagworte', 'Schlagwort eintippen und mit Enter hinzufügen; × entfernt es wieder.'],
    },
  },
  event: {
    sort: { field: 'startsAt', order: 'DESC' },
    mainField: 'title',
    list: ['title', 'type', 'startsAt', 'eventStatus', 'isPublic', 'attendeesTotal'],
    fields: {
      title: ['Titel'],
      slug: ['URL-Kürzel', 'Wird beim Speichern aus dem Titel erzeugt, wenn leer; muss eindeutig sein.'],
      type: ['Art der Veranstaltung'],
      eventStatus: ['Durchführungsstatus', 'Abgesagte Veranstaltungen zählen nicht als durchgeführt.'],
      startsAt: ['Beginn', 'Zeitpunkt in deutscher Zeit (Europe/Berlin); das Datum zählt für die Kennzahlen.'],
      endsAt: ['Ende', 'Darf nicht vor dem Beginn liegen.'],
      timezone: ['Zeitzone', 'In der Regel Europe/Berlin.'],
      format: ['Format'],
      isPublic: ['Öffentlich', 'Nur öffentliche, veröffentlichte Veranstaltungen erscheinen auf der Website. Interne Sitzungen (z. B. Steuerkreis) ausschalten.'],
      summary: ['Kurzbeschreibung'],
      description: ['Beschreibung'],
      venue: ['Veranstaltungsort'],
      capacity: ['Kapazität (Plätze)'],
      attendeesTotal: ['Teilnehmende gesamt', 'Gezählte Teilnehmende insgesamt (auch ohne Zuordnung zu Organisationen); Grundlage der Kennzahl „Teilnehmende an Veranstaltungen“.'],
      hygieneNotes: ['Hygiene- und Zugangsregeln'],
      agenda: ['Programm'],
      workingGroup: ['Arbeitskreis', 'Nur bei Arbeitskreistreffen.'],
    },
  },
  'event-participation': {
    mainField: 'displayName',
    list: ['displayName', 'organisation', 'headcount'],
    fields: {
      displayName: DISPLAY_NAME,
      event: ['Veranstaltung'],
      organisation: ['Organisation'],
      headcount: ['Personen', 'Anzahl der Personen dieser Organisation bei der Veranstaltung.'],
    },
  },
  'course-offer': {
    mainField: 'title',
    list: ['title', 'provider', 'topic', 'format', 'newInNetwork'],
    fields: {
      title: ['Titel'],
      slug: ['URL-Kürzel', 'Wird beim Speichern aus dem Titel erzeugt, wenn leer; muss eindeutig sein.'],
      provider: ['Weiterbildungsträger'],
      topic: ['Thema', TOPIC_HELP],
      format: ['Format'],
      summary: ['Kurzbeschreibung'],
      description: ['Beschreibung'],
      targetGroup: ['Zielgruppe'],
      prerequisites: ['Voraussetzungen'],
      certificate: ['Abschluss / Zertifikat'],
      dqrLevel: ['DQR-Niveau', 'Niveau nach dem Deutschen Qualifikationsrahmen, 1 bis 8.'],
      durationHours: ['Dauer (Stunden)'],
      priceEur: ['Preis (EUR)'],
      azavCertified: ['AZAV-zertifiziert', 'Zugelassen nach der Akkreditierungs- und Zulassungsverordnung Arbeitsförderung.'],
      educationVoucher: ['Bildungsgutschein', 'Mit Bildungsgutschein der Agentur für Arbeit förderfähig.'],
      newInNetwork: ['Im Verbund neu entwickelt', 'Einschalten, wenn das Angebot im Verbund neu entwickelt wurde; zählt für „Neu entwickelte Angebote“, sobald die erste Durchführung stattfindet.'],
      runs: ['Durchführungen'],
    },
  },
  'course-run': {
    sort: { field: 'startsOn', order: 'DESC' },
    mainField: 'displayName',
    list: ['displayName', 'startsOn', 'runStatus'],
    fields: {
      displayName: DISPLAY_NAME,
      courseOffer: ['Angebot'],
      startsOn: ['Beginn', 'Das Startdatum zählt für „Durchgeführte Kurse“.'],
      endsOn: ['Ende', 'Darf nicht vor dem Beginn liegen.'],
      runStatus: ['Durchführungsstatus', 'Abgesagte Durchführungen zählen nicht als durchgeführt.'],
      district: ['Landkreis / Stadt', DISTRICT_HELP],
      city: ['Ort'],
      seats: ['Plätze', 'Anzahl der Plätze, nicht negativ.'],
    },
  },
  'course-participation': {
    mainField: 'displayName',
    list: ['displayName', 'organisation', 'participants'],
    fields: {
      displayName: DISPLAY_NAME,
      courseRun: ['Kursdurchführung'],
      organisation: ['Organisation'],
      participants: ['Teilnehmende', 'Anzahl der Beschäftigten dieser Organisation in der Durchführung.'],
    },
  },
  consultation: {
    sort: { field: 'date', order: 'DESC' },
    mainField: 'displayName',
    list: ['displayName', 'organisation', 'date', 'format'],
    fields: {
      displayName: DISPLAY_NAME,
      organisation: ['Organisation'],
      date: ['Datum'],
      format: ['Format'],
      topics: ['Themen', `Alle Themen des Gesprächs auswählen, mehrere sind möglich. ${TOPIC_HELP}`],
      notes: ['Notizen', 'Vertraulich: wird weder öffentlich ausgegeben noch exportiert.'],
      resultingNeeds: ['Ermittelte Bedarfe'],
    },
  },
  'training-need': {
    sort: { field: 'identifiedOn', order: 'DESC' },
    mainField: 'displayName',
    list: ['displayName', 'organisation', 'identifiedOn', 'needStatus', 'topic'],
    fields: {
      displayName: DISPLAY_NAME,
      organisation: ['Organisation'],
      identifiedOn: ['Ermittelt am'],
      topic: ['Thema', TOPIC_HELP],
      needStatus: ['Bearbeitungsstand', 'Bei „Passendes Angebot gefunden“ das Angebot unter „Passende Angebote“ zuordnen.'],
      description: ['Beschreibung'],
      employeesConcerned: ['Betroffene Beschäftigte'],
      matchedOffers: ['Passende Angebote', 'Angebote, die den Bedarf decken; Grundlage der Kennzahl „Bedarfe mit passendem Angebot“.'],
      consultation: ['Aus Beratung'],
    },
  },
  'working-group': {
    mainField: 'name',
    list: ['name', 'topic'],
    fields: {
      name: ['Name'],
      slug: ['URL-Kürzel', 'Wird beim Speichern aus dem Namen erzeugt, wenn leer; muss eindeutig sein.'],
      topic: ['Thema', TOPIC_HELP],
      description: ['Beschreibung'],
      members: ['Mitglieder', 'Intern: Mitgliedsorganisationen werden öffentlich nicht ausgegeben.'],
      meetings: ['Treffen'],
    },
  },
  'indicator-target': {
    mainField: 'displayName',
    list: ['displayName', 'period', 'target'],
    fields: {
      displayName: DISPLAY_NAME,
      indicator: ['Kennzahl', 'Kennzahl aus dem Kennzahlenkatalog des Verbunds.'],
      period: ['Zeitraum', 'Ein Projektjahr oder die gesamte Laufzeit.'],
      target: ['Zielwert', 'Bei Anteilen als Dezimalzahl zwischen 0 und 1 (0,6 = 60 %).'],
      note: ['Anmerkung'],
    },
  },
  'site-settings': {
    mainField: 'siteName',
    list: ['siteName'],
    fields: {
      siteName: ['Name der Website', 'Steht im Kopf jeder Seite und im Titel, z. B. „Kooperative Weiterbildung Südostniedersachsen“.'],
      tagline: ['Unterzeile', 'Ein Satz unter dem Namen auf der Startseite.'],
      fundingNotice: ['Förderhinweis', 'Pflichthinweis des Fördermittelgebers; steht im Fuß jeder Seite und auf der Seite „Verbund“.'],
      imprint: ['Impressum', 'Angaben nach § 5 DDG. Absätze durch eine Leerzeile trennen.'],
      privacyPolicy: ['Datenschutzerklärung', 'Absätze durch eine Leerzeile trennen; eine Zeile, die mit „## “ beginnt, wird Zwischenüberschrift.'],
      accessibilityStatement: ['Erklärung zur Barrierefreiheit', 'Nach BITV 2.0: Stand der Vereinbarkeit, nicht barrierefreie Inhalte, Durchsetzungsverfahren. Absätze durch eine Leerzeile trennen.'],
      accessibilityContactEmail: ['E-Mail für Rückmeldungen zur Barrierefreiheit', 'An diese Adresse melden Besucherinnen und Besucher Barrieren.'],
      accessibilityContactPhone: ['Telefon für Rückmeldungen zur Barrierefreiheit'],
      accessibilityReviewedOn: ['Erklärung erstellt bzw. überprüft am'],
    },
  },
};

export const COMPONENT_LAYOUTS: Record<string, TypeLayout> = {
  'verbund.steering-member': {
    mainField: 'name',
    list: ['name', 'organisation', 'role'],
    fields: { name: ['Name'], organisation: ['Organisation'], role: ['Funktion'] },
  },
  'verbund.press-photo': {
    mainField: 'caption',
    list: ['caption', 'credit'],
    fields: {
      image: ['Bild'],
      caption: ['Bildunterschrift'],
      credit: ['Quelle', 'Bildnachweis, wie er unter dem Foto stehen muss, z. B. „Allianz für die Region GmbH/ Susanne Hübner“. Pflichtangabe nach Urheberrecht.'],
      photographer: ['Fotograf/in', 'Name der Person, die das Foto gemacht hat, falls abweichend von der Quelle.'],
    },
  },
  'verbund.venue': {
    mainField: 'name',
    list: ['name', 'city'],
    fields: { name: ['Name des Ortes'], street: ['Straße und Hausnummer'], postcode: ['PLZ', 'Fünfstellige Postleitzahl.'], city: ['Ort'] },
  },
  'verbund.agenda-item': {
    mainField: 'title',
    list: ['time', 'title', 'speaker'],
    fields: { time: ['Uhrzeit', 'z. B. 14:30'], title: ['Programmpunkt'], speaker: ['Referent/in'], organisation: ['Organisation'] },
  },
};

export const fieldLabel = (type: TypeName, field: string): string => TYPE_LAYOUTS[type]?.fields[field]?.[0] ?? field;
