#!/usr/bin/env python3
"""Converts hand-marked articles (*.txt.m) into <id>.txt and <id>.tsv gold files.

One converter for the hand-written gold sets from heldout3 on (heldout2 keeps its own, older one);
what is new since heldout2's is the F marker.
Markup: [[text|LABEL]] entities; {C1|...} content fragments, {S1|...} source, {U1|...} cue of claim 1;
header lines '#C1 KIND FACTUALITY'. {F1|...} with header '#F1 UNATTRIBUTED ASSERTED' marks an
unattributed statement that is a claim only under the older rule ("an unattributed statement that
carries a figure is a claim"): it is left out of <id>.tsv and written, with all the C claims, to
<figures-dir>/<id>.tsv, so the set can be measured under both rules (README.md).
Offsets are UTF-16 code units (Java).

Usage: convert.py <out-dir> <figures-dir> marked/*.txt.m   (run from the set's folder; the header names it)
"""
import os
import re
import sys

LABELS = {'PERSON', 'ORGANIZATION', 'LOCATION', 'DATE', 'QUANTITY'}
KINDS = {'DIRECT_QUOTE', 'INDIRECT', 'MIXED', 'UNATTRIBUTED'}
FACTUALITIES = {'ASSERTED', 'DENIED', 'HEDGED', 'UNCERTAIN'}


def utf16len(s):
    return len(s.encode('utf-16-le')) // 2


def convert(path, outdir, figdir):
    raw = open(path, encoding='utf-8').read()
    headers = {}
    body = []
    for line in raw.split('\n'):
        m = re.match(r'^#([CF]\d+) (\w+) (\w+)\s*$', line)
        if m:
            assert m.group(1) not in headers, (path, 'header twice', m.group(1))
            assert m.group(2) in KINDS and m.group(3) in FACTUALITIES, (path, line)
            headers[m.group(1)] = (m.group(2), m.group(3))
            continue
        assert not line.startswith('#'), (path, 'unreadable header', line)
        body.append(line)
    src = '\n'.join(body).strip('\n') + '\n'
    out = []
    pos = 0  # in UTF-16 code units
    stack = []
    ents = []
    parts = {}
    i = 0
    while i < len(src):
        if src.startswith('[[', i):
            stack.append(('E', pos, len(out)))
            i += 2
            continue
        if src.startswith(']]', i):
            kind, start, at = stack.pop()
            assert kind == 'E', (path, i)
            inner = ''.join(out[at:])
            j = inner.rfind('|')
            assert j > 0, (path, 'entity without label', inner)
            label = inner[j + 1:]
            assert label in LABELS, (path, 'label', label)
            del out[at + j:]
            pos = utf16len(''.join(out))
            ents.append((start, pos, label))
            i += 2
            continue
        m = re.match(r'\{([CSUF])(\d+)\|', src[i:])
        if m:
            stack.append((m.group(1) + m.group(2), pos, len(out)))
            i += m.end()
            continue
        if src[i] == '}':
            kind, start, _ = stack.pop()
            assert kind != 'E', (path, i)
            parts.setdefault(kind, []).append((start, pos))
            i += 1
            continue
        inside_entity = bool(stack) and stack[-1][0] == 'E'
        assert src[i] not in '[]{}\t' and (src[i] != '|' or inside_entity), (
            path, 'stray markup character', src[max(0, i - 30):i + 30])
        out.append(src[i])
        pos += utf16len(src[i])
        i += 1
    assert not stack, (path, stack)
    text = ''.join(out)
    units = text.encode('utf-16-le')

    def sub(b, e):
        return units[2 * b:2 * e].decode('utf-16-le')

    for k in parts:
        if k[0] in 'SU' and 'C' + k[1:] not in parts:
            raise SystemExit('orphan ' + k + ' in ' + path)
        if k[0] in 'CF' and k not in headers:
            raise SystemExit('no header for ' + k + ' in ' + path)
    for k in headers:
        if k not in parts:
            raise SystemExit('header without text for ' + k + ' in ' + path)
    for spans in parts.values():
        for b, e in spans:
            s = sub(b, e)
            assert s and s == s.strip() and '\n' not in s, (path, 'span', repr(s))
    base = os.path.basename(path)[:-len('.txt.m')]
    with open(os.path.join(outdir, base + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    entity_lines = []
    for (b, e, l) in sorted(ents):
        s = sub(b, e)
        assert s and s == s.strip() and '\n' not in s, (path, 'entity', repr(s))
        entity_lines.append('ENTITY\t%d\t%d\t%s\t%s' % (b, e, l, s))

    def claim_line(cid):
        kind, fact = headers[cid]
        n = cid[1:]
        cs = parts[cid]
        ss = parts.get('S' + n, []) if cid[0] == 'C' else []
        us = parts.get('U' + n, []) if cid[0] == 'C' else []
        assert len(ss) <= 1 and len(us) <= 1, (path, cid, 'one source and one cue')
        if kind == 'UNATTRIBUTED':
            assert not ss and not us, (path, cid, 'unattributed with a source or cue')
        else:
            assert us, (path, cid, 'attributed claim without a cue')
        s = ss[0] if ss else None
        u = us[0] if us else None
        frag = ';'.join('%d %d' % c for c in cs)
        return 'CLAIM\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s | %s | %s\t%s' % (
            kind, fact, cs[0][0], cs[-1][1],
            s[0] if s else '-', s[1] if s else '-', u[0] if u else '-', u[1] if u else '-',
            sub(*s) if s else '-', sub(*u) if u else '-', ' … '.join(sub(*c) for c in cs), frag)

    def order(cid):
        return (cid[0], int(cid[1:]))

    claims = [claim_line(c) for c in sorted(headers, key=order) if c[0] == 'C']
    figures = [claim_line(c) for c in sorted(headers, key=order) if c[0] == 'F']
    name = os.path.basename(os.path.abspath(outdir))
    title = {'heldout3': 'Held-out set 3', 'heldout-fr': 'French held-out'}.get(name, name)
    guidelines = 'devset/README.md, heldout3/README.md and heldout-fr/README.md' if name == 'heldout-fr' \
        else 'devset/README.md and %s/README.md' % name
    head = ('# %s gold for %s.txt, written and annotated by hand before any engine ran on it;'
            ' guidelines in %s' % (title, base, guidelines))
    with open(os.path.join(outdir, base + '.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join([head] + entity_lines + claims) + '\n')
    with open(os.path.join(figdir, base + '.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join([head + '; variant: unattributed statements with a figure are claims']
                          + entity_lines + claims + figures) + '\n')
    words = len(re.findall(r"\w+(?:['’.-]\w+)*", text))
    print('%-28s %4d words %3d entities %2d claims %2d figure-only statements' % (
        base, words, len(ents), len(claims), len(figures)))


if __name__ == '__main__':
    os.makedirs(sys.argv[2], exist_ok=True)
    for p in sys.argv[3:]:
        convert(p, sys.argv[1], sys.argv[2])
