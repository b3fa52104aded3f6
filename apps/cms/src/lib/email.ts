import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import nodemailer, { type Transport } from 'nodemailer';
import { env } from '../env';

/** Where mail goes when no SMTP server is configured: `$PASEO_DATA_DIR/mail` (default `.data/mail`). */
export const mailDir = () => path.join(env().PASEO_DATA_DIR, 'mail');

/**
 * A transport that writes each message as an .eml file (open it in any mail program, or read it as
 * text), so password resets work on a machine with no mail server.
 */
export function mailFolderTransport(folder: string): Transport<{ messageId: string; path: string }> {
  return {
    name: 'paseo-mail-folder',
    version: '1',
    send(mail, callback) {
      const messageId = mail.message.messageId();
      const file = path.join(
        folder,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^\w.-]/g, '')}.eml`,
      );
      mail.message.build((buildError, message) => {
        if (buildError) return callback(buildError, undefined as never);
        mkdir(folder, { recursive: true })
          .then(() => writeFile(file, message, { mode: 0o600 }))
          .then(() => callback(null, { messageId, path: file }))
          .catch((error: Error) => callback(error, undefined as never));
      });
    },
  };
}

/** `Name <address>` or a bare address. */
function parseFrom(from: string | undefined): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from ?? '');
  if (match) return { name: match[1] || 'Paseo', address: match[2] as string };
  return { name: 'Paseo CMS', address: from?.trim() || 'cms@paseo.localhost' };
}

/**
 * Payload's mail (password resets): over SMTP when SMTP_URL or SMTP_HOST is set, otherwise into
 * the mail folder. EMAIL_FROM sets the sender.
 */
export function emailAdapter() {
  const { EMAIL_FROM, SMTP_URL, SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS } = env();
  const { name, address } = parseFrom(EMAIL_FROM);
  const smtp = SMTP_URL
    ? nodemailer.createTransport(SMTP_URL)
    : SMTP_HOST
      ? nodemailer.createTransport({
          host: SMTP_HOST,
          port: SMTP_PORT,
          secure: SMTP_PORT === 465,
          ...(SMTP_USER ? { auth: { user: SMTP_USER, pass: SMTP_PASS ?? '' } } : {}),
        })
      : undefined;
  return nodemailerAdapter({
    defaultFromAddress: address,
    defaultFromName: name,
    transport: smtp ?? nodemailer.createTransport(mailFolderTransport(mailDir())),
    // An SMTP server is checked at start (a wrong password shows in the log); the folder needs no check.
    skipVerify: !smtp,
  });
}
