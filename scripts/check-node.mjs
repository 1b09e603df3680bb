// Fails early, with a clear message, when npm scripts would run on a Node.js too old for Astro and vitest.
// The project pins Node 24 through its `node` devDependency, so `npm install` fixes this.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`This project needs Node.js 22.12 or newer (it pins Node 24 as a dev dependency); this is ${process.version}.`);
  console.error("Run `npm install` first, then use `npm run ...`/`npm test`, which put the pinned Node on PATH.");
  process.exit(1);
}
