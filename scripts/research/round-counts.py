"""Counts for the CHANGELOG and REVIEW: python3 scripts/research/round-counts.py <data-before> <data-after>."""
import glob, sys, yaml

def load(d):
    facts = [x for p in sorted(glob.glob(f"{d}/facts/*.yaml")) for x in yaml.safe_load(open(p))]
    sources = sorted(p.split("/")[-1][:-5] for p in glob.glob(f"{d}/sources/*.yaml"))
    primary = yaml.safe_load(open(f"{d}/dataset.yaml"))["primary_source"]
    return facts, sources, primary

def counts(d):
    facts, sources, primary = load(d)
    article = [f for f in facts if f["quote"]["source"] == primary]
    def by(fs, r): return sum(f["verdict"]["rating"] == r for f in fs)
    indep = lambda fs: sum(any(e["stance"] == "confirms" and e["independent"] for e in f["evidence"]) for f in fs)
    return {
        "facts": len(facts), "article facts": len(article), "sources": len(sources),
        **{f"{r} (all)": by(facts, r) for r in ("confirmed", "qualified", "contradicted", "unverified")},
        **{f"{r} (article)": by(article, r) for r in ("confirmed", "qualified", "contradicted", "unverified")},
        "with independent confirming evidence (all)": indep(facts),
        "with independent confirming evidence (article)": indep(article),
        "unverified with searched": sum(f["verdict"]["rating"] == "unverified" and bool(f["verdict"].get("searched")) for f in facts),
        "with searched (any verdict)": sum(bool(f["verdict"].get("searched")) for f in facts),
    }

a, b = counts(sys.argv[1]), counts(sys.argv[2])
print("| count | before | after |\n| --- | ---: | ---: |")
for k in a: print(f"| {k} | {a[k]} | {b[k]} |")
