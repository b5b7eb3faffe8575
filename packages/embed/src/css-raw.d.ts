// `import css from './x.css?raw'`: the file's text (vite in tests, an esbuild plugin in the builds).
declare module '*.css?raw' {
  const text: string;
  export default text;
}
