import { describe, expect, it } from 'vitest'
import {
  makeActionList,
  makeAgreement,
  makeMeeting,
  makeTopic,
  makeUnagreedTopic,
  rawDataset,
} from '../../tests/fixtures/dataset'
import { DatasetError, formatPath, parseDataset } from './parseDataset'

function rejection(raw: unknown): DatasetError {
  try {
    parseDataset(raw)
  } catch (error) {
    if (error instanceof DatasetError) return error
    throw error
  }
  throw new Error('expected the dataset to be rejected')
}

describe('parseDataset', () => {
  it('accepts a valid dataset', () => {
    expect(parseDataset(rawDataset()).meetings).toHaveLength(2)
  })

  it('formats paths the way a person reads them', () => {
    expect(formatPath(['meetings', 2, 'startDate'])).toBe('meetings[2].startDate')
    expect(formatPath([])).toBe('')
  })

  const broken: [string, () => unknown, string][] = [
    [
      'a date that is not an ISO date',
      () => {
        const raw = rawDataset()
        ;(raw.meetings as { startDate: string }[])[1]!.startDate = '5 August 2021'
        return raw
      },
      'meetings[1].startDate',
    ],
    [
      'an unknown pillar',
      () => {
        const raw = rawDataset()
        ;(raw.topics as { pillar: string }[])[0]!.pillar = 'digital-society'
        return raw
      },
      'topics[0].pillar',
    ],
    ['a topic without sources', () => rawDataset({ topics: [makeTopic({ sources: [] })] }), 'topics[0].sources'],
    [
      'a topic pointing at a meeting that does not exist',
      () => rawDataset({ topics: [makeTopic({ meetingId: 'no-such-meeting' })] }),
      'topics[0].meetingId',
    ],
    [
      'a topic with an unknown theme',
      () => rawDataset({ topics: [makeTopic({ themes: ['digital-government', 'quantum'] })] }),
      'topics[0].themes[1]',
    ],
    [
      'a meeting that ends before it starts',
      () => rawDataset({ meetings: [makeMeeting({ startDate: '2017-04-07', endDate: '2017-04-06' })] }),
      'meetings[0].endDate',
    ],
    ['two topics with the same id', () => rawDataset({ topics: [makeTopic(), makeTopic()] }), 'topics[1].id'],
    [
      'a source that is not a URL',
      () => rawDataset({ topics: [makeTopic({ sources: [{ url: 'not a url', publisher: 'example-ministry' }] })] }),
      'topics[0].sources[0].url',
    ],
    [
      'a source whose publisher is not in the table',
      () =>
        rawDataset({
          topics: [
            makeTopic({
              sources: [
                { url: 'https://example.org/a', publisher: 'example-ministry' },
                { url: 'https://example.org/b', publisher: 'nobody' },
              ],
            }),
          ],
        }),
      'topics[0].sources[1].publisher',
    ],
    [
      'an agreement source whose publisher is not in the table',
      () =>
        rawDataset({
          topics: [
            makeTopic({
              agreement: [makeAgreement({ sources: [{ url: 'https://example.org/a', publisher: 'nobody' }] })],
            }),
          ],
        }),
      'topics[0].agreement[0].sources[0].publisher',
    ],
    [
      'a topic that does not say what was agreed (agreement missing, not null)',
      () => {
        const raw = rawDataset()
        delete (raw.topics as { agreement?: unknown }[])[1]!.agreement
        return raw
      },
      'topics[1].agreement',
    ],
    [
      'a meeting without its list of agreements',
      () => {
        const raw = rawDataset()
        delete (raw.meetings as { agreements?: unknown }[])[0]!.agreements
        return raw
      },
      'meetings[0].agreements',
    ],
    [
      'a topic with no agreement and no reason',
      () => rawDataset({ topics: [makeTopic(), makeUnagreedTopic({ agreementNote: undefined })] }),
      'topics[1].agreementNote',
    ],
    [
      'an agreement verb outside the vocabulary',
      () => {
        const raw = rawDataset()
        ;(raw.topics as { agreement: { verb: string }[] }[])[0]!.agreement[0]!.verb = 'pondered'
        return raw
      },
      'topics[0].agreement[0].verb',
    ],
    [
      'an empty agreement list (null says “none found”)',
      () => rawDataset({ topics: [makeTopic({ agreement: [] })] }),
      'topics[0].agreement',
    ],
    [
      'an action that points at a topic that does not exist',
      () =>
        rawDataset({
          meetings: [
            makeMeeting({
              actionList: makeActionList({ items: [{ ...makeActionList().items[1]!, topicId: 'no-such-topic' }] }),
            }),
          ],
        }),
      'meetings[0].actionList.items[0].topicId',
    ],
    ...[
      'javascript:alert(1)',
      'data:text/html,<script>x</script>',
      'file:///etc/passwd',
      'blob:https://example.org/1',
    ].map((url): [string, () => unknown, string] => [
      `a ${url.split(':')[0]}: source address`,
      () => rawDataset({ topics: [makeTopic({ sources: [{ url, publisher: 'example-ministry' }] })] }),
      'topics[0].sources[0].url',
    ]),
  ]

  it.each(broken)('rejects %s, naming the field', (_label, make, path) => {
    const error = rejection(make())
    expect(error.kind).toBe('schema')
    expect(error.path).toBe(path)
    expect(error.message).toContain(path)
  })

  it('says why a non-web source address is refused', () => {
    const raw = rawDataset({
      topics: [makeTopic({ sources: [{ url: 'javascript:alert(1)', publisher: 'example-ministry' }] })],
    })
    expect(rejection(raw).message).toMatch(/http or https/)
  })

  it('accepts a topic with no agreement when it gives the reason', () => {
    expect(parseDataset(rawDataset({ topics: [makeTopic(), makeUnagreedTopic()] })).topics[1]!.agreement).toBeNull()
  })

  it('rejects something that is not a dataset at all', () => {
    expect(rejection([]).message).toMatch(/schema/)
  })

  it('calls an empty dataset empty', () => {
    expect(rejection(rawDataset({ topics: [] })).kind).toBe('empty')
  })
})
