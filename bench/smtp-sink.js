// An SMTP server in a process of its own, for bench/pipeline.js and bench/national.js: it accepts every
// message, counts them and their bytes, and keeps each Message-ID and each (Message-ID, recipient) pair
// (to count the lost and the doubled). Started with fork(); answers { received, bytes } to the message
// 'stats', the Message-IDs too to 'ids', and the pairs, as "<id> <address>", to 'pairs'. Prints
// nothing; sends its port.
import { SMTPServer } from 'smtp-server';

let received = 0;
let bytes = 0;
const ids = new Map();
const pairs = new Map();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 50 * 1024 * 1024,
  onData(stream, session, callback) {
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
      for (const { address } of session.envelope.rcptTo) {
        const pair = `${id} ${address.toLowerCase()}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
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
  if (message === 'pairs') process.send({ received, bytes, pairs: Object.fromEntries(pairs) });
  if (message === 'stop') server.close(() => process.exit(0));
});
