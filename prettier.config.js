// The one formatter: TypeScript, JavaScript and JSON. .astro files are left as written, since their
// whitespace is the pages' own (see .prettierignore).
export default {
  printWidth: 120,
  singleQuote: true,
};
