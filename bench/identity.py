#!/usr/bin/env python3
"""Measure identity and merge quality of a dipgraph store exported as N-Quads.

Usage:
    go build -o /tmp/dg ./cmd/dipgraph
    /tmp/dg --db /tmp/rdb ingest ../shared/corpus/reuters21578.jsonl
    /tmp/dg --db /tmp/rdb export --format nquads -o /tmp/r.nq
    python3 bench/identity.py /tmp/r.nq [resolve/testdata/variants.tsv]

It prints, for issue 9 (one node per real person and event):
  persons                      person nodes
  persons, >1 nationality      person nodes with two or more schema:nationality values
  surname-only persons         one-word person names whose word ends a longer person name in the store
  company-like persons         person names carrying a company form (Inc, Corp, AG, SpA, Holdings, ...)
  meeting nodes beyond one     meetings sharing a participant set and a month (of schema:startDate)
                               with an earlier one
  same meeting, other node     meeting nodes with the participant set and status of another one and a
                               compatible date (a day apart, or a month or year holding the other's day)
  same gathering, other node   the same for gatherings (same place and host, or name, and status)
  variant pairs split          labelled spelling variants (the TSV's "same" rows) whose two names
                               lead (by dg:nameKey) to no common node
  different pairs merged       labelled different people (its "different" rows) on one node
  generic gathering names      gatherings named by a bare noun ("meeting", "summit", "talks", ...)
  gatherings keyed by a noun   gatherings whose IRI is keyed by their common-noun name alone
                               (".../gathering/1987-03/meeting": every such meeting of the month)
  gatherings, >1 place         gathering nodes with two or more schema:location values
Python 3 standard library only; deterministic for a given export.
"""

import collections
import datetime
import os
import re
import sys
import unicodedata

QUAD = re.compile(r'^(<[^>]*>) (<[^>]*>) (<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) (<[^>]*>) \.$')
SCHEMA = "<http://schema.org/"
NS = "<https://dipgraph.org/ns/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
COMPANY = re.compile(r"\b(inc|corp|co|ltd|plc|llc|ag|spa|sa|nv|bv|gmbh|holdings|industries|laboratories|"
                     r"airlines|motors|securities|bros|company|corporation|associates|systems|electric)\b", re.I)
GENERIC = {"meeting", "meetings", "summit", "talks", "conference", "session", "forum", "ministerial",
           "multilateral meeting", "gathering", "assembly"}


def literal(o):
    return o[1:o.rindex('"')].encode().decode("unicode_escape") if o.startswith('"') else o


def slug(name):
    """schema.Slug: lower case, diacritics folded, apostrophes and dots dropped, other runs to one hyphen."""
    name = unicodedata.normalize("NFKD", name.lower())
    name = "".join(c for c in name if not unicodedata.combining(c) and c not in "'’.")
    return "-".join(w for w in re.split(r"[^\w]+|_", name) if w)


def labelled_pairs(path, bykey):
    """Counts of labelled variant pairs split and different-people pairs merged."""
    split, merged, same, diff = [], [], 0, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            joined = bool(bykey[slug(c[1])] & bykey[slug(c[5])])
            if c[0] == "same":
                same += 1
                if not joined:
                    split.append(c[1] + "/" + c[5])
            else:
                diff += 1
                if joined:
                    merged.append(c[1] + "/" + c[5])
    return split, merged, same, diff


def compatible(a, b):
    """Dates (YYYY, YYYY-MM or YYYY-MM-DD) a day apart or one holding the other."""
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        da, db = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
        return abs((da - db).days) <= 1
    return False


def same_event_nodes(nodes, start):
    """Event nodes beyond the first of each set of nodes with the same key in their IRI (type,
    participants or place and host, status: everything but the date) and compatible dates (each
    node's dates: every article's schema:startDate)."""
    groups = collections.defaultdict(list)
    for s in nodes:
        if start[s]:
            kind, _, key = s.rstrip(">").split("/event/")[1].split("/", 2)
            groups[(kind, key)].append(s)
    extra = []
    for group in groups.values():
        group.sort(key=lambda x: min(start[x]))
        for i, x in enumerate(group):
            if any(compatible(a, b) for y in group[:i] for a in start[x] for b in start[y]):
                extra.append(x)
    return sorted(extra)


def main(path, pairs):
    types = collections.defaultdict(set)
    names = {}
    nationality = collections.defaultdict(set)
    parts = collections.defaultdict(set)
    month = {}
    bykey = collections.defaultdict(set)
    places = collections.defaultdict(set)
    start = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = QUAD.match(line.strip())
            if not m:
                continue
            s, p, o, _ = m.groups()
            if p == RDF_TYPE:
                types[s].add(o)
            elif p == SCHEMA + "name>":
                names.setdefault(s, literal(o))
            elif p == SCHEMA + "nationality>":
                nationality[s].add(o)
            elif p == SCHEMA + "location>":
                places[s].add(o)
            elif p == NS + "participant>":
                parts[s].add(o)
            elif p == SCHEMA + "startDate>":
                month[s] = literal(o)[:7]
                start[s].add(literal(o))
            elif p == NS + "nameKey>":
                bykey[literal(o)].add(s)
    persons = [s for s, t in types.items() if SCHEMA + "Person>" in t]
    pnames = {s: names.get(s, "") for s in persons}
    last_words = collections.Counter(n.split()[-1].lower() for n in pnames.values() if len(n.split()) > 1)
    surname_only = sorted(n for n in pnames.values() if len(n.split()) == 1 and last_words[n.lower()] > 0)
    companies = sorted(n for n in pnames.values() if COMPANY.search(n))
    multi = sorted(pnames[s] for s in persons if len(nationality[s]) > 1)
    meetings = [s for s, t in types.items() if NS + "Meeting>" in t]
    seen = collections.Counter((frozenset(parts[s]), month.get(s, "")) for s in meetings)
    beyond = sum(n - 1 for n in seen.values())
    same = same_event_nodes(meetings, start)
    gatherings = [s for s, t in types.items() if NS + "Gathering>" in t]
    generic = sorted(names.get(s, "") for s in gatherings if names.get(s, "").lower() in GENERIC)
    noun_keyed = sorted(s for s in gatherings if names.get(s, "") == names.get(s, "").lower()
                        and s.rstrip(">").split("~")[0].rsplit("/", 1)[1] == slug(names.get(s, "")))
    multi_place = sorted(s for s in gatherings if len(places[s]) > 1)
    same_gathering = same_event_nodes(gatherings, start)
    rows = [("persons", len(persons), ""),
            ("persons, >1 nationality", len(multi), ", ".join(multi[:8])),
            ("surname-only persons", len(surname_only), ", ".join(surname_only[:8])),
            ("company-like persons", len(companies), ", ".join(companies[:8])),
            ("meetings", len(meetings), ""),
            ("meeting nodes beyond one", beyond, "same participant set and month"),
            ("same meeting, other node", len(same), ", ".join(x.rsplit("/", 2)[-2] + "/" + x.rsplit("/", 1)[1][:-1]
                                                               for x in same[:4])),
            ("gatherings", len(gatherings), ""),
            ("generic gathering names", len(generic), ", ".join(sorted(set(generic)))),
            ("gatherings keyed by a noun", len(noun_keyed), ", ".join(x.rsplit("/", 2)[-2] + "/" + x.rsplit("/", 1)[1][:-1]
                                                                     for x in noun_keyed[:6])),
            ("gatherings, >1 place", len(multi_place), ", ".join(multi_place[:4])),
            ("same gathering, other node", len(same_gathering), ", ".join(x.rsplit("/", 2)[-2] + "/" + x.rsplit("/", 1)[1][:-1]
                                                                   for x in same_gathering[:4]))]
    split, merged, same, diff = labelled_pairs(pairs, bykey)
    rows += [("variant pairs split", len(split), f"of {same}: " + ", ".join(split[:6])),
             ("different pairs merged", len(merged), f"of {diff}: " + ", ".join(merged[:6]))]
    for k, n, ex in rows:
        print(f"{k:26s} {n:6d}  {ex}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resolve", "testdata", "variants.tsv")
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else default)
