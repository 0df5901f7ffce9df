/**
 * Places (safe spaces and third-party reporting centres) need a real address and postcode, and
 * neither FACTS.md nor the initiative's page gives one for any place in Walsall. Inventing one
 * would send people in need to the wrong door, so none is seeded until the client supplies them.
 * Remote services (True Vision, Stop Hate UK, Crimestoppers, Victim Support) are not places: they
 * appear in the resources instead.
 */
import { report, type SeedContext } from './context'

export async function seedPlaces(ctx: SeedContext) {
  ctx.tally('places').skipped = 'none seeded: no verified Walsall addresses yet'
  report(ctx, 'places')
}
