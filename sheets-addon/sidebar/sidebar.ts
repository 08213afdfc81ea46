/**
 * The Sheets sidebar's script, inlined into Sidebar.html by the build: the shared panel from
 * core/panel, mounted on the page's one mount point with a Host that talks to the server
 * functions in sheets-addon/host through google.script.run. The panel styles itself (with its
 * Google look for kind 'sheets'); sidebar.css only sets up the page around it.
 */
import './sidebar.css';
import { mountPanel } from '../../core/panel';
import type { ServerFunctionName } from '../host/serverApi';
import { createScriptRunHost, type ScriptRun } from './scriptRunHost';

declare const google: { script: { run: ScriptRun } };
/** Written in by the build (sheets-addon/build/sidebarHtml.mjs) from the built server's sidebarServer. */
declare const TRACKLIGHT_SERVER_FUNCTIONS: readonly ServerFunctionName[];

const root = document.getElementById('app');
if (root) void mountPanel(root, createScriptRunHost(google.script.run, TRACKLIGHT_SERVER_FUNCTIONS));
