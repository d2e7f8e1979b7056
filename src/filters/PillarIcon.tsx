import type { Pillar } from '@/data/schema'

/**
 * A shape per pillar so the pillar never depends on colour alone: rising bars
 * for the digital economy, a columned building for digital government.
 * Decorative: always shown beside the pillar's name.
 */
export function PillarIcon({ pillar, className = 'size-4' }: { pillar: Pillar; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={className} fill="currentColor">
      {pillar === 'digital-economy' ? (
        <path d="M2 14h12v1.5H2zM3 9h2.5v4H3zm3.75-3h2.5v7h-2.5zM10.5 2H13v11h-2.5z" />
      ) : (
        <path d="M8 1 1.5 4.5V6h13V4.5zM2.5 7h2v5.5h-2zm4.5 0h2v5.5H7zm4.5 0h2v5.5h-2zM1.5 13.5h13V15h-13z" />
      )}
    </svg>
  )
}
