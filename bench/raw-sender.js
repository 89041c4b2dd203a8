// Raw pooled nodemailer in a process of its own, for bench/pipeline.js: the reference the pipeline is
// measured against. Pooled as MailService is (5 connections, no limit of messages per connection).
// To { url, count, bytes } it sends `count` messages of about `bytes` each, all at once, and answers
// { seconds } once the server has accepted every one.
import nodemailer from 'nodemailer';

process.send('ready');
process.on('message', async (message) => {
  if (message === 'stop') process.exit(0);
  const { url, count, bytes, round } = message;
  const transport = nodemailer.createTransport({ url, pool: true, maxConnections: 5, maxMessages: Infinity });
  // Headers take about 600 bytes; the rest is a text and an HTML part of the same words.
  const words = 'The committee asked for the quarterly figures by ward. '.repeat(Math.max(1, Math.round((bytes - 600) / 2 / 56)));
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      transport.sendMail({ from: 'Scrutineer <scrutineer@bench.example.org>', to: 'inspector@police.example.org', subject: `Raw ${i}`, messageId: `<raw.${round}.${i}@bench.example.org>`, text: words, html: `<p>${words}</p>` }),
    ),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  transport.close();
  process.send({ seconds });
});
