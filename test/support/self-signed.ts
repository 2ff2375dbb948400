/**
 * A throwaway self-signed certificate for loopback HTTPS servers in tests,
 * valid for 127.0.0.1 and localhost for one day. Chromium tests ignore
 * certificate errors; Node clients trust it through NODE_EXTRA_CA_CERTS.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SelfSignedCert {
  readonly key: Buffer;
  readonly cert: Buffer;
  /** The certificate's PEM file, to trust it in a child process. */
  readonly certPath: string;
}

export function selfSignedCert(dir: string): SelfSignedCert {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=notrain-test',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-days',
      '1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), certPath };
}
