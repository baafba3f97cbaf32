/** Appends `value` to the list `map` holds under `key`, starting it when there is none (in place: no copy per value, so building a map of n values stays linear). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The value `map` holds under `key`, made by `make` and kept the first time it is asked for. */
export function valueFor<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = make();
  map.set(key, value);
  return value;
}
