"use client";
// A client component: rendered on the server first, then in the browser.
import { canDelete } from "image-policy";
import { useEffect, useState } from "react";
import { remove, world } from "./world";

export default function ClientResult() {
  const [where, setWhere] = useState("server");
  useEffect(() => setWhere("browser"), []);
  return <p id="result">result ({where}): {canDelete(world, remove).reasons[0].rule}</p>;
}
