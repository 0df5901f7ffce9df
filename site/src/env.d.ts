declare namespace App {
  interface Locals {
    /** The draft shown by a /preview/ request (src/middleware.ts). */
    preview?: import('./lib/preview').Preview
  }
}
