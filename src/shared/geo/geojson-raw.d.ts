/** Vite (and so Vitest) imports any file as text with `?raw`: how the tests read the shipped boundaries without Node. */
declare module '*.geojson?raw' {
  const text: string;
  export default text;
}
