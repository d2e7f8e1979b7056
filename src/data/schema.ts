import * as z from 'zod/mini'
import { AGREEMENT_VERBS, FORMATS, PILLARS, SOURCE_KINDS } from './vocabulary'

/**
 * The one place that knows the dataset's shape. Everything user-facing is a
 * LocalizedText so the Japanese edition can sit beside the English one.
 * `translated: true` marks a Japanese text that is our own translation of an
 * official English title or statement (no official Japanese exists).
 */
export const LocalizedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  ja: z.optional(z.string().check(z.minLength(1))),
  translated: z.optional(z.boolean()),
})
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug'))
const IsoDate = z.iso.date()

/** Who published a source, and the authority it carries (see SOURCE_KINDS for the rule). */
export const PublisherSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  kind: z.enum(SOURCE_KINDS),
})
export type Publisher = z.infer<typeof PublisherSchema>
export type SourceKind = Publisher['kind']

/** Only web addresses: a data:, file:, blob: or javascript: URL in the data would be a link that runs or reads something. */
const WebUrl = z
  .url()
  .check(
    z.refine(
      (url) => /^https?:\/\//i.test(url),
      'must be an http or https address (data:, file:, blob: and javascript: are refused)',
    ),
  )

/**
 * A source: a web address from the fact sheets and its publisher (an id in `publishers`).
 * `fact` is an internal trace to the fact sheet (F12, J5); it is never shown to readers.
 */
export const SourceSchema = z.object({
  url: WebUrl,
  publisher: Id,
  fact: z.optional(z.string().check(z.regex(/^[FJ]\d+$/, 'must look like F12 or J5'))),
})
export type Source = z.infer<typeof SourceSchema>
const Sources = z.array(SourceSchema).check(z.minLength(1, 'needs at least one source'))

/**
 * Something the ministers did, in our own words: the verb the source uses and its object.
 * Quotation marks only for official titles and short key terms. `section` says where in the
 * source it is ("Declaration ¶2", "Annex 1").
 */
export const AgreementSchema = z.object({
  verb: z.enum(AGREEMENT_VERBS),
  text: LocalizedTextSchema,
  section: z.optional(LocalizedTextSchema),
  sources: Sources,
})
export type Agreement = z.infer<typeof AgreementSchema>
export type AgreementVerb = Agreement['verb']

/** A presidency's numbered list of actions (Trieste's 12), as far as the sources name them. */
export const ActionListSchema = z.object({
  /** How many actions the presidency announced. */
  announced: z.int().check(z.positive()),
  title: LocalizedTextSchema,
  /** What the list holds and what is missing from it, plainly. */
  note: LocalizedTextSchema,
  items: z.array(
    z.object({
      number: z.int().check(z.positive()),
      name: LocalizedTextSchema,
      /** Whose name this is, e.g. "Italian presidency", "METI". */
      nameSource: LocalizedTextSchema,
      /** The commitment sentence, in our words; null where no source gives it. */
      commitment: z.nullable(LocalizedTextSchema),
      topicId: z.optional(Id),
      sources: Sources,
    }),
  ),
})
export type ActionList = z.infer<typeof ActionListSchema>
export type ActionItem = ActionList['items'][number]

export const PillarSchema = z.enum(PILLARS)
export type Pillar = z.infer<typeof PillarSchema>

export const FormatSchema = z.enum(FORMATS)
export type MeetingFormat = z.infer<typeof FormatSchema>

// These two live here rather than in vocabulary.ts: the UI needs only their types, and vocabulary.ts
// is in the first bundle.
export const DOCUMENT_KINDS = [
  'declaration',
  'statement',
  'annex',
  'chairs-statement',
  'chair-summary',
  'outcome-document',
] as const

/**
 * What kind of outcome a meeting had, by who stands behind it: a declaration or ministerial
 * statement adopted by the ministers; an outcome document agreed by all but for its chair's summary
 * part (Bengaluru 2023); or a chair's summary or statement issued by the presidency on its own
 * authority, not agreed by all members (Bali 2022, Cape Town 2025).
 */
export const OUTCOME_KINDS = [
  'declaration',
  'statement',
  'outcome-document-and-chair-summary',
  'chair-summary',
  'chairs-statement',
] as const

export const OutcomeKindSchema = z.enum(OUTCOME_KINDS)
export type OutcomeKind = z.infer<typeof OutcomeKindSchema>

export const DocumentSchema = z.object({
  id: Id,
  kind: z.enum(DOCUMENT_KINDS),
  /** Exact official title, quoted. */
  title: LocalizedTextSchema,
  sources: Sources,
  unconfirmed: z.optional(z.boolean()),
})
export type OutcomeDocument = z.infer<typeof DocumentSchema>

export const FactSchema = z.object({
  text: LocalizedTextSchema,
  sources: Sources,
  unconfirmed: z.optional(z.boolean()),
})
export type Fact = z.infer<typeof FactSchema>

export const MeetingSchema = z.object({
  id: Id,
  startDate: IsoDate,
  endDate: IsoDate,
  /** null for a meeting held only by video conference. */
  city: z.nullable(LocalizedTextSchema),
  country: z.nullable(LocalizedTextSchema),
  presidency: LocalizedTextSchema,
  format: FormatSchema,
  /** True when no source states the format for certain (the UI shows it as unconfirmed). */
  formatUnconfirmed: z.optional(z.boolean()),
  /** What kind of outcome the meeting had, and so whether all members agreed to it. */
  outcomeKind: OutcomeKindSchema,
  name: LocalizedTextSchema,
  /** A short name for cards and the timeline, e.g. "Trieste 2021". */
  shortName: LocalizedTextSchema,
  headline: LocalizedTextSchema,
  documents: z.array(DocumentSchema),
  outcomes: z.array(FactSchema),
  facts: z.array(FactSchema),
  /** Meeting-level things agreed (the declaration adopted, decisions, items that are not topics). */
  agreements: z.array(AgreementSchema),
  actionList: z.optional(ActionListSchema),
  japan: z.optional(
    z.object({
      summary: LocalizedTextSchema,
      remarks: z.array(LocalizedTextSchema),
      sources: Sources,
    }),
  ),
  sources: Sources,
})
export type Meeting = z.infer<typeof MeetingSchema>

export const TopicSchema = z.object({
  id: Id,
  meetingId: Id,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  pillar: PillarSchema,
  pillarBasis: z.object({
    kind: z.enum(['declaration', 'editorial']),
    reason: LocalizedTextSchema,
  }),
  themes: z.array(Id).check(z.minLength(1, 'needs at least one theme')),
  /** What was agreed on this topic; null = no agreed text was found (agreementNote says why). */
  agreement: z.nullable(z.array(AgreementSchema).check(z.minLength(1, 'needs at least one agreement, or null'))),
  /** Required when agreement is null (the reason); otherwise an optional caveat. */
  agreementNote: z.optional(LocalizedTextSchema),
  sources: Sources,
})
export type Topic = z.infer<typeof TopicSchema>

export const ThemeSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
})
export type Theme = z.infer<typeof ThemeSchema>

export const ContextItemSchema = z.object({
  id: Id,
  date: IsoDate,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  sources: Sources,
  unconfirmed: z.optional(z.boolean()),
})
export type ContextItem = z.infer<typeof ContextItemSchema>

export const MetaSchema = z.object({
  /** The title for the core scope (2017–2021). */
  title: LocalizedTextSchema,
  /** The title when the whole record (2016–2025) is shown. */
  titleAll: z.optional(LocalizedTextSchema),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0')),
  dataAsOf: IsoDate,
  licence: LocalizedTextSchema,
  sourcesNote: LocalizedTextSchema,
})
export type Meta = z.infer<typeof MetaSchema>

export const DatasetSchema = z.object({
  meta: MetaSchema,
  publishers: z.array(PublisherSchema),
  themes: z.array(ThemeSchema),
  meetings: z.array(MeetingSchema),
  topics: z.array(TopicSchema),
  context: z.array(ContextItemSchema),
})
export type Dataset = z.infer<typeof DatasetSchema>
