/** Vite's `?url` import: the URL the build serves the file at (from the app itself, never a CDN). */
declare module '*.wasm?url' {
  const url: string;
  export default url;
}
