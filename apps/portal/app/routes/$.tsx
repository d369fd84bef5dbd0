// Any address no other route knows: answered with a real 404 and the themed not-found page.
import { notFound } from '../lib/caravan.server.js';

export function loader(): never {
  notFound();
}

export default function CatchAll() {
  return null;
}
