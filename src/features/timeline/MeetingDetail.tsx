export function MeetingDetail({ meetingId }: { meetingId: string }) {
  return <h2 className="text-xl font-bold">{meetingId}</h2>
}
