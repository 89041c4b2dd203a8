// npm run bench: every benchmark in turn. Results are recorded in bench/README.md.
await import('./deadlines.js');
await import('./minutes-import.js');
await import('./minutes-corpus.js');
await import('./annual-report.js');
await import('./http.js');
await import('./work-plan-read.js');
await import('./work-plan-cpu.js');
await import('./sweep.js');
await import('./pipeline.js');
