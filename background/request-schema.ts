/** Runtime validation of what the background receives: the receiving end of `messaging/protocol.ts`. */
import { z } from 'zod';
import { MAX_ARTICLE_CHARS, MAX_BATCH, type BackgroundRequest } from '../messaging/protocol';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'not a card id')
  .max(120);

export const backgroundRequest = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('screen-article'),
    text: z.string().max(MAX_ARTICLE_CHARS, `article text over ${MAX_ARTICLE_CHARS} characters`),
    title: z.string().max(2000).nullable(),
    load: z.literal('annotator').optional(),
  }),
  z.strictObject({
    type: z.literal('read-speakers'),
    text: z.string().max(MAX_ARTICLE_CHARS, `article text over ${MAX_ARTICLE_CHARS} characters`),
  }),
  z.strictObject({
    type: z.literal('read-enforcement'),
    text: z.string().max(MAX_ARTICLE_CHARS, `article text over ${MAX_ARTICLE_CHARS} characters`),
    title: z.string().max(2000).nullable(),
  }),
  z.strictObject({ type: z.literal('get-cards'), ids: z.array(id).min(1).max(MAX_BATCH) }),
  z.strictObject({ type: z.literal('load-script'), script: z.enum(['annotator', 'overlay-ui']) }),
]) satisfies z.ZodType<BackgroundRequest>;
