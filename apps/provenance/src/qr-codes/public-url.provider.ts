import { Provider } from '@nestjs/common';
import { publicUrlOf } from '#tamga/platform';

/** Injection token of the base URL printed in QR codes (TAMGA_PUBLIC_URL, see publicUrlOf). */
export const PUBLIC_URL = Symbol('PUBLIC_URL');

/** Read once when the service starts, so a bad TAMGA_PUBLIC_URL stops the start instead of failing each request. */
export const publicUrlProvider: Provider = { provide: PUBLIC_URL, useFactory: () => publicUrlOf() };
