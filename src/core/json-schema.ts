import { z } from 'zod';
import { SitrepDocumentSchema } from './schema.js';

/** The JSON Schema (draft 2020-12) of one extracted document, generated from the zod contract. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://sitrep.invalid/schema/sitrep-document.schema.json',
    title: 'sitrep document',
    ...z.toJSONSchema(SitrepDocumentSchema, { target: 'draft-2020-12' }),
  };
}
