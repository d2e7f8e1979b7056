import { describe, expect, it } from 'vitest'
import {
  archiveSources,
  makeActionList,
  makeMeeting,
  makeTopic,
  pressSources,
} from '../../../../tests/fixtures/dataset'
import { actionEntries, numberMeetingSources } from './meetingHandoutSources'

const official = { url: 'https://example.org/source', publisher: 'example-ministry' }

describe('numberMeetingSources', () => {
  it('numbers each address once, in the order the handout first cites it, and refers back to that number', () => {
    const meeting = makeMeeting({
      agreements: [{ verb: 'adopted', text: { en: 'Adopted it.' }, sources: pressSources }],
      documents: [{ id: 'd', kind: 'declaration', title: { en: 'Declaration' }, sources: [official, ...pressSources] }],
      facts: [{ text: { en: 'It met.' }, sources: archiveSources }],
      sources: [official],
    })
    const topic = makeTopic({ sources: [official], agreement: null, agreementNote: { en: 'None found.' } })
    const { sources, refs } = numberMeetingSources(meeting, [topic])
    expect(sources.map((s) => s.url)).toEqual([pressSources[0]!.url, official.url, archiveSources[0]!.url])
    expect(refs(meeting.documents[0]!.sources)).toBe('[1] [2]')
    expect(refs(meeting.facts[0]!.sources)).toBe('[3]')
    expect(refs([])).toBe('')
  })

  it('cites what was agreed on a topic, not the topic’s own sources, when something was agreed', () => {
    const unused = { url: 'https://example.org/background', publisher: 'example-ministry' }
    const agreed = makeTopic({
      sources: [unused],
      agreement: [{ verb: 'adopted', text: { en: 'Adopted it.' }, sources: archiveSources }],
    })
    const urls = numberMeetingSources(makeMeeting(), [agreed]).sources.map((s) => s.url)
    expect(urls).toContain(archiveSources[0]!.url)
    expect(urls).not.toContain(unused.url)
  })
})

describe('actionEntries', () => {
  it('keeps a committed action on its own and runs the uncommitted ones named by one source together, in order', () => {
    const [committed, uncommitted] = makeActionList().items
    const second = { ...uncommitted!, number: 3, name: { en: 'Agile regulation' } }
    const otherSource = { ...uncommitted!, number: 4, nameSource: { en: 'Another ministry' } }
    const entries = actionEntries([committed!, uncommitted!, second, otherSource])
    expect(entries.map((e) => (e.kind === 'committed' ? [e.item.number] : e.items.map((i) => i.number)))).toEqual([
      [1],
      [2, 3],
      [4],
    ])
    expect(entries.map((e) => e.kind)).toEqual(['committed', 'uncommitted', 'uncommitted'])
  })
})
