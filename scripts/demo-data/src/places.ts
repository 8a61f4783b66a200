import { DISTRICT, type District, OUTSIDE_REGION } from '@verbund/domain';

/** The districts of the demo region (Braunschweig–Wolfsburg): the default list without „outside the region“. */
export const REGION_DISTRICTS = DISTRICT.values.filter(
  (district): district is Exclude<District, typeof OUTSIDE_REGION> => district !== OUTSIDE_REGION,
);

// The demo region's real towns with their real postcodes and area codes; streets and venues
// built from them are invented.

export interface Town {
  name: string;
  postcode: string;
  areaCode: string;
}

export const TOWNS: Record<District, readonly Town[]> = {
  braunschweig: [
    { name: 'Braunschweig', postcode: '38100', areaCode: '531' },
    { name: 'Braunschweig', postcode: '38106', areaCode: '531' },
    { name: 'Braunschweig', postcode: '38112', areaCode: '531' },
    { name: 'Braunschweig', postcode: '38118', areaCode: '531' },
    { name: 'Braunschweig', postcode: '38122', areaCode: '531' },
  ],
  salzgitter: [
    { name: 'Salzgitter', postcode: '38226', areaCode: '5341' },
    { name: 'Salzgitter', postcode: '38239', areaCode: '5341' },
    { name: 'Salzgitter', postcode: '38259', areaCode: '5341' },
  ],
  wolfsburg: [
    { name: 'Wolfsburg', postcode: '38440', areaCode: '5361' },
    { name: 'Wolfsburg', postcode: '38444', areaCode: '5361' },
    { name: 'Wolfsburg', postcode: '38448', areaCode: '5361' },
  ],
  gifhorn: [
    { name: 'Gifhorn', postcode: '38518', areaCode: '5371' },
    { name: 'Wittingen', postcode: '29378', areaCode: '5831' },
    { name: 'Meinersen', postcode: '38536', areaCode: '5372' },
    { name: 'Sassenburg', postcode: '38524', areaCode: '5371' },
  ],
  goslar: [
    { name: 'Goslar', postcode: '38640', areaCode: '5321' },
    { name: 'Bad Harzburg', postcode: '38667', areaCode: '5322' },
    { name: 'Seesen', postcode: '38723', areaCode: '5381' },
    { name: 'Clausthal-Zellerfeld', postcode: '38678', areaCode: '5323' },
    { name: 'Langelsheim', postcode: '38685', areaCode: '5326' },
  ],
  helmstedt: [
    { name: 'Helmstedt', postcode: '38350', areaCode: '5351' },
    { name: 'Schöningen', postcode: '38364', areaCode: '5352' },
    { name: 'Königslutter am Elm', postcode: '38154', areaCode: '5353' },
  ],
  peine: [
    { name: 'Peine', postcode: '31224', areaCode: '5171' },
    { name: 'Ilsede', postcode: '31241', areaCode: '5172' },
    { name: 'Lengede', postcode: '38268', areaCode: '5344' },
    { name: 'Edemissen', postcode: '31234', areaCode: '5176' },
  ],
  wolfenbuettel: [
    { name: 'Wolfenbüttel', postcode: '38300', areaCode: '5331' },
    { name: 'Schöppenstedt', postcode: '38170', areaCode: '5332' },
    { name: 'Cremlingen', postcode: '38162', areaCode: '5306' },
    { name: 'Sickte', postcode: '38173', areaCode: '5305' },
  ],
  outside_region: [
    { name: 'Hannover', postcode: '30159', areaCode: '511' },
    { name: 'Magdeburg', postcode: '39104', areaCode: '391' },
    { name: 'Hildesheim', postcode: '31134', areaCode: '5121' },
    { name: 'Celle', postcode: '29221', areaCode: '5141' },
  ],
};

export const STREET_NAMES = [
  'Am Werkhof',
  'Industriestraße',
  'Gewerbering',
  'Hauptstraße',
  'Lindenallee',
  'Bahnhofstraße',
  'Am Mühlengraben',
  'Schlossplatz',
  'Kanalweg',
  'Ackerstraße',
  'Im Technologiepark',
  'Steinweg',
  'Wiesenstraße',
  'Zum Hafen',
  'Eichendorffstraße',
  'Am Bruchtor',
];

/** Invented venue kinds; with a town's name they read like a local meeting place. */
export const VENUE_KINDS = [
  'Tagungszentrum',
  'Bildungshaus',
  'Forum im Stadtwerk',
  'Kultur- und Kongresssaal',
  'Innovationszentrum',
  'Seminarhaus am Markt',
];

/**
 * A phone number that cannot be dialled: German subscriber numbers never start with 0, so
 * "+49 531 0…" looks real but reaches no one.
 */
export function unreachablePhone(areaCode: string, serial: number): string {
  return `+49 ${areaCode} 0${String(serial % 1_000_000).padStart(6, '0')}`;
}

export interface RegionTown extends Town {
  district: Exclude<District, 'outside_region'>;
}

/** Every town inside the region; the cities appear once per postcode, as they host more. */
export const REGION_TOWNS: readonly RegionTown[] = REGION_DISTRICTS.flatMap((district) =>
  TOWNS[district].map((town) => ({ ...town, district })),
);
