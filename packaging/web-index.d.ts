export * from "./image_policy.js";
