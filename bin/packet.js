#!/usr/bin/env node
// The bundled CLI (scripts/bundle.mjs), made by `npm run build`.
import '../dist/bundle/packet.js';
