import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyUsage } from '../src/settings/key-usage.ts';

test('keyUsage: the bearer header and a curl line against this origin and workspace', () => {
  const usage = keyUsage({ origin: 'http://127.0.0.1:3000', workspaceId: 'default', apiKey: 'ptk_abc-_9' });
  assert.equal(usage.header, 'Authorization: Bearer ptk_abc-_9');
  assert.equal(
    usage.curl,
    'curl -H "Authorization: Bearer ptk_abc-_9" http://127.0.0.1:3000/api/v1/workspaces/default/overview',
  );
});

test('keyUsage: a workspace id is encoded in the path', () => {
  const usage = keyUsage({ origin: 'https://shop.example', workspaceId: 'a b', apiKey: 'k' });
  assert.equal(
    usage.curl,
    'curl -H "Authorization: Bearer k" https://shop.example/api/v1/workspaces/a%20b/overview',
  );
});
