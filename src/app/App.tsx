import type { QueryClient } from '@tanstack/react-query'
import { AppShell } from './AppShell'
import { Providers } from './Providers'

export function App({ client }: { client?: QueryClient }) {
  return (
    <Providers client={client}>
      <AppShell />
    </Providers>
  )
}
