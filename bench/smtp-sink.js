// An SMTP server in a process of its own, for bench/pipeline.js: it accepts every message, counts
// them and their bytes, and keeps each Message-ID (to count the lost and the doubled). Started with
// fork(); answers { received, bytes } to the message 'stats', and the Message-IDs too to 'ids'. Prints nothing; sends its port.
import { SMTPServer } from 'smtp-server';

let received = 0;
let bytes = 0;
const ids = new Map();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 50 * 1024 * 1024,
  onData(stream, _session, callback) {
    let head = '';
    let size = 0;
    stream.on('data', (chunk) => {
      size += chunk.length;
      if (head.length < 8_192) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      received++;
      bytes += size;
      const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `(none ${received})`;
      ids.set(id, (ids.get(id) ?? 0) + 1);
      callback();
    });
  },
});
// A sender closing its pooled connections at the end resets them: nothing to count.
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
process.on('message', (message) => {
  // Counts are asked for every few milliseconds while a round runs; the Message-IDs once it is over.
  if (message === 'stats') process.send({ received, bytes });
  if (message === 'ids') process.send({ received, bytes, ids: Object.fromEntries(ids) });
  if (message === 'stop') server.close(() => process.exit(0));
});
