/** The library: kinds of resources, who reads them, and the limits of an uploaded file, the same on both sides. */
export const RESOURCE_KINDS = ['GUIDELINE', 'PRACTICE', 'REPORT', 'TEMPLATE', 'TRAINING', 'LEGISLATION', 'CAMPAIGN'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** PUBLIC is dissemination (anonymous visitors and the Atom feed); NETWORK every member; SCOPE members of its place. */
export const RESOURCE_VISIBILITIES = ['PUBLIC', 'NETWORK', 'SCOPE'] as const;
export type ResourceVisibility = (typeof RESOURCE_VISIBILITIES)[number];

/** 25 MiB: a long report with pictures; a file one byte larger is refused before it is stored. */
export const RESOURCE_FILE_MAX_BYTES = 25 * 1024 * 1024;
export const RESOURCE_TITLE_MAX = 300;
export const RESOURCE_PUBLISHER_MAX = 200;
export const RESOURCE_TAGS_MAX = 10;
export const RESOURCE_TAG_MAX = 50;
export const RESOURCE_FILE_NAME_MAX = 200;
export const RESOURCE_YEAR_MIN = 1990;
export const RESOURCE_YEAR_MAX = 2100;

/** The file types the library takes, found from their bytes (never from the name), with the extension they download under. */
export const RESOURCE_FILE_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;
export type ResourceFileType = keyof typeof RESOURCE_FILE_TYPES;
