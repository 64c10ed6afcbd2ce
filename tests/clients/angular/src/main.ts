// Angular, the CLI's defaults: a plain import of the package in a component.
import { Component } from "@angular/core";
import { bootstrapApplication } from "@angular/platform-browser";
import { canDelete, type State } from "image-policy";

const world: State = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};

@Component({
  selector: "app-root",
  template: `<p id="result">result: {{ rule }}</p>`,
})
class App {
  rule = canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule;
}

bootstrapApplication(App).catch((error) => console.error(error));
