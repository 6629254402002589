/**
 * zod as the app uses it. Jitless: zod otherwise probes once whether it may compile parsers with
 * `new Function`; the site's Content-Security-Policy forbids that, and the browser reports the
 * probe as a violation even though zod catches it and parses without compiling anyway.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
