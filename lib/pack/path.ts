/** A place in a JSON document: keys and array indices from the root. */
export type JsonPath = readonly (string | number)[];

/**
 * The place in the words an admin reads in an editor: `templates[3].body`, `profile.channels.ppid`.
 * Keys that are not plain identifiers are quoted (`rules.settings["kata-baku"]`). The root is ''.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}
