export function ThemesView() {
  return <h2 className="text-xl font-bold">Themes</h2>
}
