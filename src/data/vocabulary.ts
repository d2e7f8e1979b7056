// The dataset's closed vocabularies, apart from the schema so that UI code can
// use them without pulling the validator (zod) into the first bundle.
export const PILLARS = ['digital-economy', 'digital-government'] as const
export const FORMATS = ['in-person', 'virtual', 'hybrid'] as const
export const DOCUMENT_KINDS = ['declaration', 'statement', 'annex', 'chairs-statement'] as const
