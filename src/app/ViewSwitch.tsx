import { Suspense } from 'react'
import { lazyWithRetry } from '@/components/lazyWithRetry'
import { LoadingState } from '@/components/LoadingState'
import { TopicsView } from '@/features/topics/TopicsView'
import { useViewField } from '@/url/useViewState'
import { ViewLive } from './appLive'
import { KeepPrerendered } from './KeepPrerendered'
import { OverviewView } from './OverviewView'

// Only the first view ships in the initial bundle; the others load on demand (and load again on Retry).
const TimelineView = lazyWithRetry(
  () => import('@/features/timeline/TimelineView'),
  (m) => m.TimelineView,
)
const MeetingDetail = lazyWithRetry(
  () => import('@/features/timeline/MeetingDetail'),
  (m) => m.MeetingDetail,
)
const ThemesView = lazyWithRetry(
  () => import('@/features/insights/ThemesView'),
  (m) => m.ThemesView,
)
const ThemePage = lazyWithRetry(
  () => import('@/features/insights/ThemePage'),
  (m) => m.ThemePage,
)
const CompareView = lazyWithRetry(
  () => import('@/features/compare/CompareView'),
  (m) => m.CompareView,
)

export function ViewSwitch() {
  const view = useViewField('view')
  const meeting = useViewField('meeting')
  const theme = useViewField('theme')
  return (
    <Suspense fallback={<LoadingState />}>
      <KeepPrerendered>
        {meeting !== null ? (
          <MeetingDetail meetingId={meeting} />
        ) : theme !== null ? (
          <ThemePage themeId={theme} />
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
        {/* In the same boundary as the view: its effect runs once the view has hydrated or rendered. */}
        <ViewLive />
      </KeepPrerendered>
    </Suspense>
  )
}
