"""Check that the v3 situations share no person, meeting or reason with the earlier sets.

Usage (from the repository root, after validate.py):  .venv/bin/python evals/native/v3/overlap.py
Compares v3/situations.jsonl with evals/native/situations.jsonl and evals/native/v2/situations.jsonl by script
(only overlaps are printed): exact equal names, meetings or reasons; a person's surname (last word of the
name) already used; a meeting or reason whose word set is half or more the same (Jaccard >= 0.5); and a value
used twice inside v3. Prints "overlaps: 0" when clean.
"""
import json,re,collections
old=[json.loads(l) for f in ("evals/native/situations.jsonl","evals/native/v2/situations.jsonl") for l in open(f) if l.strip()]
new=[json.loads(l) for l in open("evals/native/v3/situations.jsonl") if l.strip()]
def toks(s): return {t for t in re.findall(r"[\wÀ-ÿ'-]+",s.lower()) if len(t)>2}
oldlast=set(); allold=set()
for r in old:
    for f in ("recipient_name","sender_name","colleague_name","meeting","reason"):
        if r.get(f): allold.add(r[f].lower())
    for f in ("recipient_name","sender_name","colleague_name"):
        if r.get(f): oldlast.add(r[f].split(",")[0].split()[-1].lower())
n=0
for r in new:
    for f in ("recipient_name","sender_name","colleague_name","meeting","reason"):
        v=r.get(f)
        if not v: continue
        if v.lower() in allold: print("EXACT",r["id"],f,v); n+=1
        if f.endswith("name") and v.split(",")[0].split()[-1].lower() in oldlast: print("SURNAME",r["id"],f,v); n+=1
        if f in ("meeting","reason"):
            tv=toks(v)
            for o in old:
                ov=o.get(f)
                if ov and tv and len(tv&toks(ov))/len(tv|toks(ov))>=0.5: print("SIM",r["id"],f,v,"~",ov); n+=1
c=collections.Counter(r[f] for r in new for f in ("recipient_name","sender_name","colleague_name","meeting","reason") if r.get(f))
for k,v in c.items():
    if v>1: print("DUP-IN-V3",k,v); n+=1
print("overlaps:",n)
