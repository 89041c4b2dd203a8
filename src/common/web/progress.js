// Follows a job's progress on a page: each element with data-progress-url has its <progress> bar and
// text updated from the JSON there ({ status, progress }) until the job is done, then the page reloads
// to show the result. Without JavaScript, the page says to reload it.
const WORKING = new Set(['queued', 'compiling']);

for (const box of document.querySelectorAll('[data-progress-url]')) {
  const bar = box.querySelector('progress');
  const text = box.querySelector('[data-progress-text]');
  const follow = async () => {
    try {
      const answer = await fetch(box.dataset.progressUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (answer.ok) {
        const { status, progress } = await answer.json();
        bar.value = progress;
        bar.textContent = `${progress}%`;
        text.textContent = `${progress}% done.`;
        if (!WORKING.has(status)) return window.location.reload();
      }
    } catch {
      // The network blinked: try again at the next turn.
    }
    setTimeout(follow, 1000);
  };
  setTimeout(follow, 500);
}
