// Built-in example worlds, one per profile. Alice owns most custom images;
// Bob and Carol are other accounts (sharees).
export const ACCOUNTS = ["alice", "bob", "carol"];

export const WORLDS = {
  aliyun: {
    provider: "aliyun",
    images: [
      { id: "m-centos", name: "CentOS_7.9", kind: "public", region: "cn-hangzhou", status: "available" },
      { id: "m-lamp", name: "LAMP-stack", kind: "marketplace", region: "cn-hangzhou", status: "available" },
      { id: "m-web", name: "web-server", description: "nginx and the site", kind: "custom", ownerId: "alice",
        region: "cn-hangzhou", status: "available", sharedWith: ["bob", "carol"], snapshotIds: ["s-web"] },
      { id: "m-db", name: "database", kind: "custom", ownerId: "alice", region: "cn-hangzhou", status: "available",
        snapshotIds: ["s-db"] },
      { id: "m-shop", name: "shop-from-market", kind: "custom", ownerId: "alice", region: "cn-hangzhou",
        status: "available", marketplaceBased: true },
      { id: "m-web-bj", name: "web-server", kind: "custom", ownerId: "alice", region: "cn-beijing",
        status: "available", copiedFrom: "m-web" },
      { id: "m-bob", name: "bob-tools", kind: "custom", ownerId: "bob", region: "cn-hangzhou", status: "available",
        sharedWith: ["alice"] },
      { id: "m-db-sh", name: "database", kind: "custom", ownerId: "alice", region: "cn-shanghai", status: "creating",
        copiedFrom: "m-db", task: "copying" },
      { id: "m-report", name: "report-export", kind: "custom", ownerId: "alice", region: "cn-hangzhou",
        status: "available", task: "exporting" },
      { id: "m-legacy", name: "legacy-app", kind: "custom", ownerId: "alice", region: "cn-hangzhou", status: "deprecated" },
      { id: "m-vault", name: "vault", kind: "custom", ownerId: "alice", region: "cn-hangzhou", status: "available",
        encrypted: true },
    ],
    instances: [
      { id: "i-alice-db", ownerId: "alice", region: "cn-hangzhou", imageId: "m-db" },
      { id: "i-alice-base", ownerId: "alice", region: "cn-hangzhou", imageId: "m-centos" },
      { id: "i-bob-web", ownerId: "bob", region: "cn-hangzhou", imageId: "m-web" },
    ],
    snapshots: [
      { id: "s-web", ownerId: "alice", region: "cn-hangzhou" },
      { id: "s-db", ownerId: "alice", region: "cn-hangzhou" },
    ],
  },
  jdcloud: {
    provider: "jdcloud",
    images: [
      { id: "img-centos", name: "CentOS_7_9", kind: "public", region: "cn-north-1", status: "available" },
      { id: "img-web", name: "web-server", kind: "custom", ownerId: "alice", region: "cn-north-1",
        status: "available", sharedWith: ["bob"], snapshotIds: ["snap-web", "snap-shared"] },
      { id: "img-local", name: "local-disk", kind: "custom", ownerId: "alice", region: "cn-north-1",
        status: "available", systemDisk: "local", sourceInstanceId: "i-alice-base" },
      { id: "img-new", name: "still-creating", kind: "custom", ownerId: "alice", region: "cn-north-1",
        status: "creating" },
      { id: "img-db", name: "database", kind: "custom", ownerId: "alice", region: "cn-north-1",
        status: "available", snapshotIds: ["snap-db", "snap-busy"] },
      { id: "img-db-2", name: "database-v2", kind: "custom", ownerId: "alice", region: "cn-north-1",
        status: "error", snapshotIds: ["snap-db"] },
      { id: "img-upload", name: "uploaded", kind: "custom", ownerId: "alice", region: "cn-north-1",
        status: "available", task: "importing" },
      { id: "img-vault", name: "vault", kind: "custom", ownerId: "alice", region: "cn-north-1", status: "available",
        encrypted: true },
    ],
    instances: [
      { id: "i-alice-base", ownerId: "alice", region: "cn-north-1", imageId: "img-centos" },
      { id: "i-alice-db", ownerId: "alice", region: "cn-north-1", imageId: "img-db" },
      { id: "i-bob-web", ownerId: "bob", region: "cn-north-1", imageId: "img-web" },
    ],
    snapshots: [
      { id: "snap-web", ownerId: "alice", region: "cn-north-1" },
      { id: "snap-shared", ownerId: "alice", region: "cn-north-1", shared: true },
      { id: "snap-db", ownerId: "alice", region: "cn-north-1" },
      { id: "snap-busy", ownerId: "alice", region: "cn-north-1", busy: true },
    ],
  },
};
