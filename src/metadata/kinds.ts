/** The sector a body's name says it is of, by the word for its kind ("… NHS Trust", "… Constabulary", "… Museums"); "" when the name says none. */
export function sectorOfName(name: string): string {
  if (/\bNHS\b|\bTrust\b|Health Board|Clinical Commissioning|\bCCG\b|Integrated Care Board|\bICB\b|Health and Care|Primary Care|GP Federation|\bAmbulance Service\b/i.test(name)) return "nhs";
  if (/\bPolice\b|Constabulary/i.test(name)) return "police";
  if (/\bFire\b/i.test(name)) return "fire";
  if (/\bCouncil\b|\bBorough\b|Combined Authority/i.test(name)) return "council";
  if (/\bUniversity\b|\bCollege\b/i.test(name)) return "university";
  if (/^(?:Department|Ministry|HM |Office)\b|\bGovernment\b/i.test(name)) return "central";
  // Executive agencies name themselves "... Agency" (the gazetteer's agencies are nearly all central government).
  if (/\bAgency\b/i.test(name)) return "central";
  // Arm's-length bodies the gazetteer lacks, by the word that says their kind: regulators and commissions,
  // single-purpose authorities (national parks, port, education, licensing), transport executives,
  // museums, galleries, libraries and archives, waterways, ombudsmen and inspectorates.
  if (OTHER_KIND.test(name)) return "other";
  return "";
}

/** Words that name a public body outside the main sectors: what "other" holds. */
const OTHER_KIND =
  /\b(?:Authority|Commission|Executive|Regulator|Inspectorate|Ombudsman|Corporation|Museums?|Galler(?:y|ies)|Library|Archives|Armouries|Canals?|Waterways|Transport|Passenger Transport|Tribunals? Service|Partnership|Board)\b/i;
