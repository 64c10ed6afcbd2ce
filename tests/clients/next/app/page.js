// A Server Component: decided on the server, rendered into the HTML.
import { canDelete } from "image-policy";
import ClientResult from "./client-result";
import { remove, world } from "./world";

export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <p id="server">server: {canDelete(world, remove).reasons[0].rule}</p>
      <ClientResult />
    </main>
  );
}
