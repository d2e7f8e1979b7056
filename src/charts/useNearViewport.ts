import { useEffect, useState, type RefObject } from 'react'

/** True once the element comes within `rootMargin` of the viewport (and stays true). */
export function useNearViewport(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  // False at first everywhere, so a prerendered page (no IntersectionObserver at build time) and the
  // browser render the same placeholder; without IntersectionObserver (very old browsers) it loads at once.
  const [isNear, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (isNear || !element) return
    if (typeof IntersectionObserver === 'undefined') {
      const id = setTimeout(() => setNear(true))
      return () => clearTimeout(id)
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true)
          observer.disconnect()
        }
      },
      { rootMargin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, rootMargin, isNear])
  return isNear
}
