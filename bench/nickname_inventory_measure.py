import sys
from collections import Counter
from intake.pseudonymise import detect
from bench.detection_scoring import asr_like
from tests.pseudonymise.nickname_inventory import documents, DECOYS
miss_n, miss_l, tot_n, tot_l = Counter(), Counter(), Counter(), Counter()
missed = []
for variant in ("cased", "lc"):
    for d in documents():
        text = d.text if variant == "cased" else asr_like(d.text)
        spans = detect(text, d.lang)
        ok = all(all(any(s.start <= i < s.end for s in spans) for i in range(a, b) if text[i].isalnum()) for a, b in d.mentions)
        key = (variant, d.lang)
        tot_n[(key, d.naming)] += 1; tot_l[(key, d.later)] += 1
        if not ok:
            miss_n[(key, d.naming)] += 1; miss_l[(key, d.later)] += 1
            un = [text[a:b] for a, b in d.mentions if not all(any(s.start <= i < s.end for s in spans) for i in range(a, b) if text[i].isalnum())]
            missed.append((variant, d.lang, d.naming, d.later, un, text))
    tot = sum(v for (k, _), v in tot_n.items() if k[0] == variant)
    m = sum(v for (k, _), v in miss_n.items() if k[0] == variant)
    print(f"{variant}: docs {tot} missed {m}")
for lang in ("ru", "be", "en"):
    for variant in ("cased", "lc"):
        key = (variant, lang)
        print(key, "naming:", {n: f"{miss_n[(key,n)]}/{c}" for (k, n), c in tot_n.items() if k == key and miss_n[(key,n)]})
        print(key, "later:", {n: f"{miss_l[(key,n)]}/{c}" for (k, n), c in tot_l.items() if k == key and miss_l[(key,n)]})
fp = 0
for lang, text, stay in DECOYS:
    for t in (text, asr_like(text)):
        spans = detect(t, lang)
        bad = [s.text for s in spans if any(w.lower() in s.text.lower().split() for w in stay)]
        if bad: fp += 1; print("DECOY", bad, t)
print("decoy fp", fp)
if "-v" in sys.argv:
    for m in missed: print(m)
