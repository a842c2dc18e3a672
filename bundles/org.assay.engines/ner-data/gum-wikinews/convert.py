#!/usr/bin/env python3
"""GUM (Georgetown University Multilayer corpus), Wikinews documents -> word<TAB>tag BIO
with PER, ORG and LOC.

Input: a checkout of amir-zeldes/gum; only dep/GUM_<genre>_*.conllu of the chosen genres are read
(default: news and interview, the Wikinews documents, CC BY 2.5; annotations CC BY 4.0). Each
document's meta::sourceURL must be on en.wikinews.org for those genres, or the script stops.

GUM annotates every entity mention (named or not, nested) with a type; it has no NER layer. A
mention becomes a name here when
- its type is person (-> PER), organization (-> ORG) or place (-> LOC), and
- its syntactic head (the token of the span whose head lies outside it) is tagged NNP, or NNPS
  for organisations and places (plural proper-noun persons such as "Muslims" are groups, left out).
The name is the longest run around the head of NNP/NNPS tokens and joining words (of, the, and,
&, de, von, van, der, al, -; for persons only the particles) that are not inside another, nested
mention, unless only the bare head would be left ("Stadium"), when the nested names are kept in;
joining words at either end are dropped, and for persons leading titles (President, Mr., ...) too. So
"U.S. President Donald Trump" gives LOC "U.S." (its own nested mention) and PER "Donald Trump".
Where two names still overlap the longer is kept. These are gold mentions with derived
boundaries: a silver layer, close to but not the same as CoNLL-style gold.

Output: <out>/train.conll, dev.conll, test.conll following GUM's splits.md (documents not
listed there go to train), a -DOCSTART- line before each document, with counts printed.

Usage: convert.py <gum-checkout> <out-dir> [genre ...]
"""
import collections
import glob
import os
import re
import sys

TYPES = {'person': 'PER', 'organization': 'ORG', 'place': 'LOC'}
JOINERS = {'of', 'the', 'and', '&', 'de', 'von', 'van', 'der', 'al', '-', 'du', 'la', 'le', 'y'}
PERSON_JOINERS = {'de', 'von', 'van', 'der', 'al', '-', 'du', 'la', 'le', 'y'}
TITLES = {'president', 'vice', 'prime', 'minister', 'ambassador', 'secretary', 'general', 'gen.',
          'senator', 'sen.', 'governor', 'gov.', 'mayor', 'judge', 'justice', 'king', 'queen',
          'prince', 'princess', 'pope', 'chancellor', 'mr.', 'mrs.', 'ms.', 'dr.', 'sir', 'lord',
          'lady', 'captain', 'capt.', 'colonel', 'col.', 'lieutenant', 'sergeant', 'officer',
          'chief', 'director', 'chairman', 'professor', 'prof.', 'rev.', 'reverend', 'saint',
          'st.', 'coach', 'representative', 'rep.', 'commissioner', 'detective', 'inspector',
          'sheriff', 'premier', 'emperor', 'sultan', 'sheikh', 'bishop', 'cardinal', 'father',
          'sister', 'brother', 'uncle', 'aunt', 'grandma', 'grandpa', 'miss', 'madam', 'dame',
          'ex', 'former', 'deputy', 'acting', 'first', 'lady'}


def read_conllu(path):
    meta, sents, sent = {}, [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# meta::'):
            k, _, v = line[len('# meta::'):].partition(' = ')
            meta[k] = v
            continue
        if line.startswith('#'):
            continue
        if not line:
            if sent:
                sents.append(sent)
            sent = []
            continue
        f = line.split('\t')
        if '-' in f[0] or '.' in f[0]:
            continue
        sent.append(f)
    if sent:
        sents.append(sent)
    return meta, sents


def mentions(sent):
    """(start, end, type) of every entity mention in a sentence, token indices inclusive."""
    open_, out = {}, []
    for i, f in enumerate(sent):
        misc = dict(kv.split('=', 1) for kv in f[9].split('|') if '=' in kv)
        ent = misc.get('Entity')
        if not ent:
            continue
        for m in re.finditer(r'\(([^()]+?)(\))?(?=\(|\)|$)|(\d+)\)', ent):
            if m.group(1):
                eid, etype = m.group(1).split('-')[:2]
                if m.group(2):
                    out.append((i, i, etype))
                else:
                    open_.setdefault(eid, []).append((i, etype))
            else:
                start, etype = open_[m.group(3)].pop()
                out.append((start, i, etype))
    return out


def head_of(sent, s, e):
    ids = {int(sent[i][0]) for i in range(s, e + 1)}
    heads = [i for i in range(s, e + 1) if int(sent[i][6]) not in ids]
    proper = [i for i in heads if sent[i][4] in ('NNP', 'NNPS')]
    return (proper or heads or [e])[0]


def name_span(sent, s, e, etype, blocked):
    h = head_of(sent, s, e)
    xpos = sent[h][4]
    if xpos not in ('NNP', 'NNPS') or (etype == 'person' and xpos == 'NNPS'):
        return None

    joiners = PERSON_JOINERS if etype == 'person' else JOINERS

    def ok(i):
        if i < s or i > e or i in blocked:
            return False
        return sent[i][4] in ('NNP', 'NNPS') or sent[i][1].lower() in joiners

    a = b = h
    while ok(a - 1):
        a -= 1
    while ok(b + 1):
        b += 1
    while a < h and (sent[a][4] not in ('NNP', 'NNPS') or
                     (etype == 'person' and sent[a][1].lower() in TITLES)):
        a += 1
    while b > h and sent[b][4] not in ('NNP', 'NNPS'):
        b -= 1
    if etype == 'person' and sent[a][1].lower() in TITLES:
        return None
    return (a, b, TYPES[etype])


def names(sent):
    ms = mentions(sent)
    found = []
    for s, e, etype in ms:
        if etype not in TYPES:
            continue
        h = head_of(sent, s, e)
        blocked = set()
        for s2, e2, _ in ms:
            if s <= s2 and e2 <= e and (s2, e2) != (s, e) and not (s2 <= h <= e2):
                blocked.update(range(s2, e2 + 1))
        span = name_span(sent, s, e, etype, blocked)
        if span and etype != 'person' and span[0] == span[1] == h and (h - 1) in blocked:
            # only a generic head is left ("Stadium" of "Seoul Olympic Stadium"): the name is the whole run
            span = name_span(sent, s, e, etype, set())
        if span:
            found.append(span)
    kept = []
    for a, b, label in sorted(set(found), key=lambda x: (x[0] - x[1], x[0], x[2])):
        if all(b < a2 or b2 < a for a2, b2, _ in kept):
            kept.append((a, b, label))
    return sorted(kept)


def splits(repo):
    out = {}
    text = open(os.path.join(repo, 'splits.md'), encoding='utf-8').read()
    part = None
    for line in text.split('\n'):
        low = line.lower()
        if low.startswith('#'):
            part = 'dev' if 'dev' in low else 'test' if 'test' in low else None
        for doc in re.findall(r'GUM_[a-z]+_[A-Za-z0-9_]+', line):
            if part:
                out[doc] = part
    return out


def main(repo, out, genres):
    split_of = splits(repo)
    os.makedirs(out, exist_ok=True)
    files = {p: open(os.path.join(out, p + '.conll'), 'w', encoding='utf-8') for p in ('train', 'dev', 'test')}
    stats = {p: collections.Counter() for p in files}
    for genre in genres:
        for path in sorted(glob.glob(os.path.join(repo, 'dep', 'GUM_%s_*.conllu' % genre))):
            doc = os.path.basename(path)[:-len('.conllu')]
            meta, sents = read_conllu(path)
            if genre in ('news', 'interview') and 'en.wikinews.org' not in meta.get('sourceURL', ''):
                raise SystemExit('%s is not from Wikinews: %s' % (doc, meta.get('sourceURL')))
            part = split_of.get(doc, 'train')
            f, st = files[part], stats[part]
            st['documents'] += 1
            f.write('-DOCSTART-\tO\n\n')
            for sent in sents:
                tags = ['O'] * len(sent)
                for a, b, label in names(sent):
                    tags[a] = 'B-' + label
                    for i in range(a + 1, b + 1):
                        tags[i] = 'I-' + label
                    st[label] += 1
                for tok, tag in zip(sent, tags):
                    f.write('%s\t%s\n' % (tok[1], tag))
                f.write('\n')
                st['sentences'] += 1
                st['tokens'] += len(sent)
    for p, f in files.items():
        f.close()
        print('%s.conll: %s' % (p, dict(stats[p])))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3:] or ['news', 'interview'])
