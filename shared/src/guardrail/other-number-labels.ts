/**
 * Labels of numbers that are not a person's: company and tax registers, invoices, accounts, case files, books. A
 * number they introduce is left alone even when its digits happen to pass a checksum or make a valid phone number.
 */
export const OTHER_NUMBER_LABELS =
  /(?:ISBN|ISSN|DOI|invoice|faktur|rēķin|arve|lasku|sąskait|счёт|счет|reg(?:istr|\.|\s)|reģ|NIP|KRS|REGON|VAT|PVN|KMKR|PVM|org(?:anisation)?s?\.?\s?n(?:umme)?r|Y-tunnus|CVR|ИНН|ОГРН|КПП|IBAN|account|(?:bank|plus)?giro|konto|konts|order|ref(?:erence|\.)?|file|dossier|Az\.|sygn|lieta|docket|case\s+(?:no|number)|spraw|Aktenzeichen|дело)\P{L}{0,20}$/iu;
