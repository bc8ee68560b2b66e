#!/usr/bin/env node
require('../dist/cli/vipa-check.js');
