import { lazy, Suspense } from 'react'
import { LoadingState } from '@/components/LoadingState'
import { TopicsView } from '@/features/topics/TopicsView'
import { useViewField } from '@/url/useViewState'
import { OverviewView } from './OverviewView'

// Only the first view ships in the initial bundle; the others load on demand.
const TimelineView = lazy(() => import('@/features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })))
const MeetingDetail = lazy(() =>
  import('@/features/timeline/MeetingDetail').then((m) => ({ default: m.MeetingDetail })),
)
const CompareView = lazy(() => import('@/features/compare/CompareView').then((m) => ({ default: m.CompareView })))
const ThemesView = lazy(() => import('@/features/insights/ThemesView').then((m) => ({ default: m.ThemesView })))

export function ViewSwitch() {
  const view = useViewField('view')
  const meeting = useViewField('meeting')
  return (
    <Suspense fallback={<LoadingState />}>
      {meeting !== null ? (
        <MeetingDetail meetingId={meeting} />
      ) : view === 'timeline' ? (
        <TimelineView />
      ) : view === 'themes' ? (
        <ThemesView />
      ) : view === 'compare' ? (
        <CompareView />
      ) : view === 'topics' ? (
        <TopicsView />
      ) : (
        <OverviewView />
      )}
    </Suspense>
  )
}
