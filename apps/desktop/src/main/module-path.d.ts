// electron-vite's `?modulePath` import: the file is bundled on its own and its built path is the default export.
declare module '*?modulePath' {
  const path: string;
  export default path;
}
