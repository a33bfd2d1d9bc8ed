import { z } from 'zod';
import { epochMsSchema, idSchema, platformIdSchema } from './common';
import { TEMPLATE_CATEGORIES } from './template-categories';

export { TEMPLATE_CATEGORIES, type TemplateCategory } from './template-categories';
export const templateCategorySchema = z.enum(TEMPLATE_CATEGORIES);

/**
 * `/shortcut` typed in a reply box: after the slash, 1–30 lower-case letters and digits in words
 * joined by single dashes ("/jam-layanan"; not "/jam-", "/-a" or "/a--b").
 */
export const shortcutSchema = z
  .string()
  .max(31)
  .regex(/^\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'shortcut');

export const templateSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(120),
  body: z.string().min(1).max(5000),
  category: templateCategorySchema,
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
  /** Empty means every platform. */
  platforms: z.array(platformIdSchema).max(3).refine((ps) => new Set(ps).size === ps.length, 'duplicate platform'),
  shortcut: shortcutSchema.optional(),
  language: z.enum(['id', 'en']),
  favorite: z.boolean(),
  usageCount: z.number().int().nonnegative(),
  lastUsedAt: epochMsSchema.optional(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  /** Set for templates that came from the starter pack, so an update can tell them apart. */
  starterId: z.string().max(60).optional(),
});
export type Template = z.infer<typeof templateSchema>;
