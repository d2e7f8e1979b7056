import { createParser, useQueryStates, type Options } from 'nuqs'
import { FIELDS, type Field, type ViewState } from './urlState'

function parser<T>(field: Field<T>) {
  return createParser({ parse: field.parse, serialize: field.serialize })
}

function listParser<T>(field: Field<T[]>) {
  return createParser({
    parse: field.parse,
    serialize: field.serialize,
    eq: (a: T[], b: T[]) => a.length === b.length && a.every((v, i) => v === b[i]),
  })
}

/** The nuqs parsers for every key of ViewState, built from the same pure fields. */
export const viewStateParsers = {
  view: parser(FIELDS.view).withDefault('overview'),
  pillar: parser(FIELDS.pillar).withDefault('all'),
  years: listParser(FIELDS.years).withDefault([]),
  meetings: listParser(FIELDS.meetings).withDefault([]),
  themes: listParser(FIELDS.themes).withDefault([]),
  q: parser(FIELDS.q).withDefault(''),
  topic: parser(FIELDS.topic),
  meeting: parser(FIELDS.meeting),
  slide: parser(FIELDS.slide),
  lang: parser(FIELDS.lang),
}

export type SetViewState = (patch: Partial<ViewState>, options?: Options) => Promise<URLSearchParams>

/**
 * The view as it stands in the URL. Changes push a history entry, so Back
 * restores the previous view; pass `{ history: 'replace' }` for keystrokes.
 */
export function useViewState(): [ViewState, SetViewState] {
  const [state, setState] = useQueryStates(viewStateParsers, { history: 'push' })
  return [state, setState]
}
