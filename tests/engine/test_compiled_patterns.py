"""The fork server's regular expressions kept compiled between runs (``engine.compiled_patterns``): a pattern
compiled from the kept code is the pattern ``re`` compiles, and a copy that cannot be used is compiled anew."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Patterns of our own: groups and names, flags inline and given, look-arounds, a long alternation (and, in
#: the script, one of bytes).
PATTERNS = [
    (r"(?P<n>\d[\d,]*+)\s(?:calls|contacts)\b", 0),
    (r"\bhelp\s?line\b", "I"),
    (r"^(?:Jo|Ann|Sam)\s+[A-Z][a-z]+$", "M"),
    (r"(?<=\()\d{4}(?=\))|(?<!\w)one in (?:four|five)\b", 0),
    (r"""(?x) (?P<year> 20\d\d )  # a year
         \s* [-\u2013] \s* (?P<end> \d\d )""", 0),
    (r"(?i)\b(?:" + "|".join(f"w{n}ord" for n in range(300)) + r")\b", 0),
    (r"caf\u00e9|na\u00efve|\w+", "A"),
]
TEXTS = ["1,200 calls in (2021) and one in four said", "HELP LINE and helpline", "Jo Roe\nAnn Lee\nsam x",
         "2019 \u2013 20 then 2022-23", "W7ORD w299ord w300ord", "caf\u00e9 na\u00efve plain"]

SCRIPT = r"""
import json, re, sys
mode, patterns, texts = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
if mode == "copy":
    import pipeline.engine.compiled_patterns as kept
out = []
for pattern, flags in patterns:
    flags = getattr(re, flags) if flags else 0
    p = re.compile(pattern, flags)
    found = [[m.span(), m.groupdict() or m.groups()] for t in texts for m in p.finditer(t)]
    out.append([p.pattern, int(p.flags), p.groups, dict(p.groupindex), found])
for pattern in [b"\x00+|[\x80-\xff]{2,}"]:
    p = re.compile(pattern)
    out.append([p.pattern.decode("latin-1"), int(p.flags), [m.span() for m in p.finditer(b"a\x00\x00b\xff\xfec")]])
wrote = kept.keep() if mode == "copy" else None
print(json.dumps([out, wrote]))
"""


def _run(mode: str, folder: Path) -> tuple[list, object]:
    env = dict(os.environ, NEWSFACTS_CACHE_DIR=str(folder))
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode, json.dumps(PATTERNS), json.dumps(TEXTS)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return tuple(json.loads(done.stdout))


def test_patterns_compiled_from_the_kept_code_are_those_re_compiles(tmp_path):
    plain, _ = _run("plain", tmp_path)
    first, wrote = _run("copy", tmp_path)  # nothing kept yet: compiled, then written
    assert wrote is True
    assert len(list(tmp_path.glob("patterns.*.marshal"))) == 1
    second, wrote_again = _run("copy", tmp_path)  # every pattern from the copy: nothing new to write
    assert wrote_again is False
    assert first == second == plain


def test_a_copy_that_cannot_be_used_is_compiled_anew(tmp_path):
    plain, _ = _run("plain", tmp_path)
    _run("copy", tmp_path)
    [copy] = list(tmp_path.glob("patterns.*.marshal"))
    kept = marshal.loads(copy.read_bytes())
    broken = {key: (code[0], [1, 2, 3], *code[2:]) for key, code in kept.items()}  # code the engine refuses
    copy.write_bytes(marshal.dumps(broken))
    assert _run("copy", tmp_path)[0] == plain
    copy.write_bytes(b"not a marshalled table")
    assert _run("copy", tmp_path)[0] == plain


@pytest.mark.parametrize("module", ["pipeline.engine.compiled_patterns"])
def test_the_fork_server_imports_it_before_spacy(module):
    from pipeline.engine.prestart import PRELOAD

    assert PRELOAD[:2] == [module, "pipeline.engine.lean_spacy"]
    done = subprocess.run([sys.executable, "-c", f"import sys, {module}; print('spacy' in sys.modules)"],
                          cwd=ROOT, env=dict(os.environ, NEWSFACTS_CACHE_DIR="/nonexistent"),
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
