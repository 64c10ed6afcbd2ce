import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The template's configuration: nothing for image-policy.
export default defineConfig({ plugins: [react()] });
