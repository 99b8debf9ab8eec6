// The real host (dist/host/main.js), loaded ahead and started on a line on stdin: parsing its 3 MB
// bundle takes seconds on a busy machine, so the campaign loads the next host while the current
// one is being killed and checked, and the next starts on the database only after the checks.
const host = require(process.argv[2]);
process.stdout.write('loaded\n');
process.stdin.once('data', () => {
  host.startBrowserMode(host.parseArgs(process.argv.slice(3))).catch((e) => {
    console.error('Tatbiq could not start:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
});
