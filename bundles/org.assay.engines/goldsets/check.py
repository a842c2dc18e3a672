#!/usr/bin/env python3
"""Checks gold TSV files against their texts: every span's recorded text must equal the text at its
offsets (UTF-16 code units, as Java counts them), labels, kinds and factualities must be known, and
claim fragments must be ordered and inside the claim. Independent of convert.py on purpose.

Usage: check.py <text-dir> <gold-dir> [<gold-dir> ...]     exit status 1 on any problem.
With --review it also lists, for reading by eye, capitalised words and digits outside any entity.
"""
import os
import re
import sys

LABELS = {'PERSON', 'ORGANIZATION', 'LOCATION', 'DATE', 'QUANTITY'}
KINDS = {'DIRECT_QUOTE', 'INDIRECT', 'MIXED', 'UNATTRIBUTED'}
FACTUALITIES = {'ASSERTED', 'DENIED', 'HEDGED', 'UNCERTAIN'}


class Text:
    def __init__(self, s):
        self.units = s.encode('utf-16-le')
        self.length = len(self.units) // 2

    def at(self, b, e):
        if not (0 <= b < e <= self.length):
            raise ValueError('span %d-%d outside a text of %d units' % (b, e, self.length))
        return self.units[2 * b:2 * e].decode('utf-16-le')


def check_file(text_path, gold_path, problems):
    text = Text(open(text_path, encoding='utf-8').read())
    entities = []
    claims = 0

    def problem(n, msg):
        problems.append('%s:%d: %s' % (gold_path, n, msg))

    def same(n, what, b, e, expected):
        try:
            got = text.at(b, e)
        except ValueError as ex:
            problem(n, '%s: %s' % (what, ex))
            return
        if got != expected:
            problem(n, '%s %d-%d is %r in the text, %r in the gold' % (what, b, e, got, expected))
        if got != got.strip() or '\n' in got:
            problem(n, '%s %r has surrounding space or a line break' % (what, got))

    for n, line in enumerate(open(gold_path, encoding='utf-8').read().split('\n'), 1):
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        if f[0] == 'ENTITY':
            if len(f) != 5:
                problem(n, 'an ENTITY line has 5 fields, this one %d' % len(f))
                continue
            b, e = int(f[1]), int(f[2])
            if f[3] not in LABELS:
                problem(n, 'unknown label ' + f[3])
            same(n, 'entity', b, e, f[4])
            entities.append((b, e, n))
        elif f[0] == 'CLAIM':
            claims += 1
            if len(f) != 11:
                problem(n, 'a CLAIM line has 11 fields, this one %d' % len(f))
                continue
            kind, fact = f[1], f[2]
            if kind not in KINDS:
                problem(n, 'unknown kind ' + kind)
            if fact not in FACTUALITIES:
                problem(n, 'unknown factuality ' + fact)
            source_text, cue_text, content_text = f[9].split(' | ', 2)
            fragments = [tuple(map(int, x.split(' '))) for x in f[10].split(';')]
            if (fragments[0][0], fragments[-1][1]) != (int(f[3]), int(f[4])):
                problem(n, 'content begin/end do not match the first and last fragment')
            for (b1, e1), (b2, e2) in zip(fragments, fragments[1:]):
                if not (e1 <= b2):
                    problem(n, 'fragments overlap or are out of order')
            pieces = content_text.split(' … ')
            if len(pieces) != len(fragments):
                problem(n, '%d fragments but %d pieces of content text' % (len(fragments), len(pieces)))
            else:
                for (b, e), piece in zip(fragments, pieces):
                    same(n, 'content fragment', b, e, piece)
            for what, b, e, t in (('source', f[5], f[6], source_text), ('cue', f[7], f[8], cue_text)):
                if b == '-':
                    if t != '-' or e != '-':
                        problem(n, what + ' is absent in its offsets but not in its text')
                    elif kind != 'UNATTRIBUTED' and what == 'cue':
                        problem(n, 'an attributed claim without a cue')
                else:
                    if kind == 'UNATTRIBUTED':
                        problem(n, 'an UNATTRIBUTED claim with a ' + what)
                    same(n, what, int(b), int(e), t)
        else:
            problem(n, 'unknown line type ' + f[0])
    entities.sort()
    for (b1, e1, n1), (b2, e2, n2) in zip(entities, entities[1:]):
        if b2 < e1:
            problem(n2, 'entity overlaps the entity on line %d' % n1)
    return len(entities), claims


def review(text_path, gold_path):
    """Capitalised words and digits that no entity covers: not errors, a list to read."""
    s = open(text_path, encoding='utf-8').read()
    units = s.encode('utf-16-le')
    covered = set()
    for line in open(gold_path, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if f[0] == 'ENTITY':
            covered.update(range(int(f[1]), int(f[2])))
    out = []
    for m in re.finditer(r"[A-ZÀ-Þ][\w'’.-]*|\d[\d.,]*", s):
        b = len(s[:m.start()].encode('utf-16-le')) // 2
        if b not in covered:
            out.append(m.group())
    return out


def main(args):
    do_review = '--review' in args
    args = [a for a in args if a != '--review']
    text_dir, gold_dirs = args[0], args[1:]
    problems = []
    for gold_dir in gold_dirs:
        golds = sorted(p for p in os.listdir(gold_dir) if p.endswith('.tsv'))
        texts = sorted(p[:-4] for p in os.listdir(text_dir) if p.endswith('.txt'))
        if [g[:-4] for g in golds] != texts:
            problems.append('%s: gold files %s do not match the texts %s' % (gold_dir, golds, texts))
        total_e = total_c = 0
        for g in golds:
            e, c = check_file(os.path.join(text_dir, g[:-4] + '.txt'), os.path.join(gold_dir, g), problems)
            total_e += e
            total_c += c
            if do_review:
                print('%s: %s' % (g, ' '.join(review(os.path.join(text_dir, g[:-4] + '.txt'), os.path.join(gold_dir, g)))))
        print('%s: %d files, %d entities, %d claims checked' % (gold_dir, len(golds), total_e, total_c))
    for p in problems:
        print(p)
    print('OK' if not problems else '%d problems' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
