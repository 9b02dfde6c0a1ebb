// Levels are first-class: a municipality, a country, or the Baltic Sea Region as a whole.
export const LEVELS = ['LOCAL', 'NATIONAL', 'REGIONAL'] as const;
export type Level = (typeof LEVELS)[number];
