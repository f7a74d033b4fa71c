import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/model/article.ts';
import { listContentFiles, type CollectionName } from '../../../src/model/content-files.ts';
import { readContentFiles } from '../../../src/model/read-content.ts';
import { sourceSchema } from '../../../src/model/source.ts';
import { topicSchema } from '../../../src/model/topic.ts';

const FIXTURE = 'tests/fixtures/archive';
const SCHEMAS = { articles: articleSchema, versions: articleSchema, sources: sourceSchema, topics: topicSchema };

// The content loader stores the fields as the model's reader checked them, without Astro checking them a second time against the same schema: that is only right while a second check would change nothing.
describe('fields checked once', () => {
  for (const collection of ['articles', 'sources', 'topics'] as CollectionName[]) {
    it(`are what a second check of the ${collection} gives`, async () => {
      const { files } = await listContentFiles(FIXTURE, collection);
      expect(files.length).toBeGreaterThan(0);
      for await (const { entry, result } of readContentFiles(files)) {
        expect(result.problems, entry.file).toEqual([]);
        expect(SCHEMAS[collection].parse(result.data), entry.file).toEqual(result.data);
      }
    });
  }
});
