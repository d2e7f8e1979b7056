/** Dispatched on window to open the outline editor from anywhere in the briefing (the share panel). */
export const OPEN_EDITOR_EVENT = 'g20dm:buildbriefing'
