export function TimelineView() {
  return <h2 className="text-xl font-bold">Timeline</h2>
}
