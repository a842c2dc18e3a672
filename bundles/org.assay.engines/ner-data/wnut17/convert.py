#!/usr/bin/env python3
"""WNUT-17 Emerging Entities -> word<TAB>tag BIO with PER, ORG and LOC only.

Input: a checkout of leondz/emerging_entities_17 (or a folder holding its three files).
Mapping: person -> PER, location -> LOC, corporation and group -> ORG (WNUT's "group" holds
sports teams, bands, parties and other organisations); creative-work and product -> O.
Lines holding only a tab or nothing end a sentence. Output: train.conll, dev.conll,
test.conll in the output folder.

Usage: convert.py <wnut17-checkout> <out-dir>
"""
import collections
import os
import sys

FILES = {'train.conll': 'wnut17train.conll', 'dev.conll': 'emerging.dev.conll',
         'test.conll': 'emerging.test.annotated'}
LABELS = {'person': 'PER', 'location': 'LOC', 'corporation': 'ORG', 'group': 'ORG'}


def sentences(path):
    sent = []
    for line in open(path, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if not parts[0].strip():
            if sent:
                yield sent
            sent = []
            continue
        sent.append((parts[0], parts[-1].strip() or 'O'))
    if sent:
        yield sent


def mapped(tag):
    if tag == 'O':
        return 'O'
    prefix, label = tag.split('-', 1)
    return prefix + '-' + LABELS[label] if label in LABELS else 'O'


def main(src, out):
    os.makedirs(out, exist_ok=True)
    for name, source in FILES.items():
        counts = collections.Counter()
        n = tokens = 0
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            for sent in sentences(os.path.join(src, source)):
                n += 1
                previous = 'O'
                for word, tag in sent:
                    t = mapped(tag)
                    if t.startswith('I-') and previous[2:] != t[2:]:
                        t = 'B-' + t[2:]  # an I- after a dropped label starts an entity
                    if t.startswith('B-'):
                        counts[t[2:]] += 1
                    f.write('%s\t%s\n' % (word, t))
                    previous = t
                    tokens += 1
                f.write('\n')
        print('%s: %d sentences, %d tokens, entities %s' % (name, n, tokens, dict(sorted(counts.items()))))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
