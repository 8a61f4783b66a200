import { slugify } from '@verbund/domain';

/**
 * Hands out slugs unique within one content type: repeated titles are normal (the same
 * course by several providers), so later ones get "-2", "-3", ….
 */
export class SlugRegistry {
  private readonly used = new Set<string>();
  // where to resume counting for a base, so that a title repeated thousands of times at a
  // large scale does not probe every earlier suffix again
  private readonly nextSuffix = new Map<string, number>();

  claim(text: string): string {
    const base = slugify(text) || 'eintrag';
    let slug = base;
    let counter = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(slug)) slug = `${base}-${counter++}`;
    this.nextSuffix.set(base, counter);
    this.used.add(slug);
    return slug;
  }
}
