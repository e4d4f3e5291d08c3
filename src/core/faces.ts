import type { Mood } from './moods.ts';

/** The folder a customer's pre-rendered faces live in: the same name always finds the same person. */
export function faceSlug(customer: string): string {
  return (
    customer
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'customer'
  );
}

export function facePath(customer: string, mood: Mood): string {
  return `faces/${faceSlug(customer)}/${mood}.svg`;
}
