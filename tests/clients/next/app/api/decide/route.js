// A route handler: the package in a server bundle.
import { canDelete } from "image-policy";
import { remove, world } from "../../world";

export function GET() {
  return Response.json({ rule: canDelete(world, remove).reasons[0].rule });
}
