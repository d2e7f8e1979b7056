// The dataset's closed vocabularies, apart from the schema so that UI code can
// use them without pulling the validator (zod) into the first bundle.
export const PILLARS = ['digital-economy', 'digital-government'] as const
export const FORMATS = ['in-person', 'virtual', 'hybrid'] as const

/**
 * Which years the dashboard spans: 'core' is the design's 2017–2021 (the default), 'all' adds the
 * 2016 roots and the Digital Economy Working Group's meetings of 2022–2025.
 */
export const SCOPES = ['core', 'all'] as const
export const SCOPE_SPANS: Record<(typeof SCOPES)[number], readonly [first: number, last: number]> = {
  core: [2017, 2021],
  all: [2016, 2025],
}

/**
 * Who published a source, by the authority a ministry can cite it with.
 * - official: the G20 Information Centre (g20.utoronto.ca), presidency sites, governments and their
 *   ministries (including the European Commission), and international organisations on their own sites
 *   (OECD, UNIDO, WTO, UNCTAD, ILO …): an intergovernmental body's own page is official, whatever
 *   tier the research sheet gave it.
 * - archive: full-text reposts and document repositories run by someone other than the author
 *   (worldjpn, the slideshare copy, gov-base.info, g20digitalrepo, fdocuments, docslib, AGORA …).
 * - press: news, NGOs, firms, blogs and partial reposts on news sites (marketscreener, ksaplayers,
 *   grahambishop …).
 */
export const SOURCE_KINDS = ['official', 'archive', 'press'] as const

/**
 * The verb the source uses for what the ministers did. 'annexed' = the annex title is in the official
 * table of contents, but the sentence that adopts or welcomes it was not seen.
 */
export const AGREEMENT_VERBS = [
  'adopted',
  'endorsed',
  'agreed',
  'committed',
  'reaffirmed',
  'welcomed',
  'supported',
  'recognised',
  'encouraged',
  'called-for',
  'requested',
  'noted',
  'shared',
  'defined',
  'received',
  'annexed',
] as const
