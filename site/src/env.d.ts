declare namespace App {
  interface Locals {
    /** The draft shown by the admin's preview (pages/vorschau); unset on every public page. */
    preview?: Record<string, unknown>;
  }
}
