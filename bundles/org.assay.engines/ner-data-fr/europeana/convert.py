#!/usr/bin/env python3
"""Europeana Newspapers NER corpora (fr, de, nl) -> word<TAB>tag BIO, one file per library.

Input: a checkout of EuropeanaNewspapers/ner-corpora. The .bio files are one 'token TAG' per
line with no sentence breaks; the French file uses IO tags. This script
- starts a new document (a -DOCSTART- line) at each page whose first line the provider's .md
  file gives ('L000001 - L006184'; most pages there are listed as 'L000???', so page breaks are
  known for part of the French and Teßmann files only) and at the '# ...' header lines of the
  Berlin file;
- breaks sentences after '.', '!' or '?' outside an entity, and at the next token outside an
  entity once a sentence has 120 tokens (OCR text has long runs without full stops);
- turns IO into BIO (an I- tag after O or after another label begins an entity);
- repairs the few mistyped tags (PEr, ORg) and reads the other stray ones (MISC, BER, ER,
  LOCer, OLOC) as O, reporting how many;
- splits the rare 'two words TAG' lines into one line per word.
Output: <out>/ner-data-fr/europeana/bnf.conll, ner-data-de/europeana/{lft,onb,sbb}.conll,
ner-data-nl/europeana/kb.conll, with the sentence, token and entity counts printed.

Usage: convert.py <ner-corpora-checkout> <out-root>
"""
import collections
import os
import re
import sys

PROVIDERS = [('fr', 'bnf', 'enp_FR.bnf.bio'), ('de', 'lft', 'enp_DE.lft.bio'),
             ('de', 'onb', 'enp_DE.onb.bio'), ('de', 'sbb', 'enp_DE.sbb.bio'),
             ('nl', 'kb', 'enp_NL.kb.bio')]
REPAIR = {'PER': 'PER', 'LOC': 'LOC', 'ORG': 'ORG', 'PEr': 'PER', 'ORg': 'ORG'}
MAX_LEN = 120


def page_starts(md_path):
    starts = set()
    if os.path.exists(md_path):
        for m in re.finditer(r'L0*(\d+)\s*-\s*L', open(md_path, encoding='utf-8').read()):
            starts.add(int(m.group(1)))
    return starts


def tokens(bio_path, starts, stray):
    """Yields (word, tag) pairs and None at document boundaries."""
    for n, line in enumerate(open(bio_path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if n in starts:
            yield None
        if not line.strip():
            yield None
            continue
        if line.startswith('# ') and ('\t' in line or ':' in line.split()[1]):
            yield None  # the Berlin file's page headers
            continue
        parts = line.split()
        if len(parts) < 2:
            stray['line without a tag'] += 1
            continue
        words, tag = parts[:-1], parts[-1]
        if tag != 'O':
            prefix, _, label = re.sub(r'^([BI])[_.]', r'\1-', tag).partition('-')
            if prefix not in ('B', 'I') or label not in REPAIR:
                stray[tag] += 1
                tag = 'O'
            else:
                tag = prefix + '-' + REPAIR[label]
        for i, w in enumerate(words):
            yield (w, tag if i == 0 or tag == 'O' else 'I-' + tag[2:])


def sentences(stream):
    """Yields sentences, and None where a document ends."""
    sent = []
    since_break = 0  # sentences since the last document break
    for item in stream:
        if item is None:
            if sent:
                yield sent
                since_break += 1
            if since_break:
                yield None
            sent = []
            since_break = 0
            continue
        sent.append(item)
        word, tag = item
        if tag == 'O' and (word in ('.', '!', '?') or len(sent) >= MAX_LEN):
            yield sent
            since_break += 1
            sent = []
    if sent:
        yield sent


def to_bio(sent):
    out = []
    previous = 'O'
    for word, tag in sent:
        if tag.startswith('I-') and previous[2:] != tag[2:]:
            tag = 'B-' + tag[2:]
        out.append((word, tag))
        previous = tag
    return out


def main(src, out_root):
    for lang, name, bio in PROVIDERS:
        folder = os.path.join(src, bio)
        stray = collections.Counter()
        counts = collections.Counter()
        n = ntok = 0
        out_dir = os.path.join(out_root, 'ner-data-' + lang, 'europeana')
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, name + '.conll'), 'w', encoding='utf-8') as f:
            stream = tokens(os.path.join(folder, bio), page_starts(os.path.join(folder, bio[:-4] + '.md')), stray)
            f.write('-DOCSTART-\tO\n\n')
            for sent in sentences(stream):
                if sent is None:
                    f.write('-DOCSTART-\tO\n\n')
                    continue
                sent = to_bio(sent)
                n += 1
                for word, tag in sent:
                    f.write('%s\t%s\n' % (word, tag))
                    ntok += 1
                    if tag.startswith('B-'):
                        counts[tag[2:]] += 1
                f.write('\n')
        print('%s/%s: %d sentences, %d tokens, entities %s; read as O: %s' % (
            lang, name, n, ntok, dict(sorted(counts.items())), dict(stray)))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
