/** A URL- and file-safe id from a name: "Yoon Suk Yeol" → "yoon-suk-yeol". */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}
