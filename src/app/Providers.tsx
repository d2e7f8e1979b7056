import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { LangProvider } from '@/url/LangProvider'
import { createQueryClient } from './queryClient'

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient())
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>{children}</LangProvider>
    </QueryClientProvider>
  )
}
