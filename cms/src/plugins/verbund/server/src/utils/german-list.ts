/** Joins items the German way: "A", "A und B", "A, B und C". */
export const germanList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`);
