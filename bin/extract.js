#!/usr/bin/env node
import { runCli } from '../dist/bundle/cli.js';

runCli();
