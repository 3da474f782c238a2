#!/usr/bin/env python3
"""score.py SET OUTDIR: extract the two halves of a blind probe set (SET/a/, SET/b/) and print issue 10's figures.

Run from the project root: ``python benchmarks/probes/score.py benchmarks/probes/heldout13 /tmp/heldout13``
(each set's own ``score.py OUTDIR`` calls this one with its folder).
Figures: shared scorer per set and both; decidable checks (gold verdict consistent/inconsistent) with the right verdict;
false inconsistent (system inconsistent where gold says consistent, or no gold check of that key);
speaker right among found quotes (from the scorer)."""
import json, subprocess, sys
from pathlib import Path
HERE = Path(sys.argv[1]).resolve()
root = Path(__file__).resolve().parents[2]
PY = sys.executable
SCORER = str(root.parent / "shared" / "eval" / "score.py")
out = Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
allgold = []
for s in ("a", "b"):
    d = HERE / s
    if not (d / "gold.json").is_file():
        continue
    gold = json.loads((d / "gold.json").read_text())
    inp = out / f"in_{s}"; inp.mkdir(exist_ok=True)
    paths = []
    for g in gold:
        p = inp / f"{g['id']}.jsonl"
        p.write_text(json.dumps({"url": g.get("url"), "published": g.get("published"),
                                 "text": (d / g["file"]).read_text()}) + "\n")
        paths.append(str(p))
    rec = out / f"rec_{s}.jsonl"
    subprocess.run([PY, "-m", "pipeline", "extract", *paths, "-o", str(rec), "-q", "--workers", "1"], cwd=root, check=True)
    print(f"== set {s}: {len(gold)} articles")
    subprocess.run([PY, SCORER, str(d / "gold.json"), str(rec)])
    allgold += [(g, s) for g in gold]
recs = {}
for s in ("a", "b"):
    f = out / f"rec_{s}.jsonl"
    if f.exists():
        for line in f.read_text().splitlines():
            r = json.loads(line)
            src = (r.get("article") or {}).get("source") or ""
            recs[Path(src.split("#")[0].rstrip("/")).name.split(".")[0]] = r
def key(x):
    v = x.get("stated")
    return (x.get("kind"), round(float(v), 1)) if v is not None else None
dec = right = finc = 0; wrong = []
for g, s in allgold:
    r = recs.get(g["id"], {})
    sys_checks = r.get("checks") or []
    gk = {key(c): c for c in g.get("checks", [])}
    for c in g.get("checks", []):
        if c.get("verdict") in ("consistent", "inconsistent"):
            dec += 1
            hit = [x for x in sys_checks if key(x) == key(c)]
            if hit and hit[0].get("verdict") == c["verdict"]:
                right += 1
            else:
                wrong.append((g["id"], key(c), c["verdict"], hit[0].get("verdict") if hit else None))
    for x in sys_checks:
        if x.get("verdict") == "inconsistent":
            gc = gk.get(key(x))
            if gc is None or gc.get("verdict") == "consistent":
                finc += 1; wrong.append((g["id"], key(x), gc and gc.get("verdict"), "FALSE inconsistent"))
print(f"decidable checks right: {right}/{dec}; false inconsistent: {finc}")
(out / "check_misses.json").write_text(json.dumps(wrong, indent=0))
