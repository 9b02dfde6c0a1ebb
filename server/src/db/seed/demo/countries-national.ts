// Names of the national bodies per country. Generic English patterns cover most countries; overrides follow
// where the real responsibility sits elsewhere (e.g. justice rather than interior ministries in the Nordics,
// federal bodies in Germany), so the demo network mirrors each national referral mechanism's shape.

export type NationalKind =
  | 'ministry-interior'
  | 'ministry-social'
  | 'coordinator'
  | 'labour-inspectorate'
  | 'national-police'
  | 'border-guard'
  | 'migration'
  | 'prosecution'
  | 'hotline'
  | 'national-ngo'
  | 'trade-union'
  | 'assistance-programme';

type NameTemplate = (country: string, adjective: string) => string;

const GENERIC: Readonly<Record<NationalKind, NameTemplate>> = {
  'ministry-interior': (c) => `Ministry of the Interior of ${c}`,
  'ministry-social': (c) => `Ministry of Social Affairs of ${c}`,
  coordinator: (_c, a) => `${a} Office of the National Anti-Trafficking Coordinator`,
  'labour-inspectorate': (_c, a) => `${a} State Labour Inspectorate`,
  'national-police': (_c, a) => `${a} Police – National Anti-Trafficking Unit`,
  'border-guard': (_c, a) => `${a} Border Guard`,
  migration: (_c, a) => `${a} Migration Agency`,
  prosecution: (_c, a) => `${a} Prosecutor General's Office – Organised Crime Department`,
  hotline: (_c, a) => `${a} Anti-Trafficking Helpline`,
  'national-ngo': (_c, a) => `${a} Coalition for Victim Support`,
  'trade-union': (_c, a) => `${a} Migrant Workers' Advice Centre`,
  'assistance-programme': (_c, a) => `${a} Victim Assistance Programme`,
};

const OVERRIDES: Readonly<Record<string, Partial<Record<NationalKind, NameTemplate>>>> = {
  DK: {
    'ministry-interior': () => 'Ministry of Justice of Denmark',
    coordinator: () => 'Danish National Anti-Trafficking Coordination Unit',
    'border-guard': () => 'Danish National Police – Border Control Section',
    'labour-inspectorate': () => 'Danish Working Environment Inspectorate',
  },
  FI: {
    coordinator: () => 'Finnish Office of the National Rapporteur on Trafficking',
    'labour-inspectorate': () => 'Finnish Occupational Safety and Health Inspectorate',
    migration: () => 'Finnish Immigration Service – Assistance System Unit',
  },
  DE: {
    'ministry-interior': () => 'Federal Ministry of the Interior of Germany',
    'ministry-social': () => 'Federal Ministry for Family Affairs and Social Inclusion of Germany',
    coordinator: () => 'German Federal Coordination Office against Human Trafficking',
    'national-police': () => 'German Federal Criminal Police – Trafficking Division',
    'border-guard': () => 'German Federal Police – Border Protection Directorate',
    'labour-inspectorate': () => 'German Customs – Financial Control of Undeclared Work',
    migration: () => 'German Federal Office for Migration',
  },
  IS: { 'ministry-interior': () => 'Ministry of Justice of Iceland' },
  LV: { 'ministry-social': () => 'Ministry of Welfare of Latvia' },
  LT: { 'ministry-social': () => 'Ministry of Social Security and Labour of Lithuania' },
  NO: {
    'ministry-interior': () => 'Ministry of Justice and Public Security of Norway',
    'ministry-social': () => 'Ministry of Labour and Social Inclusion of Norway',
    'labour-inspectorate': () => 'Norwegian Labour Inspection Authority',
    migration: () => 'Norwegian Directorate of Immigration',
    'border-guard': () => 'Norwegian Police – Border and Immigration Unit',
  },
  PL: {
    'ministry-social': () => 'Ministry of Family and Social Policy of Poland',
    coordinator: () => 'Polish Interministerial Team against Trafficking – Secretariat',
    migration: () => 'Polish Office for Foreigners',
  },
  RU: {
    'ministry-interior': () => 'Ministry of the Interior of the Russian Federation',
    'ministry-social': () => 'Ministry of Labour and Social Protection of the Russian Federation',
    coordinator: () => 'North-West Federal District Interagency Working Group on Trafficking',
    'border-guard': () => 'Border Directorate for the North-West Region',
    migration: () => 'Main Directorate for Migration – North-West Office',
  },
  SE: {
    'ministry-interior': () => 'Ministry of Justice of Sweden',
    'ministry-social': () => 'Ministry of Health and Social Affairs of Sweden',
    coordinator: () => 'Swedish National Anti-Trafficking Coordination Office',
    'labour-inspectorate': () => 'Swedish Work Environment Inspectorate',
    'border-guard': () => 'Swedish Police – Border Control Section',
  },
};

export function nationalName(kind: NationalKind, countryCode: string, countryName: string, adjective: string): string {
  const template = OVERRIDES[countryCode]?.[kind] ?? GENERIC[kind];
  return template(countryName, adjective);
}
