import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  buildPolicy,
  findInlineCode,
  hashSource,
  insertPolicy,
  mergeInlineCode,
} from './content-security-policy.ts';

const page = `<!doctype html><html><head><meta charset="utf-8"><title>x</title>
<script>window.a = 1;</script>
<script type="module">import('/x.js');</script>
<script type="module" src="/_astro/app.js"></script>
<script type="application/json">{"not":"code"}</script>
<style>body{color:red}</style>
</head><body><p style="--depth: 1;">a &amp; b</p><span style="color:&quot;x&quot;"></span>
<template><style>.inside{}</style></template></body></html>`;

test('finds the inline code the browser would run or apply, and nothing else', () => {
  expect(findInlineCode(page)).toEqual({
    scripts: ['window.a = 1;', "import('/x.js');"],
    styles: ['body{color:red}', '.inside{}'],
    styleAttributes: ['--depth: 1;', 'color:"x"'],
  });
});

test('hashes inline code as browsers do: SHA-256 of its UTF-8 text, base64', () => {
  const expected = createHash('sha256').update('window.a = 1;').digest('base64');
  expect(hashSource('window.a = 1;')).toBe(`'sha256-${expected}'`);
  expect(hashSource('¿Qué?')).toBe(
    `'sha256-${createHash('sha256').update(Buffer.from('¿Qué?', 'utf8')).digest('base64')}'`,
  );
});

test('allows only the site itself and the hashed inline code', () => {
  const policy = buildPolicy(findInlineCode(page), 'meta');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+' 'sha256-[^']+'(;|$)/);
  expect(policy).toContain("style-src-attr 'unsafe-hashes' ");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toContain('frame-ancestors');
  expect(buildPolicy(findInlineCode(page), 'header')).toContain("frame-ancestors 'none'");
});

test('forbids style attributes outright when a page has none', () => {
  expect(buildPolicy({ scripts: [], styles: [], styleAttributes: [] }, 'meta')).toContain(
    "style-src-attr 'none'",
  );
});

test('lists each hash once, whatever the number of pages', () => {
  const one = findInlineCode(page);
  for (const directive of buildPolicy(mergeInlineCode([one, one]), 'header').split('; ')) {
    const sources = directive.split(' ').slice(1);
    expect(sources, directive).toEqual([...new Set(sources)]);
  }
  expect(buildPolicy(mergeInlineCode([one, one]), 'meta')).toBe(buildPolicy(one, 'meta'));
});

test('puts the policy first in the head, after the charset', () => {
  const html = insertPolicy(page, "default-src 'none'");
  expect(html).toContain(
    `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>`,
  );
  expect(() => insertPolicy(html, 'again')).toThrow(/already/);
  expect(() => insertPolicy('<p>no head</p>', 'x')).toThrow(/No <head>/);
});

test('puts the referrer policy right after the Content-Security-Policy when given one', () => {
  const html = insertPolicy(page, "default-src 'none'", 'strict-origin-when-cross-origin');
  expect(html).toContain(
    `content="default-src 'none'"><meta name="referrer" content="strict-origin-when-cross-origin"><title>`,
  );
  expect(() => insertPolicy(html.replace(/<meta http-equiv[^>]*>/, ''), 'x', 'no-referrer')).toThrow(
    /referrer/,
  );
});
