"""Regenerates the per-source tables at the end of data/README.md from data/graph.json.

Run from the repository root: python3 scripts/readme-source-tables.py
Everything from the first "### 000_" heading to the end of the README is replaced.
"""
import json, os
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
README = os.path.join(ROOT, 'data', 'README.md')
g = json.load(open(os.path.join(ROOT, 'data', 'graph.json')))
N={n['id']:n for n in g['nodes']}
def first(e):
    d=e['date']
    if d.endswith('x'): d=d[:3]+'0'
    return d
def dtext(e):
    d=e['date']
    if d.endswith('x'): d=f"{d} (the {d[:3]}0s)"
    q=e.get('dateQualifier')
    if q=='approximate': d='c. '+d
    if q=='as-of': d='as of '+d
    if 'dateClaims' in e: d=' or '.join(c['date'] for c in e['dateClaims'])
    if 'end' in e and e['end']!=e['date']: d+=' – '+e['end']
    if e.get('outside'): d+=' *(not from the sources)*'
    if e.get('status') in ('disputed','planned'): d+=f" **{e['status']}**"
    return d
out=[]
idx={e['id']:i for i,e in enumerate(g['edges'])}
for s in g['sources']:
    es=[e for e in g['edges'] if s['id'] in e['sources'] and e['kind']!='role']
    es.sort(key=lambda e:(first(e),idx[e['id']]))
    nev=len({e.get('event',e['id']) for e in es if e['kind'] not in ('membership','statistic')})
    out.append(f"### {s['file']} — {s['id']} ({len(es)} edges, {nev} interaction events)\n")
    out.append('| Edge id | Date | Kind | Event | What |\n|---|---|---|---|---|')
    for e in es:
        out.append(f"| `{e['id']}` | {dtext(e)} | {e['kind']} | {('`'+e['event']+'`') if 'event' in e else ''} | {e['summary']} |")
    out.append('')
roles=[e for e in g['edges'] if e['kind']=='role']
roles.sort(key=lambda e:(first(e),idx[e['id']]))
out.append(f"### Offices held ({len(roles)} role spans, tenures from the public record)\n")
out.append('| Edge id | Person → office | From – to | Named in |\n|---|---|---|---|')
for e in roles:
    out.append(f"| `{e['id']}` | {N[e['source']]['label']} → {N[e['target']]['label']} | {e['date']} – {e.get('end','ongoing')} | {', '.join(e['sources'])} |")
text = open(README).read()
start = text.index('### 000_')
open(README, 'w').write(text[:start] + '\n'.join(out) + '\n')
