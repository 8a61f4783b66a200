import { BLOCKS_MAX_DEPTH, BLOCKS_MAX_TEXT } from './boundaries';

/**
 * The shape of Strapi's blocks editor content, checked before Strapi's own validator sees it:
 * that one answers in English, crashes (500) on `null` nodes, and a string in place of the list is
 * silently saved as empty. Returns why the value is no blocks content, or null when it is.
 */
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const TEXT_MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'];
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);

interface Budget {
  text: number;
}

const textLeaf = (node: Node, budget: Budget): string | null => {
  if (typeof node.text !== 'string') return 'ein Textstück ohne Text';
  if (TEXT_MARKS.some((mark) => mark in node && typeof node[mark] !== 'boolean')) return 'eine Auszeichnung, die nicht true oder false ist';
  budget.text -= node.text.length;
  return budget.text < 0 ? `mehr als ${BLOCKS_MAX_TEXT.toLocaleString('de-DE')} Zeichen Text` : null;
};

const linkTarget = (url: unknown) => {
  if (typeof url !== 'string') return false;
  try {
    return LINK_PROTOCOLS.has(new URL(url.startsWith('/') ? `https://example.org${url}` : url).protocol);
  } catch {
    return false;
  }
};

const children = (node: Node, check: (child: unknown) => string | null, atLeastOne: boolean): string | null => {
  if (!Array.isArray(node.children)) return `einen Block „${String(node.type)}“ ohne Inhalt (children)`;
  if (atLeastOne && node.children.length === 0) return `einen leeren Block „${String(node.type)}“`;
  for (const child of node.children) {
    const problem = check(child);
    if (problem) return problem;
  }
  return null;
};

const inline = (budget: Budget) => (value: unknown): string | null => {
  if (!isNode(value)) return 'einen Inhalt, der kein Textstück ist';
  if (value.type === 'text') return textLeaf(value, budget);
  if (value.type === 'link') {
    if (!linkTarget(value.url)) return 'einen Link ohne gültige Adresse';
    return children(value, (child) => (isNode(child) && child.type === 'text' ? textLeaf(child, budget) : 'einen Link mit anderem Inhalt als Text'), false);
  }
  return `ein unbekanntes Textelement „${String(value.type).slice(0, 40)}“`;
};

const listChild = (value: unknown, budget: Budget, depth: number): string | null => {
  if (isNode(value) && value.type === 'list-item') return children(value, inline(budget), false);
  if (isNode(value) && value.type === 'list') return block(value, budget, depth + 1);
  return 'eine Liste mit anderem Inhalt als Listeneinträgen';
};

const block = (value: unknown, budget: Budget, depth: number): string | null => {
  if (depth > BLOCKS_MAX_DEPTH) return `Listen tiefer als ${BLOCKS_MAX_DEPTH} Ebenen`;
  if (!isNode(value)) return 'einen Eintrag, der kein Block ist';
  switch (value.type) {
    case 'paragraph':
    case 'quote':
      return children(value, inline(budget), true);
    case 'heading':
      if (![1, 2, 3, 4, 5, 6].includes(value.level as number)) return 'eine Überschrift ohne Ebene 1 bis 6';
      return children(value, inline(budget), true);
    case 'code':
      return children(value, (child) => (isNode(child) && child.type === 'text' ? textLeaf(child, budget) : 'Code mit anderem Inhalt als Text'), true);
    case 'list':
      if (value.format !== 'ordered' && value.format !== 'unordered') return 'eine Liste ohne Art (ordered oder unordered)';
      return children(value, (child) => listChild(child, budget, depth), true);
    case 'image':
      if (!isNode(value.image) || typeof value.image.url !== 'string') return 'ein Bild ohne Bilddatei';
      return children(value, inline(budget), false);
    default:
      return `einen unbekannten Blocktyp „${String(value.type).slice(0, 40)}“`;
  }
};

export const blocksProblem = (value: unknown): string | null => {
  if (!Array.isArray(value)) return 'ist kein Text aus Blöcken (Absätze, Überschriften, Listen, Zitate)';
  const budget = { text: BLOCKS_MAX_TEXT };
  for (const item of value) {
    const problem = block(item, budget, 1);
    if (problem) return `enthält ${problem}`;
  }
  return null;
};
