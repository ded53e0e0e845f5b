#!/usr/bin/env node
// The executable. A committed file, so that package managers can link it before the first build.
import '../dist/cli.js'
