import * as z from 'zod/mini'
import { DOCUMENT_KINDS, FORMATS, PILLARS } from './vocabulary'

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

/** A source: a URL from the fact sheet and, where it has one, the fact number (F12, J5). */
export const SourceSchema = z.object({
  url: z.url(),
  fact: z.optional(z.string().check(z.regex(/^[FJ]\d+$/, 'must look like F12 or J5'))),
})
export type Source = z.infer<typeof SourceSchema>
const Sources = z.array(SourceSchema).check(z.minLength(1, 'needs at least one source'))

export const PillarSchema = z.enum(PILLARS)
export type Pillar = z.infer<typeof PillarSchema>

export const FormatSchema = z.enum(FORMATS)
export type MeetingFormat = z.infer<typeof FormatSchema>

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
  name: LocalizedTextSchema,
  /** A short name for cards and the timeline, e.g. "Trieste 2021". */
  shortName: LocalizedTextSchema,
  headline: LocalizedTextSchema,
  documents: z.array(DocumentSchema),
  outcomes: z.array(FactSchema),
  facts: z.array(FactSchema),
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
  title: LocalizedTextSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0')),
  dataAsOf: IsoDate,
  licence: LocalizedTextSchema,
  sourcesNote: LocalizedTextSchema,
})
export type Meta = z.infer<typeof MetaSchema>

export const DatasetSchema = z.object({
  meta: MetaSchema,
  themes: z.array(ThemeSchema),
  meetings: z.array(MeetingSchema),
  topics: z.array(TopicSchema),
  context: z.array(ContextItemSchema),
})
export type Dataset = z.infer<typeof DatasetSchema>
