#!/usr/bin/env python3
"""Converts hand-marked articles (*.txt.m) into <id>.txt and <id>.tsv gold files.
Markup: [[text|LABEL]] entities; {C1|...} content fragments, {S1|...} source, {U1|...} cue of claim 1;
header lines '#C1 KIND FACTUALITY'. Offsets are UTF-16 code units (Java)."""
import sys, re, os
def utf16len(s): return len(s.encode('utf-16-le'))//2
def convert(path, outdir):
    raw=open(path, encoding='utf-8').read()
    headers={}
    body=[]
    for line in raw.split('\n'):
        m=re.match(r'^#(C\d+) (\w+) (\w+)\s*$', line)
        if m: headers[m.group(1)]=(m.group(2),m.group(3)); continue
        body.append(line)
    src='\n'.join(body).strip('\n')+'\n'
    out=[]; pos=0  # pos in utf16
    stack=[]; ents=[]; parts={}
    i=0
    while i < len(src):
        if src.startswith('[[', i):
            stack.append(('E', pos)); i+=2; continue
        if src.startswith(']]', i):
            kind,start=stack.pop(); assert kind=='E'
            # label is after the last '|' in the output since start
            text=''.join(out)
            # find label: we appended '|LABEL' chars to out; remove them
            seg_start=len(text)-0
            j=text.rfind('|')
            label=text[j+1:]; out[:]=list(text[:j]); pos=utf16len(''.join(out))
            ents.append((start,pos,label)); i+=2; continue
        m=re.match(r'\{([CSU])(\d+)\|', src[i:])
        if m:
            stack.append((m.group(1)+m.group(2), pos)); i+=m.end(); continue
        if src[i]=='}':
            kind,start=stack.pop(); assert kind!='E', (path, i)
            parts.setdefault(kind,[]).append((start,pos)); i+=1; continue
        out.append(src[i]); pos+=utf16len(src[i]); i+=1
    assert not stack, stack
    text=''.join(out)
    # map utf16 offsets to python string for checks
    def sub(b,e):
        u=text.encode('utf-16-le'); return u[2*b:2*e].decode('utf-16-le')
    base=os.path.basename(path)[:-len('.txt.m')]
    with open(os.path.join(outdir, base+'.txt'),'w',encoding='utf-8') as f: f.write(text)
    lines=['# Fresh held-out gold for %s.txt, written and annotated by hand before any engine ran on it; guidelines in devset/README.md, fragments in README.md' % base]
    for (b,e,l) in sorted(ents):
        lines.append('ENTITY\t%d\t%d\t%s\t%s' % (b,e,l,sub(b,e)))
    for cid,(kind,fact) in sorted(headers.items(), key=lambda x:int(x[0][1:])):
        n=cid[1:]
        cs=parts.get('C'+n); assert cs, (path,cid)
        ss=parts.get('S'+n,[]); us=parts.get('U'+n,[])
        s=ss[0] if ss else None; u=us[0] if us else None
        frag=';'.join('%d %d' % c for c in cs)
        lines.append('CLAIM\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s | %s | %s\t%s' % (kind,fact,cs[0][0],cs[-1][1],
            s[0] if s else '-', s[1] if s else '-', u[0] if u else '-', u[1] if u else '-',
            sub(*s) if s else '-', sub(*u) if u else '-', ' … '.join(sub(*c) for c in cs), frag))
    for k in parts:
        if k[0] in 'SU' and 'C'+k[1:] not in parts: raise SystemExit('orphan '+k+' in '+path)
    with open(os.path.join(outdir, base+'.tsv'),'w',encoding='utf-8') as f: f.write('\n'.join(lines)+'\n')
    print(base, len(ents), 'entities', len(headers), 'claims', utf16len(text), 'chars')
for p in sys.argv[2:]: convert(p, sys.argv[1])
