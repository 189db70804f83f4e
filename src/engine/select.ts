import picomatch from "picomatch";

/**
 * Which files found in a folder are read: `--include` globs (any of them; all files when
 * none) minus `--exclude` globs, matched against the path relative to the folder argument
 * ("2019/*.pdf"); a glob without "/" also matches the file's name alone ("*.pdf").
 */
export function fileSelector(include: readonly string[], exclude: readonly string[]): (file: string) => boolean {
  const compile = (globs: readonly string[]): ((file: string) => boolean) | null => {
    if (globs.length === 0) return null;
    const paths = globs.filter((g) => g.includes("/"));
    const names = globs.filter((g) => !g.includes("/"));
    const byPath = paths.length ? picomatch(paths, { dot: true, nocase: true }) : null;
    const byName = names.length ? picomatch(names, { dot: true, nocase: true }) : null;
    return (file) => Boolean(byPath?.(file)) || Boolean(byName?.(file.split("/").pop() ?? file)) || Boolean(byName?.(file));
  };
  const included = compile(include);
  const excluded = compile(exclude);
  return (file) => (included === null || included(file)) && !(excluded !== null && excluded(file));
}
