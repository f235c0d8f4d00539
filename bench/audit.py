#!/usr/bin/env python3
"""Draw a reproducible sample of extracted meetings and visits for a precision audit.

Usage:
    go build -o /tmp/dg-audit ./cmd/dipgraph
    python3 bench/audit.py --bin /tmp/dg-audit --out /tmp/audit-before

The script runs `dipgraph extract` over the corpus twice: --format json gives
the facts as the graph and `dipgraph eval` see them (occurred events only),
--format table gives each event's status and evidence sentence. Every JSON
meeting and visit is paired with its table row (same story, type, date and
participants); rows whose status is planned or cancelled are left out. It then
samples --meetings meetings and --visits visits with random.Random(--seed) and
writes OUT/sample.md: per item the story id, the extracted fact and the
evidence sentence, for a person to judge against the story.

OUT/sample.md quotes the corpus: keep it outside the repository. Python 3
standard library only; the same binary, corpus and seed give the same sample.
"""

import argparse
import json
import os
import random
import subprocess
import sys

# dipgraph exits 3 when some inputs were rejected (Reuters stories with no
# body); the others are still extracted.
OK_CODES = (0, 3)
COLS = ["TYPE", "STATUS", "DATE", "WHO", "WHERE", "CONFIDENCE", "EVIDENCE"]


def run(binary, corpus, fmt):
    p = subprocess.run([binary, "extract", "--format", fmt, corpus],
                       capture_output=True, text=True, encoding="utf-8")
    if p.returncode not in OK_CODES:
        sys.exit(f"audit: {binary} extract --format {fmt} exited {p.returncode}:\n"
                 + p.stderr[-2000:])
    return p.stdout


def parse_json(text):
    """The concatenated, indented JSON documents of --format json."""
    dec, i, docs = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return docs
        doc, i = dec.raw_decode(text, i)
        docs.append(doc)


def parse_table(text):
    """Story id -> rows (dicts) of --format table; columns are cut at the
    header's offsets, since tabwriter aligns each story's block on its own."""
    rows, sid, starts = {}, None, None
    for line in text.split("\n"):
        if line.startswith("# "):
            sid, starts = line[2:].split(" ", 1)[0], None
            rows.setdefault(sid, [])
        elif line.startswith("TYPE "):
            starts = [line.index(c) for c in COLS]
        elif line.strip():
            ends = starts[1:] + [None]
            cells = [line[a:b].strip() for a, b in zip(starts, ends)]
            rows[sid].append(dict(zip([c.lower() for c in COLS], cells)))
    return rows


def story_id(doc):
    return doc["doc"].rsplit(".", 1)[0]


def collect(docs, table):
    """All occurred meetings and visits, in corpus order, with their evidence."""
    meetings, visits = [], []
    for doc in docs:
        sid = story_id(doc)
        free = list(table.get(sid, []))

        def row_for(kind, date, who):
            # an occurred row first: a planned event may share the key
            for want in (("", "occurred"), ("planned", "cancelled")):
                for r in free:
                    if (r["type"], r["date"], r["who"]) == (kind, date or "", who) \
                            and r["status"] in want:
                        free.remove(r)
                        return r
            return None

        for m in doc["meetings"]:
            r = row_for("meeting", m["date"], ", ".join(m["participants"]))
            if r and r["status"] not in ("", "occurred"):
                continue
            meetings.append({"id": sid, "published": doc.get("published", ""), "kind": "meeting",
                             "fact": m, "evidence": r["evidence"] if r else "(no table row)"})
        for v in doc["visits"]:
            r = row_for("visit", v["date"], f"{v['visitor']} → {v['country'] or ''}")
            if r and r["status"] not in ("", "occurred"):
                continue
            visits.append({"id": sid, "published": doc.get("published", ""), "kind": "visit",
                           "fact": v, "city": r["where"] if r else "",
                           "evidence": r["evidence"] if r else "(no table row)"})
    return meetings, visits


def fact_line(it):
    f = it["fact"]
    if it["kind"] == "meeting":
        s = " + ".join(f["participants"]) + f"; date {f['date'] or '-'}; place {f['place'] or '-'}"
        if f.get("mode"):
            s += f"; mode {f['mode']}"
        return s
    s = f"{f['visitor']} -> {f['country'] or '-'}; date {f['date'] or '-'}"
    return s + (f" (city {it['city']})" if it.get("city") else "")


def section(title, prefix, items, population):
    out = [f"## {title} ({len(items)} of {population})", ""]
    for n, it in enumerate(items, 1):
        out += [f"### {prefix}{n:02d} story {it['id']} (published {it['published']})", "",
                f"- fact: {fact_line(it)}", f"- evidence: {it['evidence']}", ""]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="dipgraph", help="dipgraph binary (default: dipgraph on PATH)")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                     "..", "..", "shared", "corpus", "reuters21578.jsonl"),
                    help="Reuters-21578 JSON Lines (default: ../shared/corpus/reuters21578.jsonl)")
    ap.add_argument("--out", required=True, help="directory for sample.md (keep it outside the repo)")
    ap.add_argument("--seed", type=int, default=1, help="random.Random seed (default 1)")
    ap.add_argument("--meetings", type=int, default=50, help="meetings to sample (default 50)")
    ap.add_argument("--visits", type=int, default=30, help="visits to sample (default 30)")
    a = ap.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.commonpath([repo, os.path.abspath(a.out)]) == repo:
        sys.exit("audit: --out is inside the repository; the sample quotes Reuters text")

    docs = parse_json(run(a.bin, a.corpus, "json"))
    table = parse_table(run(a.bin, a.corpus, "table"))
    meetings, visits = collect(docs, table)

    rng = random.Random(a.seed)
    key = lambda it: int(it["id"]) if it["id"].isdigit() else it["id"]
    ms = sorted(rng.sample(meetings, min(a.meetings, len(meetings))), key=key)
    vs = sorted(rng.sample(visits, min(a.visits, len(visits))), key=key)

    os.makedirs(a.out, exist_ok=True)
    lines = ["# dipgraph precision audit sample", "",
             f"corpus {os.path.basename(a.corpus)}: {len(docs)} stories extracted, "
             f"{len(meetings)} occurred meetings, {len(visits)} occurred visits; seed {a.seed}.",
             "Judge each item against its story (look it up by id).", ""]
    lines += section("Meetings", "M", ms, len(meetings))
    lines += section("Visits", "V", vs, len(visits))
    path = os.path.join(a.out, "sample.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"audit: {len(ms)} meetings of {len(meetings)}, {len(vs)} visits of {len(visits)} -> {path}")


if __name__ == "__main__":
    main()
